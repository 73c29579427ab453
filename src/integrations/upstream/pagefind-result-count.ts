/**
 * Patches the result count Pagefind's search interface shows ("5 results for …"), which knows only
 * "one result" and "many results", into the site's own plural-aware string (Polish needs three
 * forms). The page gives Pagefind a form that reads correctly for any count; its rewriting in the
 * browser (pagefind-result-count.browser.ts, with the pure logic in lib/search/messages.ts) makes it
 * natural. Without it the message is still right, only less natural.
 *
 * The build fails when Pagefind no longer writes the count from those two templates into its message
 * element, or Starlight no longer hands the site's `pagefind.*` strings to Pagefind.
 */
import type { AstroIntegration } from 'astro';
import { expectTexts, readInstalled } from './installed.ts';
import { PAGEFIND_UI_CORE, STARLIGHT_SEARCH } from './pagefind-default-ui.ts';

const PATCH = 'pagefind-result-count.ts';

/** The UI strings (handed to Pagefind by Starlight) of the templates Pagefind makes the count from. */
export const RESULT_COUNT_TEMPLATES = ['pagefind.one_result', 'pagefind.many_results'] as const;

/** What the rewriting relies on in Pagefind's interface module. */
const UI_CORE_NEEDS = [
	// The element whose text is rewritten.
	'"pagefind-ui__message ',
	// The templates, by their names without Starlight's `pagefind.` prefix.
	...RESULT_COUNT_TEMPLATES.map((key) => `"${key.replace('pagefind.', '')}",`),
	// Their placeholders, the count formatted by Intl (lib/search/messages.ts reads its separators).
	'/\\[SEARCH_TERM\\]/,',
	'.replace(/\\[COUNT\\]/, new Intl.NumberFormat(',
];

/** What it relies on in Starlight's search component. */
const SEARCH_NEEDS = [
	"key.startsWith('pagefind.')",
	"key.replace('pagefind.', '')",
	'<div id="starlight__search"',
];

/** Checks that the installed Pagefind and Starlight still have what the rewriting relies on. */
export function checkPagefindResultCount(from?: string): void {
	expectTexts(
		readInstalled('@pagefind/default-ui', PAGEFIND_UI_CORE, PATCH, from),
		UI_CORE_NEEDS,
		`@pagefind/default-ui/${PAGEFIND_UI_CORE}`,
		PATCH
	);
	expectTexts(
		readInstalled('@astrojs/starlight', STARLIGHT_SEARCH, PATCH, from),
		SEARCH_NEEDS,
		`@astrojs/starlight/${STARLIGHT_SEARCH}`,
		PATCH
	);
}

/**
 * The integration: only the check, when the build starts (the rewriting itself is a script of every
 * page, in src/components/overrides/AtlasPageTitle.astro).
 */
export function searchResultCount(): AstroIntegration {
	return {
		name: 'plan-atlas:search-result-count',
		hooks: { 'astro:config:setup': () => checkPagefindResultCount() },
	};
}
