/**
 * The installed sources of Starlight, Pagefind and Astro, as the patches in this folder read them to
 * check that the upstream code they depend on is still there, and the error they all throw when it
 * is not. Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The README of this folder, which every error points to. */
const CHECKLIST = 'src/integrations/upstream/README.md';

/**
 * Upstream code no longer has what a patch in this folder depends on: the build (or test) stops
 * with the file, what is missing, and the patch to revisit.
 */
export class UpstreamChanged extends Error {
	constructor(patch: string, problem: string) {
		super(
			`${problem}. The patch in src/integrations/upstream/${patch} depends on it: see the upgrade checklist in ${CHECKLIST}.`
		);
		this.name = 'UpstreamChanged';
	}
}

/**
 * The folder of an installed package, found the way Node finds it (in `node_modules` of `from` or
 * of a folder above). Starlight does not export its package.json, so it cannot be resolved by name.
 */
export function packageDir(name: string, patch: string, from = process.cwd()): string {
	for (let dir = from; ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) throw new UpstreamChanged(patch, `${name} is not installed`);
	}
}

/** A file of an installed package, by its path inside the package; throws when it is not there. */
export function installedFile(name: string, path: string, patch: string, from?: string): string {
	const file = join(packageDir(name, patch, from), path);
	if (!existsSync(file)) throw new UpstreamChanged(patch, `${name} has no file ${path}`);
	return file;
}

/** The text of a file of an installed package (see installedFile). */
export function readInstalled(name: string, path: string, patch: string, from?: string): string {
	return readFileSync(installedFile(name, path, patch, from), 'utf8');
}

/** How many times `text` occurs in `source`. */
export function occurrences(source: string, text: string): number {
	return source.split(text).length - 1;
}

/**
 * Throws unless `source` (the file `where`) contains each of the texts, as written: what a patch
 * relies on, such as a selector, a method or an import.
 */
export function expectTexts(
	source: string,
	texts: readonly string[],
	where: string,
	patch: string
): void {
	const missing = texts.filter((text) => !source.includes(text));
	if (missing.length)
		throw new UpstreamChanged(
			patch,
			`${where} no longer contains ${missing.map((text) => JSON.stringify(text)).join(', ')}`
		);
}
