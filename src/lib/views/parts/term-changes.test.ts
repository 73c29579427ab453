import { describe, expect, test } from 'vitest';
import { fixtureFolderVendor } from '../../../../tests/support/fixture-catalogue.ts';
import { readUiStringsFile } from '../../../node/ui-strings-files.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import { vendorVersions } from '#lib/catalogue/vendor-versions.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { describeTermsChanges, termsVersionEntries, weeklyHoursText } from './term-changes.ts';

// Fixture vendor ledger (tests/fixtures/versions): March 2026 (Standard P1 1 hour, a service credit
// on Premium), September 2025 (P1 2 hours, Premium new), 15 January 2024 (P1 4 hours, no Premium).
// Worded with the site's own UI strings, so each expected sentence is what a reader sees.
const ledger = fixtureFolderVendor('versions');
const [march2026, september2025, january2024] = vendorVersions(ledger).map((v) => v.vendor);
const t = (tag: LocaleTag) => createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));
const changes = (older: Vendor, newer: Vendor, tag: LocaleTag) =>
	describeTermsChanges(older, newer, tag, t(tag));

/** The vendor with `edit` applied to a deep copy. */
const edited = (vendor: Vendor, edit: (copy: Vendor) => void): Vendor => {
	const copy = structuredClone(vendor);
	edit(copy);
	return copy;
};

describe('what changed between versions, in words', () => {
	test('a target’s figure by its level and tier, and a new service credit', () => {
		expect(changes(september2025!, march2026!, 'en')).toEqual([
			'P1 (Critical) first response on Standard: 2 hours → 1 hour',
			'New service credit: 10% of the monthly fee when more than 2 tickets miss their target in a month (applies to: Premium)',
		]);
		expect(changes(september2025!, march2026!, 'pl')).toEqual([
			'Standard · pierwsza odpowiedź dla P1 (Krytyczny): 2 godziny → 1 godzina',
			'Nowa bonifikata: 10% opłaty miesięcznej, gdy w ciągu miesiąca czas docelowy zostanie przekroczony w więcej niż 2 zgłoszeniach (dotyczy planu: Premium)',
		]);
		expect(changes(september2025!, march2026!, 'zh-CN')).toEqual([
			'标准版 · P1（紧急）首次响应：2小时 → 1小时',
			'新增服务抵扣：每月有超过2个工单未达目标时，抵扣月费的 10%（适用于：高级版）',
		]);
		expect(changes(september2025!, march2026!, 'zh-TW')[0]).toBe(
			'標準版 · P1（緊急）首次回應：2 小時 → 1 小時'
		);
		expect(changes(september2025!, march2026!, 'ko')[0]).toBe(
			'스탠더드 P1(긴급) 최초 응답: 2시간 → 1시간'
		);
	});

	test('a tier that appeared, named in the reader’s language', () => {
		expect(changes(january2024!, september2025!, 'en')).toEqual([
			'P1 (Critical) first response on Standard: 4 hours → 2 hours',
			'New tier: Premium',
		]);
		expect(changes(january2024!, september2025!, 'zh-TW')[1]).toBe('新增方案：進階版');
	});

	test('read backwards: a tier withdrawn and a credit withdrawn', () => {
		expect(changes(march2026!, january2024!, 'en')).toEqual([
			'P1 (Critical) first response on Standard: 1 hour → 4 hours',
			'Tier withdrawn: Premium',
			'Service credit withdrawn: 10% of the monthly fee when more than 2 tickets miss their target in a month (applies to: Premium)',
		]);
	});

	test('targets added and removed, levels offered, coverage, hours, feature values and credits', () => {
		const newer = edited(march2026!, (v) => {
			const standard = v.tiers[0]!;
			standard.targets = standard.targets.filter((x) => x.severity !== 'P2');
			standard.targets.push({
				kind: 'resolution',
				severity: 'P1',
				within: { value: 3, unit: 'business-days' },
				clock: 'covered',
			});
			standard.levels = ['P1'];
			standard.coverage = { default: 'business', severities: { P1: 'always' } };
			const business = v.calendars[0]!;
			if (business.type === 'weekly')
				business.hours = [
					{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], from: '08:00', to: '18:00' },
				];
			v.categories[0]!.features[0]!.values.standard = {
				kind: 'list',
				items: [
					{ en: 'Email', 'zh-CN': '邮件', 'zh-TW': '電子郵件', ko: '이메일', pl: 'E-mail' },
					{ en: 'Chat', 'zh-CN': '聊天', 'zh-TW': '聊天', ko: '채팅', pl: 'Czat' },
				],
			};
			v.credits![0]!.percent = 15;
			v.credits![0]!.claimWithinDays = 30;
		});
		expect(changes(march2026!, newer, 'en')).toEqual([
			'P1 (Critical) resolution on Standard: 3 business days (new)',
			'P2 (High) first response on Standard: withdrawn (was 8 hours)',
			'Standard no longer offers P2 (High)',
			'Coverage of P1 (Critical) on Standard: business hours → 24x7',
			'Phone on Standard: not included → Email and Chat',
			'Coverage hours “Business hours”: Mon–Fri 09:00–17:00 → Mon–Sat 08:00–18:00',
			'Service credit: 10% of the monthly fee when more than 2 tickets miss their target in a month (applies to: Premium) → 15% of the monthly fee when more than 2 tickets miss their target in a month; to be claimed within 30 days (applies to: Premium)',
		]);
		expect(changes(newer, march2026!, 'ko')[2]).toBe('스탠더드: P2(높음) 추가');
		expect(changes(march2026!, newer, 'zh-CN')[5]).toBe(
			'服务时间“工作时间”：周一至周五 09:00–17:00 → 周一至周六 08:00–18:00'
		);
	});

	test('a target whose figure stays but whose clock changes says how it counts', () => {
		const newer = edited(march2026!, (v) => {
			v.tiers[0]!.targets[0]!.clock = 'calendar';
		});
		expect(changes(march2026!, newer, 'en')).toEqual([
			'P1 (Critical) first response on Standard: 1 hour, counted in coverage hours only → 1 hour, counted in elapsed time',
		]);
	});

	test('a change of sources alone is no change a reader sees', () => {
		const newer = edited(march2026!, (v) => {
			v.sources[0]!.retrieved = '2026-12-01';
		});
		expect(changes(march2026!, newer, 'en')).toEqual([]);
	});
});

