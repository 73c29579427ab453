/**
 * The Atom feeds of changes of terms in the built end-to-end site, read back by an independent parser
 * (@rowanmanning/feed-parser): the site's feed and each vendor's, in every locale, with one entry per
 * change of version, linked to its place on the change list; every page's head names its locale's
 * feed; and the pages of earlier terms stay out of the sitemap and the site's search. The fixture's
 * vendor with earlier terms is Ledger (March 2026, September 2025, 15 January 2024); no browser needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import {
	feedPath,
	termsChangesPath,
	termsVersionPath,
	vendorFeedPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { buildSiteFeed, buildVendorFeed } from '#lib/views/pages/plans-changes.ts';
import { builtPages, elementsOf, readParsedPage } from '../../src/node/built-pages.ts';
import { PLACEHOLDER_SITE } from '../../src/node/site-config.ts';
import { readUiStrings } from '../../src/node/ui-strings-files.ts';
import { e2eDist } from '../../e2e/builds.ts';
import { catalogue, vendor } from '../../e2e/catalogue.ts';
import { localeOfPath, siteLocales } from '../../e2e/locales.ts';

const dist = e2eDist();
const strings = readUiStrings();
const ledger = vendor('ledger');
const absolute = (path: string) => new URL(path, PLACEHOLDER_SITE).href;
const readFeed = (path: string) => parseFeed(readFileSync(join(dist, path), 'utf8'));

describe.each(siteLocales)('feeds of changes of terms ($tag)', ({ tag }) => {
	const t = createTranslate(tag, strings[tag], strings.en);

	test('the site’s feed: an Atom feed in the locale, one entry per change of version, newest first', () => {
		const feed = readFeed(feedPath(tag));
		const expected = buildSiteFeed(catalogue.vendors, tag, t);
		expect(feed.meta.type).toBe('atom');
		expect(feed.language).toBe(tag);
		expect(feed.title).toBe(t('atlas.feed.title', { site: 'Plan Atlas' }));
		expect(feed.self).toBe(absolute(feedPath(tag)));
		// Ledger's two changes: to March 2026 and to September 2025; no other vendor has earlier terms.
		expect(
			feed.items.map((item) => [item.id, item.url, item.updated?.toISOString().slice(0, 10)])
		).toEqual([
			[
				absolute(`${termsChangesPath(tag, 'ledger')}#terms-2026-03-01`),
				absolute(`${termsChangesPath(tag, 'ledger')}#terms-2026-03-01`),
				'2026-03-01',
			],
			[
				absolute(`${termsChangesPath(tag, 'ledger')}#terms-2025-09`),
				absolute(`${termsChangesPath(tag, 'ledger')}#terms-2025-09`),
				'2025-09-01',
			],
		]);
		expect(feed.items.map((item) => item.title)).toEqual(expected.entries.map((e) => e.title));
		// Each entry's content is its changes in words, as the change list says them.
		feed.items.forEach((item, i) => {
			for (const change of expected.entries[i]!.changes) expect(item.content).toContain(change);
		});
	});

	test('a vendor’s feed: the same entries, linked from its change list and named in its head', () => {
		const feed = readFeed(vendorFeedPath(tag, 'ledger'));
		expect(feed.self).toBe(absolute(vendorFeedPath(tag, 'ledger')));
		expect(feed.url).toBe(absolute(termsChangesPath(tag, 'ledger')));
		expect(feed.items.map((item) => item.title)).toEqual(
			buildVendorFeed(ledger, tag, t).entries.map((e) => e.title)
		);
		const page = readParsedPage(dist, termsChangesPath(tag, 'ledger'));
		const alternates = elementsOf(page, 'link')
			.filter((l) => l.attributes.get('type') === 'application/atom+xml')
			.map((l) => l.attributes.get('href'));
		expect(alternates).toEqual([vendorFeedPath(tag, 'ledger'), feedPath(tag)]);
		expect(
			elementsOf(page, 'a').some((a) => a.attributes.get('href') === vendorFeedPath(tag, 'ledger'))
		).toBe(true);
	});
});

describe('feeds in the English words of the fixture', () => {
	test('the newest entry says what changed on 1 March 2026', () => {
		const [newest] = readFeed(feedPath('en')).items;
		expect(newest!.title).toBe('Ledger: terms effective Mar 1, 2026');
		expect(newest!.content).toContain(
			'<li>P1 (Critical) first response on Standard: 2 hours → 1 hour</li>'
		);
	});
});

describe('the feed link in every page’s head', () => {
	test('names the feed of the page’s locale, once', () => {
		const wrong: string[] = [];
		for (const path of builtPages(dist).filter((p) => p !== '/404.html')) {
			const locale = localeOfPath(path);
			const links = elementsOf(readParsedPage(dist, path), 'link').filter(
				(l) =>
					l.attributes.get('rel') === 'alternate' &&
					l.attributes.get('href') === feedPath(locale.tag)
			);
			if (links.length !== 1 || links[0]!.attributes.get('type') !== 'application/atom+xml')
				wrong.push(`${path}: ${links.length} links to ${feedPath(locale.tag)}`);
		}
		expect(wrong).toEqual([]);
	});
});

describe('pages of earlier terms', () => {
	const versionPages = siteLocales.flatMap(({ tag }) =>
		['2025-09', '2024-01-15'].map((effective) => termsVersionPath(tag, 'ledger', effective))
	);
	const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');

	test('are built, ask robots not to index them and stay out of the site’s search', () => {
		for (const path of versionPages) {
			const page = readParsedPage(dist, path);
			const robots = elementsOf(page, 'meta').filter((m) => m.attributes.get('name') === 'robots');
			expect(
				robots.map((m) => m.attributes.get('content')),
				path
			).toEqual(['noindex']);
			expect(
				page.elements.some((e) => e.attributes.has('data-pagefind-body')),
				path
			).toBe(false);
		}
		// The current plans page is indexed by the site's search, for contrast.
		expect(
			readParsedPage(dist, vendorPlansPath('en', 'ledger')).elements.some((e) =>
				e.attributes.has('data-pagefind-body')
			)
		).toBe(true);
	});

	test('are left out of the sitemap, which keeps the change lists and the current pages', () => {
		for (const path of versionPages) expect(sitemap).not.toContain(`<loc>${absolute(path)}</loc>`);
		for (const { tag } of siteLocales) {
			expect(sitemap).toContain(`<loc>${absolute(termsChangesPath(tag, 'ledger'))}</loc>`);
			expect(sitemap).toContain(`<loc>${absolute(vendorPlansPath(tag, 'ledger'))}</loc>`);
		}
	});
});
