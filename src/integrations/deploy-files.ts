/**
 * Writes the `_headers` file into the built site, for the base path it was built for (see
 * src/node/deploy.ts; README "Deploying").
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../node/deploy.ts';

export function deployFiles(): AstroIntegration {
	let base = '/';
	return {
		name: 'plan-atlas:deploy-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir }) => {
				writeFileSync(new URL('_headers', dir), headersFile(base));
			},
		},
	};
}
