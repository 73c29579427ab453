import { describe, expect, test } from 'vitest';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { readUiStringsFile } from '../../../node/ui-strings-files.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { buildCatalogueTermsDates, buildTermsDates, separatorAfter } from './terms-dates.ts';

// Ledger (tests/fixtures/versions): terms effective 1 March 2026, one source checked 30 November
// 2026, earlier terms from September 2025. Orbit (tests/fixtures/full): no effective date, two sources.
const ledger = fixtureFolderVendor('versions');
const orbit = fixtureVendor(fixtureCatalogue(), 'orbit');
const solo = fixtureVendor(fixtureCatalogue(), 'solo');
const t = (tag: LocaleTag) => createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));
const week = { today: '2026-12-07', maxDays: 180 };

describe('the dates of a plan page’s terms', () => {
	test('when the terms took effect, when their source was checked and how long ago', () => {
		const view = buildTermsDates(ledger, 'en', t('en'), week);
		expect(view.effective).toEqual({
			text: 'Terms effective Mar 1, 2026',
			day: '2026-03-01',
			assumptions: [],
		});
		expect(view.checks).toEqual([
			{
				sourceId: 'terms-2026',
				text: 'last checked Nov 30, 2026 (7 days ago)',
				retrieved: '2026-11-30',
				days: 7,
				stale: undefined,
			},
		]);
		expect(buildTermsDates(ledger, 'pl', t('pl'), week).checks[0]!.text).toBe(
			'ostatnio sprawdzono 30 listopada 2026 r. (7 dni temu)'
		);
		expect(buildTermsDates(ledger, 'zh-CN', t('zh-CN'), week).effective?.text).toBe(
			'条款自2026年3月1日起生效'
		);
	});

	test('a date the vendor did not give carries the assumption that fills it in', () => {
		const dated = {
			...ledger,
			effectiveRef: { assumption: 'dated-by-check' },
			assumptions: [
				...ledger.assumptions,
				{ id: 'dated-by-check', text: { en: 'Dated from the day the source was checked.' } },
			],
		};
		const marker = buildTermsDates(dated, 'en', t('en'), week).effective?.assumptions;
		expect(marker?.map((m) => [m.id, m.number, m.text])).toEqual([
			['dated-by-check', dated.assumptions.length, 'Dated from the day the source was checked.'],
		]);
	});

	test('links what changed and the terms before, by their date', () => {
		expect(buildTermsDates(ledger, 'ko', t('ko'), week).links).toEqual([
			{ kind: 'changes', href: '/ko/plans/ledger/changes/', label: '변경 내역' },
			{
				kind: 'previous',
				href: '/ko/plans/ledger/v/2025-09/',
				label: '이전 약관(2025년 9월 시행)',
			},
		]);
	});

	test('a check older than allowed is flagged; the next day it is not yet', () => {
		const late = buildTermsDates(ledger, 'en', t('en'), { today: '2026-12-07', maxDays: 6 });
		expect(late.checks[0]).toMatchObject({ days: 7, stale: 'check pending' });
		const inTime = buildTermsDates(ledger, 'en', t('en'), { today: '2026-12-07', maxDays: 7 });
		expect(inTime.checks[0]!.stale).toBeUndefined();
	});

	test('without an effective date, each source’s check by its title, the first beginning the line', () => {
		const view = buildTermsDates(orbit, 'en', t('en'), { today: '2026-12-07', maxDays: 180 });
		expect(view.effective).toBeUndefined();
		expect(view.links).toEqual([]);
		expect(view.checks.map((c) => [c.text, c.stale])).toEqual([
			['Orbit support policy: last checked Jan 15, 2026 (326 days ago)', 'check pending'],
			['Orbit 支援條款: last checked Jan 15, 2026 (326 days ago)', 'check pending'],
		]);
	});

	test('parts are set apart by a dot, without a space after a full-width bracket', () => {
		expect(separatorAfter('last checked Nov 30, 2026 (7 days ago)')).toBe(' · ');
		expect(separatorAfter('最近核对于2026年11月30日（7天前）')).toBe('· ');
		expect(separatorAfter('last checked Nov 30, 2026 (7 days ago)', true)).toBe(' ');
		expect(separatorAfter('最近核对于2026年11月30日（7天前）', true)).toBe('');
	});

	test('one source without an effective date says what was checked; the sources are linked', () => {
		const view = buildTermsDates(solo, 'en', t('en'), week, false);
		expect(view.checks.map((c) => c.text)).toEqual([
			'Terms last checked Jan 15, 2026 (326 days ago)',
		]);
		expect(view.sources).toEqual({ href: '/plans/solo/#sources', label: 'Sources' });
		expect(buildTermsDates(solo, 'ko', t('ko'), week).sources).toEqual({
			href: '#sources',
			label: '출처',
		});
	});
});

describe('the dates line of a page with several vendors’ figures', () => {
	const later = { ...ledger, id: 'later', name: 'Later' };
	test('checks on one day: that day, and each vendor’s sources in a list', () => {
		const view = buildCatalogueTermsDates([orbit, solo], 'en', t('en'), {
			today: '2026-12-07',
			maxDays: 400,
		})!;
		expect(view.text).toBe('Terms last checked Jan 15, 2026 (326 days ago)');
		expect(view.stale).toBeUndefined();
		expect(view.sources).toEqual([
			{ vendorId: 'orbit', label: 'Orbit', href: '/plans/orbit/#sources', before: '' },
			{ vendorId: 'solo', label: 'Solo', href: '/plans/solo/#sources', before: ' and ' },
		]);
		expect(
			buildCatalogueTermsDates([orbit, solo], 'zh-CN', t('zh-CN'), week)!.sources[1]!.before
		).toBe('、');
	});

	test('checks on several days: from the oldest to the newest, flagged by the oldest', () => {
		const view = buildCatalogueTermsDates([later, solo], 'en', t('en'), {
			today: '2026-12-07',
			maxDays: 300,
		})!;
		expect(view.text).toBe(
			'Terms last checked between Jan 15, 2026 and Nov 30, 2026 (oldest 326 days ago)'
		);
		expect([view.oldest, view.newest]).toEqual(['2026-01-15', '2026-11-30']);
		expect(view.stale).toBe('check pending');
		expect(buildCatalogueTermsDates([later, solo], 'ko', t('ko'), week)!.text).toBe(
			'약관 마지막 확인: 2026년 1월 15일~2026년 11월 30일(가장 오래된 확인 326일 전)'
		);
		expect(buildCatalogueTermsDates([], 'en', t('en'), week)).toBeUndefined();
	});
});
