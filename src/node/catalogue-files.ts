/**
 * Reads the catalogue from disk (Node only) and validates it.
 */
import 'temporal-polyfill/global';
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CatalogueError, formatKeyPath, type CatalogueIssue } from '#lib/catalogue/issues.ts';
import { staleSources } from '#lib/catalogue/staleness.ts';
import { locate, parseYamlSource } from '#lib/catalogue/yaml-source.ts';
import type { Catalogue } from '#lib/catalogue/schema.ts';
import { bytePosition, firstInvalidUtf8 } from '#lib/catalogue/utf8.ts';
import {
	validateCatalogue,
	validateVendorFile,
	type Validation,
	type VendorFile,
} from '#lib/catalogue/validate.ts';
import { regionHolidaysLookup } from './holiday-files.ts';

/** Where the example catalogue lives, relative to the project root. */
const DEFAULT_CATALOGUE_DIR = 'content/vendors';

/** The catalogue folder to build from: `PLAN_ATLAS_CATALOGUE` when set, else the example catalogue. */
export function catalogueDir(env: Record<string, string | undefined> = process.env): string {
	return env.PLAN_ATLAS_CATALOGUE || DEFAULT_CATALOGUE_DIR;
}

/** A catalogue folder as read: its vendor files, and what in it is not one. */
export interface CatalogueFolder {
	files: VendorFile[];
	issues: CatalogueIssue[];
}

/** What a folder entry is, for an error naming something that is not a vendor file. */
function entryKind(entry: Dirent, path: string): string | undefined {
	if (entry.isDirectory()) return 'a folder';
	if (entry.isSymbolicLink()) {
		try {
			const target = statSync(path);
			if (target.isDirectory()) return 'a link to a folder';
			if (!target.isFile()) return 'a link to something that is not a file';
		} catch {
			return 'a link to nothing (broken link)';
		}
		return undefined;
	}
	if (!entry.isFile()) return 'not a regular file';
	return undefined;
}

/**
 * Reads every *.yaml / *.yml file of a catalogue folder, sorted by name. Anything else in the folder
 * (a sub-folder, a broken link, another kind of file) is an error naming it; names starting with "."
 * or "_" are left alone (editor and system files, drafts). A file that is not valid UTF-8 is an error
 * at the first bad byte.
 */
function readCatalogueFolder(dir: string, cwd = process.cwd()): CatalogueFolder {
	const absolute = resolve(cwd, dir);
	// Paths inside the project are shown relative to it, as editors and terminals link them.
	const shown = (path: string) => {
		const rel = relative(cwd, path);
		return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
	};
	const files: VendorFile[] = [];
	const issues: CatalogueIssue[] = [];
	const entries = readdirSync(absolute, { withFileTypes: true }).sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : 0
	);
	for (const entry of entries) {
		if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
		const path = join(absolute, entry.name);
		const kind = entryKind(entry, path);
		const yaml = /\.ya?ml$/i.test(entry.name);
		if (kind || !yaml) {
			issues.push({
				file: shown(path),
				line: 1,
				column: 1,
				path: [],
				message: `expected only vendor files (<vendor>.yaml) in the catalogue folder (found: ${kind ?? 'a file that is not .yaml or .yml'})`,
			});
			continue;
		}
		const bytes = readFileSync(path);
		const bad = firstInvalidUtf8(bytes);
		if (bad !== -1) {
			const at = bytePosition(bytes, bad);
			issues.push({
				file: shown(path),
				line: at.line,
				column: at.column,
				path: [],
				message: `expected text encoded as UTF-8 (found: byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')})`,
			});
			continue;
		}
		files.push({ file: shown(path), text: bytes.toString('utf8') });
	}
	return { files, issues };
}

/** The last catalogue validated in this process, by its files' names and texts and the day. */
const validatedCatalogues = new Map<string, Validation<Catalogue>>();

/** Reads and validates a catalogue folder; never throws for catalogue problems. */
export function checkCatalogueDir(
	dir = catalogueDir(),
	cwd = process.cwd()
): Validation<Catalogue> {
	let folder: CatalogueFolder;
	try {
		folder = readCatalogueFolder(dir, cwd);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'ENOENT'
				? 'no such folder'
				: code === 'ENOTDIR'
					? 'not a folder'
					: (error as Error).message;
		return {
			ok: false,
			issues: [
				{
					file: dir,
					line: 1,
					column: 1,
					path: [],
					message: `cannot read the catalogue folder: ${reason}`,
				},
			],
		};
	}
	// Region data comes from the project (content/holidays/), whichever folder the catalogue is in.
	const options = { today: latestToday(), regionData: regionHolidaysLookup(cwd) };
	if (folder.issues.length === 0) {
		// One build asks several times (the build guard, the sidebar, the pages): the same files on the
		// same day validate once. Keyed by content, so an edited file in `astro dev` is checked again.
		const key = JSON.stringify([options.today, folder.files.map((f) => [f.file, f.text])]);
		const known = validatedCatalogues.get(key);
		if (known) return known;
		const result = validateCatalogue(folder.files, options);
		validatedCatalogues.clear();
		validatedCatalogues.set(key, result);
		return result;
	}
	// "No vendor files" would only repeat that the folder's files were not usable.
	const rest = folder.files.length ? validateCatalogue(folder.files, options).issues : [];
	return { ok: false, issues: [...folder.issues, ...rest] };
}

/**
 * Today's date where it is latest on Earth (UTC+14), YYYY-MM-DD: a source checked today in any time
 * zone is never "in the future".
 */
export function latestToday(now: Temporal.Instant = Temporal.Now.instant()): string {
	return now.toZonedDateTimeISO('+14:00').toPlainDate().toString();
}

/** Reads and validates a catalogue folder; throws CatalogueError listing every problem. */
export function loadCatalogue(dir = catalogueDir(), cwd = process.cwd()): Catalogue {
	const result = checkCatalogueDir(dir, cwd);
	if (!result.ok) throw new CatalogueError(result.issues);
	return result.value;
}

/**
 * Warnings for sources checked more than `maxDays` ago, located like errors: "file:line:column
 * key.path: message". A valid catalogue folder is assumed (see checkCatalogueDir).
 */
export function staleSourceWarnings(
	dir: string,
	maxDays: number,
	today = latestToday(),
	cwd = process.cwd()
): string[] {
	const { files } = readCatalogueFolder(dir, cwd);
	return files.flatMap((file) => {
		const result = validateVendorFile(file);
		if (!result.ok) return [];
		const source = parseYamlSource(file.file, file.text);
		return staleSources(result.value, today, maxDays).map((stale) => {
			const at = locate(source, stale.path);
			return `${file.file}:${at.line}:${at.column} ${formatKeyPath(stale.path)}: "${stale.source.title}" was last checked ${stale.source.retrieved}, ${stale.days} days ago (more than ${maxDays}); check it again and update "retrieved"`;
		});
	});
}
