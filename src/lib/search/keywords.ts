/**
 * Everyday words for the pages that answer them, so a reader who types "holiday" finds the page that
 * says "public holidays", and "response time" brings up the comparison. The words themselves live
 * in each locale's UI strings (`atlas.search.keywords.<page>`); this picks the key for a page.
 */
import type { UiKey } from '#lib/i18n/translate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { calculatorPath, comparePath, generalFaqPath } from '#lib/routes.ts';

/** The pages that carry search keywords, and the key of their words in the UI strings. */
const keywordPages = [
	{ path: comparePath, key: 'atlas.search.keywords.compare' },
	{ path: (tag: LocaleTag) => calculatorPath(tag), key: 'atlas.search.keywords.calculator' },
	{ path: generalFaqPath, key: 'atlas.search.keywords.generalFaq' },
] as const;

/** The UI-string key of the search keywords for the page at `pathname`, if it has any. */
export function searchKeywordsKey(pathname: string, tag: LocaleTag): UiKey | undefined {
	return keywordPages.find((page) => page.path(tag) === pathname)?.key;
}

/** How much more the keywords count than body text (Pagefind's default weight is 1; h1 is 7). */
export const SEARCH_KEYWORDS_WEIGHT = 10;
