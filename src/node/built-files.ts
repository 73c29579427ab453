/**
 * The files of a built site, listed and rewritten without parsing them: build steps use this (it
 * needs nothing but the file system), tests read pages through built-pages.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a build, as its site path (`/_astro/x.js`, `/pl/faq/index.html`), sorted. */
export function builtFiles(dist: string): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
		.sort();
}

/**
 * Rewrites every HTML file of a build through `transform`, writing only the files it changes; returns
 * how many it changed. Build steps that adjust the written pages (search boundaries, the CSP's place)
 * go through here.
 */
export function rewriteBuiltPages(dist: string, transform: (html: string) => string): number {
	let changed = 0;
	for (const file of builtFiles(dist).filter((f) => f.endsWith('.html'))) {
		const path = join(dist, file);
		const html = readFileSync(path, 'utf8');
		const rewritten = transform(html);
		if (rewritten === html) continue;
		writeFileSync(path, rewritten);
		changed += 1;
	}
	return changed;
}
