/**
 * Puts each locale's 404 page where hosts look for it, and writes the `_headers` file into the built site, for the base path it was built for (see
 * src/node/deploy.ts; README "Deploying"). The file names every top-level entry of the build, so it
 * is written after everything else has written its files: this integration goes after Starlight in
 * the list, and adds the writer at the very end (after Starlight's sitemap, which Starlight itself
 * adds to the list), where its `astro:build:done` runs last.
 */
import { existsSync, readdirSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { locales } from '#lib/locales.ts';
import { headersFile } from '../node/deploy.ts';

/**
 * Each locale's 404 page, built as `<locale>/404/index.html`, becomes `<locale>/404.html`: the name
 * hosts look for (the nearest 404.html) and the nginx recipe serves for the locale's paths.
 */
function placeLocaleNotFoundPages(dir: URL): void {
	for (const { slug } of locales) {
		if (!slug) continue;
		const folder = new URL(`${slug}/404/`, dir);
		const page = new URL('index.html', folder);
		if (!existsSync(page)) continue;
		renameSync(page, new URL(`${slug}/404.html`, dir));
		rmdirSync(folder);
	}
}

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
				placeLocaleNotFoundPages(dir);
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
