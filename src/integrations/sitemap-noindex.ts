/**
 * Takes the pages that ask not to be indexed out of the sitemap Starlight's sitemap integration
 * writes (see lib/nav/sitemap.ts). That integration runs in the order of the list, and Starlight
 * adds it after itself; so this one, like deploy-files.ts, adds its writer at the very end.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { asksNotToBeIndexed, sitemapWithout } from '#lib/nav/sitemap.ts';
import { slashedBase } from '#lib/routes.ts';
import { builtFiles } from '../node/built-files.ts';

const WRITER = 'plan-atlas:sitemap-noindex-writer';

function sitemapWriter(): AstroIntegration {
	let site: string | undefined;
	let base = '/';
	return {
		name: WRITER,
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = builtFiles(root);
				const sitemaps = files.filter((f) => /^\/sitemap-\d+\.xml$/.test(f));
				if (!site || sitemaps.length === 0) return;
				const hidden = new Set(
					files
						.filter((f) => f.endsWith('/index.html'))
						.filter((f) => asksNotToBeIndexed(readFileSync(join(root, f), 'utf8')))
						.map(
							(f) => new URL(`${slashedBase(base)}${f.slice(1, -'index.html'.length)}`, site).href
						)
				);
				for (const file of sitemaps) {
					const path = join(root, file);
					writeFileSync(path, sitemapWithout(readFileSync(path, 'utf8'), hidden));
				}
				logger.info(`Left ${hidden.size} pages marked noindex out of the sitemap.`);
			},
		},
	};
}

export function sitemapNoindex(): AstroIntegration {
	return {
		name: 'plan-atlas:sitemap-noindex',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				// Once, however often the setup runs.
				if (!config.integrations.some((i) => i.name === WRITER))
					updateConfig({ integrations: [sitemapWriter()] });
			},
		},
	};
}
