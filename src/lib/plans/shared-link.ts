/**
 * The link a reader copies from a comparison's row: the row's stable address, carrying the tiers the
 * reader is looking at (`?highlight=`, `?tiers=`), so the one who opens it on a phone, where only some
 * tiers fit, sees the tier that was meant.
 */
import { HIGHLIGHT_PARAM, TIERS_PARAM } from '#lib/routes.ts';

/**
 * `href` (an absolute address) with the highlight and tier choice of `pageSearch` (the page's query
 * string) added, unless `href` sets them itself.
 */
export function sharedLink(href: string, pageSearch: string): string {
	const url = new URL(href);
	const page = new URLSearchParams(pageSearch);
	for (const name of [HIGHLIGHT_PARAM, TIERS_PARAM]) {
		const value = page.get(name);
		if (value && !url.searchParams.has(name)) url.searchParams.set(name, value);
	}
	// Tier lists read "a,b", as the page writes them.
	return url.href.replaceAll('%2C', ',');
}
