/**
 * Patches Starlight's import of `@pagefind/default-ui` so that Pagefind's search interface is built
 * on first use rather than on every page load: the exact specifier resolves to
 * pagefind-default-ui.browser.ts, which loads Pagefind's real module (by its file path, which the
 * alias leaves alone) when the reader reaches for search.
 *
 * The build fails when Starlight's search component no longer imports the package by that name or
 * no longer has the markup the stand-in looks for, or when Pagefind's module is no longer at the
 * path the stand-in imports or no longer exports `PagefindUI`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { expectTexts, readInstalled } from './installed.ts';

const PATCH = 'pagefind-default-ui.ts';

/** Starlight's search component, and what the stand-in relies on in it. */
export const STARLIGHT_SEARCH = 'dist/components/Search.astro';
const SEARCH_NEEDS = [
	// The specifier the alias catches, imported when the page is idle.
	"await import('@pagefind/default-ui')",
	'new PagefindUI({',
	// The options' element, inside the dialog inside <site-search>, next to the search button.
	"element: '#starlight__search'",
	'<div id="starlight__search"',
	'<site-search',
	'<dialog',
	'data-open-modal',
	// Starlight focuses the field when it opens the dialog (before the stand-in has built it).
	"this.querySelector('input')?.focus()",
];

/** Pagefind's interface module, which the stand-in imports by its path (see pagefind-ui-core.d.ts). */
export const PAGEFIND_UI_CORE = 'npm_dist/mjs/ui-core.mjs';
const UI_CORE_NEEDS = ['var PagefindUI = class', 'opts.element', 'export {\n  PagefindUI\n};'];

/** Checks that the installed Starlight and Pagefind still have what the stand-in relies on. */
export function checkPagefindDefaultUi(from?: string): void {
	expectTexts(
		readInstalled('@astrojs/starlight', STARLIGHT_SEARCH, PATCH, from),
		SEARCH_NEEDS,
		`@astrojs/starlight/${STARLIGHT_SEARCH}`,
		PATCH
	);
	expectTexts(
		readInstalled('@pagefind/default-ui', PAGEFIND_UI_CORE, PATCH, from),
		UI_CORE_NEEDS,
		`@pagefind/default-ui/${PAGEFIND_UI_CORE}`,
		PATCH
	);
}

/** The integration: checks the installed packages, then points the import at the stand-in. */
export function searchOnDemand(): AstroIntegration {
	return {
		name: 'plan-atlas:search-on-demand',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				checkPagefindDefaultUi();
				updateConfig({
					vite: {
						resolve: {
							alias: [
								{
									find: /^@pagefind\/default-ui$/,
									replacement: fileURLToPath(
										new URL('./pagefind-default-ui.browser.ts', import.meta.url)
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
