/**
 * Prepares the built pages for Pagefind, which Starlight runs at the end of the build: words in
 * adjacent table headers, captions, definition lists and summaries are separated (see
 * lib/search/index-boundaries.ts). Must come before Starlight in the integration list, so its
 * `astro:build:done` runs first.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { separateBlocks } from '#lib/search/index-boundaries.ts';
import { rewriteBuiltPages } from '../node/built-files.ts';

export function searchIndexBoundaries(): AstroIntegration {
	return {
		name: 'plan-atlas:search-index-boundaries',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const changed = rewriteBuiltPages(fileURLToPath(dir), separateBlocks);
				logger.info(
					`Separated table headers and similar blocks for the search index in ${changed} pages.`
				);
			},
		},
	};
}
