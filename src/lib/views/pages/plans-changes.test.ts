import { describe, expect, test } from 'vitest';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { readUiStringsFile } from '../../../node/ui-strings-files.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { buildSiteFeed, buildTermsChanges, buildVendorFeed } from './plans-changes.ts';

// Ledger (tests/fixtures/versions): terms of 1 March 2026, September 2025 and 15 January 2024.
const ledger = fixtureFolderVendor('versions');
const t = (tag: LocaleTag) => createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));

describe('the change list of a vendor', () => {
	test('one group per version, newest first: heading, what differed, and the pages of both versions', () => {
		const view = buildTermsChanges(ledger, 'en', t('en'));
		expect(view.title).toBe('Changes to Ledger support terms');
		expect(view.feed).toEqual({
			href: '/plans/ledger/changes/feed.xml',
			label: 'Follow these changes (Atom feed)',
			title: 'Ledger: changes to support terms',
		});
		expect(
			view.groups.map((g) => [g.anchor, g.heading, g.currentLabel, g.comparedWith, g.note, g.links])
		).toEqual([
			[
				'terms-2026-03-01',
				'Effective Mar 1, 2026',
				'Current terms',
				'Compared with the terms effective September 2025:',
				undefined,
				[
					{ href: '/plans/ledger/', label: 'See the current terms' },
					{ href: '/plans/ledger/v/2025-09/', label: 'Previous terms (effective September 2025)' },
				],
			],
			[
				'terms-2025-09',
				'Effective September 2025',
				undefined,
				'Compared with the terms effective Jan 15, 2024:',
				undefined,
				[
					{ href: '/plans/ledger/v/2025-09/', label: 'See these terms' },
					{ href: '/plans/ledger/v/2024-01-15/', label: 'Previous terms (effective Jan 15, 2024)' },
				],
			],
			[
				'terms-2024-01-15',
				'Effective Jan 15, 2024',
				undefined,
				undefined,
				'The earliest terms we know of.',
				[{ href: '/plans/ledger/v/2024-01-15/', label: 'See these terms' }],
			],
		]);
		expect(view.groups[0]!.changes![0]).toBe(
			'P1 (Critical) first response on Standard: 2 hours → 1 hour'
		);
	});
});

describe('the feeds of changes', () => {
	test('a vendor’s: one entry per change of version, linked to its place on the change list', () => {
		const feed = buildVendorFeed(ledger, 'zh-TW', t('zh-TW'));
		expect(feed.self).toBe('/zh-tw/plans/ledger/changes/feed.xml');
		expect(feed.page).toBe('/zh-tw/plans/ledger/changes/');
		expect(feed.entries.map((e) => [e.title, e.link, e.day, e.changes.length])).toEqual([
			[
				'Ledger：2026年3月1日起生效的條款',
				'/zh-tw/plans/ledger/changes/#terms-2026-03-01',
				'2026-03-01',
				2,
			],
			[
				'Ledger：2025年9月起生效的條款',
				'/zh-tw/plans/ledger/changes/#terms-2025-09',
				'2025-09-01',
				2,
			],
		]);
	});

	test('the whole site’s: every vendor’s entries, newest first; vendors without earlier terms add none', () => {
		const vendors = [...fixtureCatalogue().vendors, ledger];
		const feed = buildSiteFeed(vendors, 'pl', t('pl'));
		expect(feed.self).toBe('/pl/feed.xml');
		expect(feed.page).toBe('/pl/');
		expect(feed.title).toBe('Plan Atlas: zmiany warunków wsparcia');
		expect(feed.entries.map((e) => [e.vendorId, e.day])).toEqual([
			['ledger', '2026-03-01'],
			['ledger', '2025-09-01'],
		]);
	});
});
