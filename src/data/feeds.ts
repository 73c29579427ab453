/**
 * The Atom feeds of changes of terms as responses: built from the catalogue in one locale's words
 * (the UI strings files, as the 404 page reads them: feeds are not Starlight pages), with addresses
 * on the site the build is for.
 */
import type { Vendor } from '#lib/catalogue/schema.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { TermsFeed } from '#lib/views/pages/plans-changes.ts';
import { atomFeed } from '../node/atom-feed.ts';
import { readUiStrings } from '../node/ui-strings-files.ts';

/** A locale's UI strings lookup, falling back to English. */
export function feedTranslate(tag: LocaleTag): Translate {
	const strings = readUiStrings();
	return createTranslate(tag, strings[tag], strings.en);
}

/** The day the vendors' sources were last checked: when a feed without entries was last brought up to date. */
function lastChecked(vendors: readonly Vendor[]): string {
	return vendors
		.flatMap((v) => v.sources.map((s) => s.retrieved))
		.reduce((latest, day) => (day > latest ? day : latest), '1970-01-01');
}

/** A feed as an Atom response. */
export function atomResponse(
	feed: TermsFeed,
	tag: LocaleTag,
	site: URL | undefined,
	vendors: readonly Vendor[]
): Response {
	// Astro always has a site here: src/node/site-config.ts supplies a placeholder when none is set.
	const xml = atomFeed(feed, tag, site ?? 'http://localhost/', lastChecked(vendors));
	return new Response(xml, {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
}
