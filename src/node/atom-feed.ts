/**
 * A feed of changes of terms (src/lib/views/pages/plans-changes.ts) as an Atom document, written by
 * the `feed` package. Addresses are absolute on the published site; each entry's id is its place on
 * the change list, which stays the same from build to build; its content is the changes as an HTML
 * list. Dates are the days the terms took effect, so a build does not change a feed that nothing
 * changed.
 */
import { Feed } from 'feed';
import type { LocaleTag } from '#lib/locales.ts';
import { absoluteUrl } from '#lib/routes.ts';
import { SITE_TITLE } from '#lib/site.ts';
import { escapeHtml } from '#lib/text-escape.ts';
import type { TermsFeed } from '#lib/views/pages/plans-changes.ts';

/** A day (YYYY-MM-DD) as the instant it starts, UTC. */
const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The Atom XML of a feed in one locale, its addresses on `site` (the origin, with the paths already
 * under the base path). `updated` is the newest entry's day, or `fallbackDay` for a feed without
 * entries (the day the catalogue was last checked).
 */
export function atomFeed(
	feed: TermsFeed,
	tag: LocaleTag,
	site: string | URL,
	fallbackDay: string
): string {
	const url = (path: string) => absoluteUrl(path, site);
	const atom = new Feed({
		id: url(feed.self),
		title: feed.title,
		description: feed.description,
		link: url(feed.page),
		feed: url(feed.self),
		language: tag,
		updated: dayStart(feed.entries[0]?.day ?? fallbackDay),
		author: { name: SITE_TITLE, link: url(feed.page) },
		generator: false,
	});
	for (const entry of feed.entries)
		atom.addItem({
			id: url(entry.link),
			link: url(entry.link),
			title: escapeHtml(entry.title),
			date: dayStart(entry.day),
			content: `<p>${escapeHtml(entry.lead)}</p><ul>${entry.changes
				.map((change) => `<li>${escapeHtml(change)}</li>`)
				.join('')}</ul>`,
		});
	// Atom says a document's language with xml:lang, which the package leaves out.
	return atom
		.atom1()
		.replace(
			'<feed xmlns="http://www.w3.org/2005/Atom">',
			`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${tag}">`
		);
}
