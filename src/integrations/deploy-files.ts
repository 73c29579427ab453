/**
 * Writes the `_headers` file into the built site, for the base path it was built for (see
 * src/node/deploy.ts; README "Deploying"). The file names every top-level entry of the build, so it
 * is written after everything else has written its files: this integration goes after Starlight in
 * the list, and adds the writer at the very end (after Starlight's sitemap, which Starlight itself
 * adds to the list), where its `astro:build:done` runs last.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../node/deploy.ts';

/** The writer itself: once the build is done, the top-level entries of the site, folders with "/". */
function headersWriter(): AstroIntegration {
	let base = '/';
	return {
		name: 'plan-atlas:deploy-files-writer',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir }) => {
				const entries = readdirSync(dir, { withFileTypes: true }).map((e) =>
					e.isDirectory() ? `${e.name}/` : e.name
				);
				writeFileSync(new URL('_headers', dir), headersFile(base, entries));
			},
		},
	};
}

export function deployFiles(): AstroIntegration {
	return {
		name: 'plan-atlas:deploy-files',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ integrations: [headersWriter()] });
			},
		},
	};
}
