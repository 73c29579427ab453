/**
 * Validates vendor files and whole catalogues: YAML syntax, the zod schema, then cross-references.
 * Pure: takes file names and texts, returns data or located issues. Reading from disk is in
 * src/node/catalogue-files.ts.
 */
import { checkBounds, type BoundsOptions } from './bounds.ts';
import { checkReferences } from './cross-references.ts';
import type { CatalogueIssue, KeyPath } from './issues.ts';
import { vendorSchema, type Catalogue, type Vendor } from './schema.ts';
import { locate, parseYamlSource } from './yaml-source.ts';
import { issuesFromZod } from './zod-issues.ts';
import { checkVersions } from './vendor-versions.ts';

/** A vendor file's name and text. */
export interface VendorFile {
	/** Path shown in error messages, e.g. content/vendors/acme.yaml. */
	file: string;
	text: string;
}

export type Validation<T> =
	{ ok: true; value: T; issues: [] } | { ok: false; issues: CatalogueIssue[] };

/** The vendor id a file name implies: `content/vendors/acme.yaml` → `acme`. */
function vendorIdOfFile(file: string): string {
	return file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
}

/** What validation compares against that is not in the files. */
export interface ValidationOptions {
	/** Today's date, YYYY-MM-DD: no source may have been retrieved after it (unchecked when absent). */
	today?: string | undefined;
	/**
	 * The data of regions that calendars name, so the check that every calendar has covered time in
	 * every year counts their public holidays as the engine does (left out when absent).
	 */
	regionData?: BoundsOptions['regionData'];
}

/**
 * Characters no catalogue text needs and that can hide or disguise what a file says: C0 controls
 * other than tab and line breaks, DEL, C1 controls, and the bidirectional embedding, override and
 * isolate characters (the "Trojan Source" ones). A byte-order mark is allowed only at the start.
 */
const FORBIDDEN_CHARACTER =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|(?<!^)\ufeff/g;

/** At most this many forbidden characters are reported per file; one is enough to find the rest. */
const MAX_CHARACTER_ISSUES = 5;

/** Each forbidden character of a text, located (line and column in UTF-16 units, like the parser's). */
function forbiddenCharacterIssues(file: string, text: string): CatalogueIssue[] {
	const issues: CatalogueIssue[] = [];
	let line = 1;
	let lineStart = 0;
	let scanned = 0;
	for (const match of text.matchAll(FORBIDDEN_CHARACTER)) {
		for (
			let i = text.indexOf('\n', scanned);
			i !== -1 && i < match.index;
			i = text.indexOf('\n', i + 1)
		) {
			line++;
			lineStart = i + 1;
		}
		scanned = match.index;
		const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
		issues.push({
			file,
			line,
			column: match.index - lineStart + 1,
			path: [],
			message: `expected text without control or bidirectional formatting characters (found: U+${code})`,
		});
		if (issues.length === MAX_CHARACTER_ISSUES) break;
	}
	return issues;
}

/** Validates one vendor file completely; all problems are returned at once. */
export function validateVendorFile(
	{ file, text: raw }: VendorFile,
	options: ValidationOptions = {}
): Validation<Vendor> {
	// YAML allows CR, LF and CRLF line breaks; one kind keeps lines and columns right everywhere.
	const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
	const characterIssues = forbiddenCharacterIssues(file, text);
	if (characterIssues.length) return { ok: false, issues: characterIssues };
	const source = parseYamlSource(file, text);
	if (source.syntaxIssues.length) return { ok: false, issues: source.syntaxIssues };
	const parsed = vendorSchema.safeParse(source.data, { reportInput: true });
	if (!parsed.success)
		return { ok: false, issues: issuesFromZod(source, vendorSchema, parsed.error.issues) };
	const problems: { path: KeyPath; message: string; key?: string | undefined }[] = [
		...checkReferences(parsed.data, vendorIdOfFile(file), options.today),
		...checkBounds(parsed.data, options),
	];
	// Earlier versions are checked once the current terms hold: their changes build on them.
	if (!problems.length && parsed.data.history?.length)
		problems.push(
			...checkVersions(source.data as Record<string, unknown>, vendorIdOfFile(file), options)
		);
	if (problems.length) {
		return {
			ok: false,
			issues: problems.map((p) => {
				const at = locate(source, p.path, { key: p.key });
				return {
					file,
					line: at.line,
					column: at.column,
					path: p.key === undefined ? p.path : [...p.path, p.key],
					message: p.message,
				};
			}),
		};
	}
	return { ok: true, value: parsed.data, issues: [] };
}

/** Validates every vendor file and the catalogue as a whole; vendors come back sorted by id. */
export function validateCatalogue(
	files: readonly VendorFile[],
	options: ValidationOptions = {}
): Validation<Catalogue> {
	const issues: CatalogueIssue[] = [];
	const vendors: Vendor[] = [];
	if (files.length === 0)
		issues.push({
			file: '(catalogue)',
			line: 1,
			column: 1,
			path: [],
			message: 'no vendor files found; expected at least one <vendor>.yaml in the catalogue folder',
		});
	// Two files for one vendor (acme.yml beside acme.yaml): the id is the file name, so both cannot stay.
	const firstFileOf = new Map<string, string>();
	for (const { file } of files) {
		const id = vendorIdOfFile(file);
		const first = firstFileOf.get(id);
		if (first === undefined) firstFileOf.set(id, file);
		else
			issues.push({
				file,
				line: 1,
				column: 1,
				path: [],
				message: `expected one file per vendor: ${first} already defines vendor "${id}"`,
			});
	}
	for (const file of files) {
		const result = validateVendorFile(file, options);
		if (result.ok) vendors.push(result.value);
		else issues.push(...result.issues);
	}
	if (issues.length) return { ok: false, issues };
	vendors.sort((a, b) => a.id.localeCompare(b.id));
	return { ok: true, value: { vendors }, issues: [] };
}
