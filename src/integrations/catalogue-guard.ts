/**
 * Validates the catalogue before Astro renders anything, so an invalid catalogue stops the build
 * before a single file is written, with every error located. In `astro dev` the errors are logged
 * and the pages show them in the error overlay instead, so editing can go on.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatIssues } from '#lib/catalogue/issues.ts';
import { catalogueDir, checkCatalogueDir } from '../node/catalogue-files.ts';
import { SITE_NOT_SET_WARNING } from '../node/site-config.ts';

/** The names in a folder; none when it cannot be read (the guard has already reported why). */
function folderNames(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}

/**
 * The guard integration. `siteConfigured` is false when PLAN_ATLAS_SITE is unset: a build then
 * warns once that its absolute URLs name a placeholder origin.
 */
export function catalogueGuard(
	dir = catalogueDir(),
	{ siteConfigured = true }: { siteConfigured?: boolean } = {}
): AstroIntegration {
	return {
		name: 'plan-atlas:catalogue-guard',
		hooks: {
			'astro:config:setup': ({ command, logger, addWatchFile }) => {
				if (command === 'build' && !siteConfigured) logger.warn(SITE_NOT_SET_WARNING);
				const result = checkCatalogueDir(dir);
				if (!result.ok) {
					const report = formatIssues(result.issues);
					if (command === 'build')
						throw new Error(`The catalogue is invalid; no site was written.\n${report}`);
					logger.error(`The catalogue is invalid:\n${report}`);
				}
				// Editing a vendor file reloads the dev server's pages, also after an error (so the fix shows)
				// and for .yml files.
				if (command === 'dev')
					for (const name of folderNames(dir))
						if (/\.ya?ml$/i.test(name)) addWatchFile(resolve(dir, name));
			},
		},
	};
}
