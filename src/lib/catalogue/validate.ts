/**
 * Validates vendor files and whole catalogues: YAML syntax, the zod schema, then cross-references.
 * Pure: takes file names and texts, returns data or located issues. Reading from disk is in load.ts.
 */
import { checkReferences } from './cross-references.ts';
import type { CatalogueIssue } from './issues.ts';
import { vendorSchema, type Catalogue, type Vendor } from './schema.ts';
import { locate, parseYamlSource } from './yaml-source.ts';
import { issuesFromZod } from './zod-issues.ts';

/** A vendor file's name and text. */
export interface VendorFile {
	/** Path shown in error messages, e.g. content/vendors/tableau.yaml. */
	file: string;
	text: string;
}

export type Validation<T> =
	{ ok: true; value: T; issues: [] } | { ok: false; issues: CatalogueIssue[] };

/** The vendor id a file name implies: `content/vendors/ptc.yaml` → `ptc`. */
export function vendorIdOfFile(file: string): string {
	return file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
}

/** What validation compares against that is not in the files. */
export interface ValidationOptions {
	/** Today's date, YYYY-MM-DD: no source may have been retrieved after it (unchecked when absent). */
	today?: string | undefined;
}

/** Validates one vendor file completely; all problems are returned at once. */
export function validateVendorFile(
	{ file, text }: VendorFile,
	options: ValidationOptions = {}
): Validation<Vendor> {
	const source = parseYamlSource(file, text);
	if (source.syntaxIssues.length) return { ok: false, issues: source.syntaxIssues };
	const parsed = vendorSchema.safeParse(source.data, { reportInput: true });
	if (!parsed.success)
		return { ok: false, issues: issuesFromZod(source, vendorSchema, parsed.error.issues) };
	const problems = checkReferences(parsed.data, vendorIdOfFile(file), options.today);
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
			message: 'no vendor files found; expected at least one content/vendors/<vendor>.yaml',
		});
	for (const file of files) {
		const result = validateVendorFile(file, options);
		if (result.ok) vendors.push(result.value);
		else issues.push(...result.issues);
	}
	if (issues.length) return { ok: false, issues };
	vendors.sort((a, b) => a.id.localeCompare(b.id));
	return { ok: true, value: { vendors }, issues: [] };
}
