/**
 * What a built page makes a browser load, read from the HTML and the files of the build (no
 * browser): stylesheets, scripts (inline, external, and every module those import statically),
 * images and icons, and fonts referenced by the stylesheets. Dynamic imports (`import('./x.js')`)
 * are kept apart, since they load only on demand (search, the Temporal polyfill).
 * Shared by the page-weight benchmark and the budget test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { elementsOf, parseHtml, runsAsCode, scriptsOf } from '../src/node/built-pages.ts';

/** A script of a page: an external module (`src`, a path of the site) or an inline body. */
export type PageScript = { src?: string; inline?: string };

export type PageAssets = {
	stylesheets: string[];
	/** Scripts the browser runs (JSON and JSON-LD data blocks are not scripts). */
	scripts: PageScript[];
	/** Images, icons and fonts referenced by the page or its stylesheets. */
	media: string[];
};

/** Only files of the site itself count; other hosts are not part of the build. */
const local = (url: string | undefined): url is string =>
	!!url && url.startsWith('/') && !url.startsWith('//');

/** The resources a page references, in document order. */
export function pageAssets(html: string, dist: string): PageAssets {
	const page = parseHtml(html);
	const stylesheets: string[] = [];
	const media: string[] = [];
	for (const link of elementsOf(page, 'link')) {
		const rel = link.attributes.get('rel') ?? '';
		const href = link.attributes.get('href');
		if (!local(href)) continue;
		if (/\bstylesheet\b/.test(rel)) stylesheets.push(href);
		else if (/\bicon\b|\bpreload\b/.test(rel) && !/\bmodulepreload\b/.test(rel)) media.push(href);
	}
	for (const image of elementsOf(page, 'img', 'source')) {
		const src = image.attributes.get('src');
		if (local(src)) media.push(src);
	}
	const scripts: PageScript[] = scriptsOf(page)
		.filter(runsAsCode)
		.map((s) => (s.src !== undefined ? { src: s.src } : { inline: s.text }));
	for (const sheet of stylesheets) {
		const css = read(dist, sheet);
		if (css)
			for (const [, url] of css.toString().matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g))
				if (local(url)) media.push(url);
	}
	return { stylesheets: [...new Set(stylesheets)], scripts, media: [...new Set(media)] };
}

function read(dist: string, path: string): Buffer | undefined {
	const file = join(dist, decodeURIComponent(path.split(/[?#]/)[0]!));
	return existsSync(file) ? readFileSync(file) : undefined;
}

/** Import specifiers of a module's code: static ones and dynamic ones. */
function moduleImports(code: string): { static: string[]; dynamic: string[] } {
	const statics = [
		...code.matchAll(
			/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g
		),
	].map((m) => m[1]!);
	const dynamic = [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
	return { static: statics, dynamic };
}

/** Resolves an import specifier against the importing file's site path; undefined for bare or remote ones. */
function resolveImport(from: string, specifier: string): string | undefined {
	if (specifier.startsWith('/')) return specifier;
	if (!specifier.startsWith('.')) return undefined;
	return new URL(specifier, `http://site${from}`).pathname;
}

/**
 * A module and every module it imports statically (what the browser fetches before running it),
 * plus the modules it may import later (dynamic imports), as site paths.
 */
export function moduleGraph(
	dist: string,
	entries: string[]
): { modules: string[]; lazy: string[] } {
	const modules = new Set<string>();
	const lazy = new Set<string>();
	const visit = (path: string) => {
		if (modules.has(path)) return;
		modules.add(path);
		const code = read(dist, path)?.toString() ?? '';
		const found = moduleImports(code);
		for (const s of found.static) {
			const next = resolveImport(path, s);
			if (next) visit(next);
		}
		for (const s of found.dynamic) {
			const next = resolveImport(path, s);
			if (next) lazy.add(next);
		}
	};
	entries.forEach(visit);
	return { modules: [...modules], lazy: [...lazy].filter((p) => !modules.has(p)) };
}

export type Bytes = { raw: number; gzip: number };

/** Raw and gzipped (level 9, per file, as a server would send it) sizes of some contents. */
export function bytesOf(contents: (string | Buffer)[]): Bytes {
	let raw = 0;
	let gzip = 0;
	for (const c of contents) {
		const buffer = typeof c === 'string' ? Buffer.from(c) : c;
		raw += buffer.length;
		gzip += gzipSync(buffer, { level: 9 }).length;
	}
	return { raw, gzip };
}

/** Sizes of files of the build, by site path (missing files count zero). */
export function fileBytes(dist: string, paths: string[]): Bytes {
	return bytesOf(paths.map((p) => read(dist, p) ?? Buffer.alloc(0)));
}

/**
 * The distinctive string literals of a script's source (selectors, attribute names, messages...),
 * comments left out. Minifiers rename variables but keep these, so they identify the script in a
 * bundle without depending on chunk names or hashes.
 */
export function sourceFingerprint(source: string): string[] {
	const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s;{}])\/\/.*$/gm, '$1');
	// A template literal is matched whole (substitutions and all), so the quotes after it still pair
	// up; only one without substitutions counts, since the bundle rewrites the others.
	const literals = [
		...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g),
	]
		.map((m) => m[1] ?? m[2] ?? m[3] ?? '')
		.filter((s) => !s.includes('${'));
	// Import paths are gone after bundling; escapes may be rewritten by the minifier.
	return [
		...new Set(literals.filter((s) => s.length >= 6 && !s.includes('\\') && !/^\.\.?\//.test(s))),
	];
}

/** Whether built code carries (at least 80 % of) a source's fingerprint. */
export function carriesFingerprint(code: string, fingerprint: string[]): boolean {
	if (fingerprint.length === 0) return false;
	return fingerprint.filter((s) => code.includes(s)).length >= Math.ceil(fingerprint.length * 0.8);
}
