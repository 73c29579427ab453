/**
 * Builds Pagefind's search interface on first use rather than on every page load: Starlight's
 * import of `@pagefind/default-ui` resolves to src/islands/search-on-demand.ts, which loads the real
 * package when the reader reaches for search. Only the exact specifier is redirected, so that module
 * can still import the package by its file path.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function searchOnDemand(): AstroIntegration {
	return {
		name: 'plan-atlas:search-on-demand',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						resolve: {
							alias: [
								{
									find: /^@pagefind\/default-ui$/,
									replacement: fileURLToPath(
										new URL('../islands/search-on-demand.ts', import.meta.url)
									),
								},
							],
						},
					},
				});
			},
		},
	};
}
