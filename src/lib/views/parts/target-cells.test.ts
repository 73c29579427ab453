import { describe, expect, test } from 'vitest';
import { fixtureFolderVendor } from '../../../../tests/support/fixture-catalogue.ts';
import { readUiStringsFile } from '../../../node/ui-strings-files.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { assumptionMarkers } from './markers.ts';
import { tierPlan, type SlotKey } from './plan-targets.ts';
import { amountText, coverageCell, targetCell, type CellBody } from './target-cells.ts';

// Keystone (tests/fixtures/terms), worded with the site's own UI strings: each expected cell is what
// a reader of that locale sees, written out by hand.
const keystone = fixtureFolderVendor('terms');
const translate = (tag: LocaleTag) =>
	createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));
const context = (vendor: Vendor, tag: LocaleTag) => ({
	vendor,
	tag,
	t: translate(tag),
	markers: (ids: readonly string[]) => assumptionMarkers(vendor, ids, tag, translate(tag)),
	footnotes: () => [],
});
const plan = (id: string, vendor: Vendor = keystone) =>
	tierPlan(
		vendor,
		vendor.tiers.find((t) => t.id === id)!
	);
const cell = (tier: string, key: SlotKey, tag: LocaleTag = 'en', vendor: Vendor = keystone) =>
	targetCell(plan(tier, vendor), key, context(vendor, tag));
/** What a reader sees in a cell, line by line. */
const lines = (body: CellBody | undefined) =>
	body && [
		body.value.kind === 'mark'
			? `[${body.value.label}]`
			: 'text' in body.value
				? body.value.text
				: '',
		...body.notes.map((n) => `(${n})`),
		...body.cases.map((c) => `${c.when}: ${c.value}${c.notes.map((n) => ` (${n})`).join('')}`),
		...body.addOns.map((a) => `+ ${a}`),
	];

describe('a plan’s target in a cell', () => {
	test('says the amount with its bound and commitment, and an add-on’s target beside it', () => {
		expect(lines(cell('premium', { kind: 'first-response', severity: 'P1' }))).toEqual([
			'less than 30 minutes (guaranteed)',
			'+ 15 minutes with Rapid Response',
		]);
		expect(lines(cell('premium', { kind: 'first-response', severity: 'P1' }, 'zh-CN'))).toEqual([
			'少于30分钟（有保证）',
			'+ 加购快速响应：15分钟',
		]);
		expect(lines(cell('premium', { kind: 'first-response', severity: 'P1' }, 'pl'))).toEqual([
			'< 30 minut (wartość gwarantowana)',
			'+ 15 minut z usługą dodatkową Szybka reakcja',
		]);
		expect(lines(cell('enterprise', { kind: 'first-response', severity: 'P2' }))).toEqual([
			'by the end of the first business day',
		]);
	});

	test('where an attribute selects the target: "Depends on …", then one line per value', () => {
		expect(lines(cell('enterprise', { kind: 'first-response', severity: 'P1' }))).toEqual([
			'Depends on deployment',
			'Cloud: 8 hours (a target)',
			'Server: 4 hours',
		]);
		expect(lines(cell('enterprise', { kind: 'first-response', severity: 'P1' }, 'ko'))).toEqual([
			'배포 방식에 따라 다름',
			'클라우드: 8시간 (목표치)',
			'자체 서버: 4시간',
		]);
	});

	test('a value not yet translated keeps its language mark in the line it names', () => {
		const english = structuredClone(keystone);
		const deployment = english.attributes!.find((a) => a.id === 'deployment')!;
		deployment.values[1]!.name = { en: 'Server' };
		const body = cell('enterprise', { kind: 'first-response', severity: 'P1' }, 'pl', english)!;
		expect(body.cases.map((c) => c.when)).toEqual(['Chmura', [{ text: 'Server', lang: 'en' }]]);
	});

	test('an included target says where it comes from, and a clock that starts otherwise says when', () => {
		expect(lines(cell('premium', { kind: 'inquiry-response', requestType: 'licensing' }))).toEqual([
			'8 hours',
			'(Included from Enterprise)',
			'(Clock starts when the ticket is opened)',
		]);
		// Where the vendor's own clock start is the target's, nothing more needs saying.
		const opened = {
			...keystone,
			clockStart: { event: 'opened' as const, ref: { source: 'terms' } },
		};
		expect(
			lines(
				cell('enterprise', { kind: 'inquiry-response', requestType: 'licensing' }, 'en', opened)
			)
		).toEqual(['8 hours']);
	});

	test('words a level not offered, one offered with no target, and a tier without support', () => {
		expect(lines(cell('enterprise', { kind: 'first-response', severity: 'P3' }))).toEqual([
			'Offered, no published target',
		]);
		expect(cell('enterprise', { kind: 'first-response', severity: 'P3' })!.value.kind).toBe(
			'unknown'
		);
		expect(cell('basic', { kind: 'first-response', severity: 'P1' })!.value).toEqual({
			kind: 'absent',
			text: 'Not offered',
		});
		// Nothing published and nothing more to say: the page shows its own mark.
		expect(cell('enterprise', { kind: 'resolution', severity: 'P1' })).toBeUndefined();
	});

	test('amounts carry the commitment only where the terms state one', () => {
		const t = translate('en');
		const [eight, four] = keystone.tiers.find((x) => x.id === 'enterprise')!.targets;
		expect(amountText(eight!, 'en', t)).toBe('8 hours (a target)');
		expect(amountText(four!, 'en', t)).toBe('4 hours');
	});
});

describe('a plan’s coverage in a cell', () => {
	const coverage = (tier: string, key: Omit<SlotKey, 'kind'>, tag: LocaleTag = 'en') =>
		lines(coverageCell(plan(tier), key, context(keystone, tag)));

	test('names the calendar, or one per group of the attribute values its rules select by', () => {
		expect(coverage('premium', { severity: 'P1' })).toEqual(['24x7']);
		expect(coverage('enterprise', { severity: 'P1' })).toEqual([
			'Depends on support language',
			'English: Business hours',
			'Japanese: Tokyo business hours',
		]);
		expect(coverage('premium', { severity: 'P2' })).toEqual([
			'Depends on support language and hours chosen at submission',
			'Round the clock: 24x7',
			'English, Business hours: Business hours',
			'Japanese, Business hours: Tokyo business hours',
		]);
		expect(coverage('premium', { severity: 'P2' }, 'zh-CN')).toEqual([
			'取决于支持语言和提交时选择的时段',
			'全天候: 全天候',
			'英语、工作时间: 工作时间',
			'日语、工作时间: 东京工作时间',
		]);
	});

	test('says a tier has no technical support', () => {
		expect(coverage('basic', { severity: 'P1' })).toEqual(['No technical support']);
		expect(coverage('basic', { severity: 'P1' }, 'pl')).toEqual(['Bez wsparcia technicznego']);
	});
});
