import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { atomFeed } from './atom-feed.ts';
import type { TermsFeed } from '#lib/views/pages/plans-changes.ts';

const feed: TermsFeed = {
	title: 'Ledger: changes to support terms',
	description: 'Each change to Ledger support terms, with the date it took effect.',
	page: '/support/plans/plans/ledger/changes/',
	self: '/support/plans/plans/ledger/changes/feed.xml',
	entries: [
		{
			vendorId: 'ledger',
			title: 'Ledger & Co: terms effective Mar 1, 2026',
			link: '/support/plans/plans/ledger/changes/#terms-2026-03-01',
			day: '2026-03-01',
			lead: 'Compared with the terms effective September 2025:',
			changes: ['P1 first response on Standard: 2 hours → 1 hour', 'A <script> is text'],
		},
	],
};

describe('an Atom feed of changes of terms', () => {
	test('reads back with its title, language, addresses and one entry per change of version', () => {
		const xml = atomFeed(feed, 'pl', 'https://plans.example.org', '2026-11-30');
		const parsed = parseFeed(xml);
		expect(parsed.meta.type).toBe('atom');
		expect(parsed.title).toBe(feed.title);
		expect(parsed.language).toBe('pl');
		expect(parsed.self).toBe(
			'https://plans.example.org/support/plans/plans/ledger/changes/feed.xml'
		);
		expect(parsed.url).toBe('https://plans.example.org/support/plans/plans/ledger/changes/');
		expect(parsed.updated?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
		expect(
			parsed.items.map((item) => [item.id, item.url, item.title, item.updated?.toISOString()])
		).toEqual([
			[
				'https://plans.example.org/support/plans/plans/ledger/changes/#terms-2026-03-01',
				'https://plans.example.org/support/plans/plans/ledger/changes/#terms-2026-03-01',
				'Ledger & Co: terms effective Mar 1, 2026',
				'2026-03-01T00:00:00.000Z',
			],
		]);
	});

	test('carries the changes as an HTML list, catalogue text escaped so it stays text', () => {
		const xml = atomFeed(feed, 'en', 'https://plans.example.org', '2026-11-30');
		expect(parseFeed(xml).items[0]!.content).toMatch(
			/^<p>Compared with the terms effective September 2025:<\/p><ul><li>P1 first response on Standard: 2 hours → 1 hour<\/li><li>A .*script.* is text<\/li><\/ul>$/
		);
		// The parser decodes the content; the document itself holds the markup escaped.
		expect(xml).toContain('<li>A &#60;script&#62; is text</li>');
		expect(xml).not.toContain('<script>');
	});

	test('without entries is still a feed, updated on the fallback day', () => {
		const parsed = parseFeed(
			atomFeed({ ...feed, entries: [] }, 'en', 'https://plans.example.org', '2026-11-30')
		);
		expect(parsed.items).toEqual([]);
		expect(parsed.updated?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
	});
});
