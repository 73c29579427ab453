/**
 * Prepares the built pages for Pagefind, which Starlight runs at the end of the build: words in
 * adjacent table headers, captions, definition lists and summaries are separated (see
 * lib/search/index-boundaries.ts). Must come before Starlight in the integration list, so its
 * `astro:build:done` runs first.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { separateBlocks } from '#lib/search/index-boundaries.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

export function searchIndexBoundaries(): AstroIntegration {
	return {
		name: 'plan-atlas:search-index-boundaries',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				let changed = 0;
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const separated = separateBlocks(html);
					if (separated === html) continue;
					writeFileSync(file, separated);
					changed += 1;
				}
				logger.info(
					`Separated table headers and similar blocks for the search index in ${changed} pages.`
				);
			},
		},
	};
}
