import { describe, expect, test } from 'vitest';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { readUiStringsFile } from '../../../node/ui-strings-files.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { buildTermsVersionPage, earlierVersionDates } from './plans-version.ts';

// Ledger (tests/fixtures/versions): terms of 1 March 2026, September 2025 (Standard P1 2 hours,
// Premium new) and 15 January 2024 (Standard P1 4 hours, no Premium).
const ledger = fixtureFolderVendor('versions');
const t = (tag: LocaleTag) => createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));

describe('a page of earlier terms', () => {
	test('exists for each earlier version, by its date as written', () => {
		expect(earlierVersionDates(ledger)).toEqual(['2025-09', '2024-01-15']);
		expect(earlierVersionDates(fixtureVendor(fixtureCatalogue(), 'orbit'))).toEqual([]);
	});

	test('shows that version’s tiers and figures, and says it was replaced, linking the current terms', () => {
		const view = buildTermsVersionPage(ledger, '2024-01-15', 'en', t('en'));
		expect(view.title).toBe('Ledger support plans: terms effective Jan 15, 2024');
		expect(view.tiers.map((tier) => [tier.id, tier.headline?.value])).toEqual([
			['standard', '4 hours'],
		]);
		expect(view.notice).toEqual({
			label: 'Superseded terms',
			text: 'These terms (effective Jan 15, 2024) were replaced by the terms effective September 2025.',
			links: [
				{ href: '/plans/ledger/', label: 'See the current terms' },
				{ href: '/plans/ledger/changes/#terms-2025-09', label: 'What changed' },
			],
			replacedOn: '2025-09-01',
		});
		expect(view.sources.map((s) => s.id)).toEqual(['terms-2025']);
	});

	test('keeps copied links on its own page and leads tier links to the current tier pages', () => {
		const view = buildTermsVersionPage(ledger, '2025-09', 'ko', t('ko'));
		expect(view.table.columns.map((c) => [c.href, c.link])).toEqual([
			[
				'/ko/plans/ledger/standard/',
				'/ko/plans/ledger/v/2025-09/?highlight=standard#tier-standard',
			],
			['/ko/plans/ledger/premium/', '/ko/plans/ledger/v/2025-09/?highlight=premium#tier-premium'],
		]);
		const links = view.table.groups.flatMap((g) => g.rows.map((r) => r.link));
		expect(links.length).toBeGreaterThan(0);
		expect(links.every((link) => link.startsWith('/ko/plans/ledger/v/2025-09/#'))).toBe(true);
	});

	test('a tier since withdrawn leads to the change list', () => {
		// Premium offered in September 2025 and withdrawn since: the current terms lack it, the
		// September changes add it back.
		const withdrawn = structuredClone(ledger);
		const premium = withdrawn.tiers.find((tier) => tier.id === 'premium')!;
		withdrawn.tiers = withdrawn.tiers.filter((tier) => tier !== premium);
		withdrawn.credits = undefined;
		const september = withdrawn.history![0]!.changes as { tiers: unknown[] };
		september.tiers = [...september.tiers, premium];
		const view = buildTermsVersionPage(withdrawn, '2025-09', 'en', t('en'));
		expect(view.table.columns.map((c) => [c.id, c.href])).toEqual([
			['standard', '/plans/ledger/standard/'],
			['premium', '/plans/ledger/changes/'],
		]);
	});

	test('a date that is not an earlier version is an error', () => {
		expect(() => buildTermsVersionPage(ledger, '2026-03-01', 'en', t('en'))).toThrow(
			/no earlier terms/
		);
	});
});
