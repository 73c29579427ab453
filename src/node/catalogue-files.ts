/**
 * Reads the catalogue from disk (Node only) and validates it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CatalogueError } from '../lib/catalogue/issues.ts';
import type { Catalogue } from '../lib/catalogue/schema.ts';
import { validateCatalogue, type Validation, type VendorFile } from '../lib/catalogue/validate.ts';

/** Where the example catalogue lives, relative to the project root. */
export const DEFAULT_CATALOGUE_DIR = 'content/vendors';

/** The catalogue folder to build from: `PLAN_ATLAS_CATALOGUE` when set, else the example catalogue. */
export function catalogueDir(env: Record<string, string | undefined> = process.env): string {
	return env.PLAN_ATLAS_CATALOGUE || DEFAULT_CATALOGUE_DIR;
}

/** Reads every *.yaml / *.yml file of a catalogue folder, sorted by name. */
export function readVendorFiles(dir: string, cwd = process.cwd()): VendorFile[] {
	const absolute = resolve(cwd, dir);
	return readdirSync(absolute)
		.filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('_'))
		.sort()
		.map((name) => {
			const path = join(absolute, name);
			// Paths inside the project are shown relative to it, as editors and terminals link them.
			const shown = relative(cwd, path);
			return {
				file: shown.startsWith('..') || isAbsolute(shown) ? path : shown,
				text: readFileSync(path, 'utf8'),
			};
		});
}

/** Reads and validates a catalogue folder; never throws for catalogue problems. */
export function checkCatalogueDir(
	dir = catalogueDir(),
	cwd = process.cwd()
): Validation<Catalogue> {
	let files: VendorFile[];
	try {
		files = readVendorFiles(dir, cwd);
	} catch (error) {
		const reason =
			(error as NodeJS.ErrnoException).code === 'ENOENT'
				? 'no such folder'
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
	return validateCatalogue(files, { today: latestToday() });
}

/**
 * Today's date where it is latest on Earth (UTC+14), YYYY-MM-DD: a source checked today in any time
 * zone is never "in the future".
 */
export function latestToday(now = Date.now()): string {
	return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Reads and validates a catalogue folder; throws CatalogueError listing every problem. */
export function loadCatalogue(dir = catalogueDir(), cwd = process.cwd()): Catalogue {
	const result = checkCatalogueDir(dir, cwd);
	if (!result.ok) throw new CatalogueError(result.issues);
	return result.value;
}