describe('hours in words', () => {
	test('three days or more in a row are a range, in each locale’s marks', () => {
		const business = march2026!.calendars[0]!;
		expect(weeklyHoursText(business, 'en')).toBe('Mon–Fri 09:00–17:00');
		expect(weeklyHoursText(business, 'ko')).toBe('월~금 09:00~17:00');
		expect(weeklyHoursText(business, 'zh-TW')).toBe('週一至週五 09:00–17:00');
		const split = edited(march2026!, (v) => {
			const c = v.calendars[0]!;
			if (c.type === 'weekly')
				c.hours = [
					{ days: ['sat', 'mon'], from: '10:00', to: '14:00' },
					{ days: ['wed'], from: '09:00', to: '12:00' },
				];
		}).calendars[0]!;
		expect(weeklyHoursText(split, 'en')).toBe('Mon, Sat 10:00–14:00 and Wed 09:00–12:00');
		expect(weeklyHoursText(march2026!.calendars[1]!, 'pl')).toBe('24/7');
	});
});

describe('the versions on the change list', () => {
	test('newest first, each with its page, the changes from the one before and that one’s page', () => {
		const entries = termsVersionEntries(ledger, 'pl', t('pl'));
		expect(
			entries.map((e) => [
				e.effective,
				e.day,
				e.date,
				e.anchor,
				e.current,
				e.href,
				e.previous?.href,
			])
		).toEqual([
			[
				'2026-03-01',
				'2026-03-01',
				'1 marca 2026',
				'terms-2026-03-01',
				true,
				'/pl/plans/ledger/',
				'/pl/plans/ledger/v/2025-09/',
			],
			[
				'2025-09',
				'2025-09-01',
				'wrzesień 2025',
				'terms-2025-09',
				false,
				'/pl/plans/ledger/v/2025-09/',
				'/pl/plans/ledger/v/2024-01-15/',
			],
			[
				'2024-01-15',
				'2024-01-15',
				'15 stycznia 2024',
				'terms-2024-01-15',
				false,
				'/pl/plans/ledger/v/2024-01-15/',
				undefined,
			],
		]);
		expect(entries.map((e) => e.changes?.length)).toEqual([2, 2, undefined]);
		expect(entries[1]!.changes![1]).toBe('Nowy plan: Premium');
	});

	test('a vendor without earlier versions has none', () => {
		const undated = edited(ledger, (v) => {
			delete v.history;
		});
		expect(termsVersionEntries(undated, 'en', t('en'))).toEqual([]);
	});
});

describe('a catalogue text not yet translated', () => {
	test('is shown in English inside the sentence, marked with its language', () => {
		const untranslated = (vendor: Vendor) =>
			edited(vendor, (v) => {
				v.tiers[0]!.name = { en: 'Standard' };
				v.severities!.levels[0]!.name = { en: 'Critical' };
			});
		expect(
			describeTermsChanges(untranslated(september2025!), untranslated(march2026!), 'ko', t('ko'))[0]
		).toEqual([
			{ text: 'Standard', lang: 'en' },
			' P1(',
			{ text: 'Critical', lang: 'en' },
			') 최초 응답: 2시간 → 1시간',
		]);
	});
});
