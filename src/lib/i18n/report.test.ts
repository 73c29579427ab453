import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import {
	buildI18nReport,
	formatI18nReport,
	localizedTexts,
	translatableResidue,
} from './report.ts';
import { locales, type LocaleTag } from './locales.ts';
import { readUiStrings } from '../../node/ui-strings-files.ts';
import { readDocs, readGlossaries, readStarlightStrings } from '../../node/i18n-report-inputs.ts';

const catalogue = loadCatalogue('content/vendors');
const ui = (overrides: Partial<Record<LocaleTag, Record<string, string>>> = {}) =>
	Object.fromEntries(
		locales.map((l) => [
			l.tag,
			overrides[l.tag] ?? { 'k.title': l.tag === 'en' ? 'Title' : `T-${l.tag}` },
		])
	) as Record<LocaleTag, Record<string, string>>;

/** The catalogue with one text of one vendor replaced. */
function withSummary(tag: LocaleTag, text: string): Catalogue {
	const [first, ...rest] = catalogue.vendors;
	return { vendors: [{ ...first!, summary: { ...first!.summary, [tag]: text } }, ...rest] };
}

describe('translatableResidue', () => {
	test('leaves nothing for names, placeholders, ids, numbers and abbreviations', () => {
		expect(translatableResidue('{{vendor}} · {{tier}}', [])).toBe('');
		expect(translatableResidue('P1 24x7 SLA (TAM)', [])).toBe('');
		expect(translatableResidue('Plan Atlas', ['Plan Atlas'])).toBe('');
		expect(translatableResidue('Premium', [], ['premium'])).toBe('');
	});
	test('keeps ordinary words', () => {
		expect(translatableResidue('Compare {{vendor}} plans', [])).toBe('Compare plans');
	});
});

describe('the translation report', () => {
	test('finds every localized text of the catalogue', () => {
		const texts = localizedTexts(catalogue.vendors[0]);
		expect(texts.map((t) => t.path)).toContain('summary');
		expect(texts.map((t) => t.path)).toContain('tiers[0].name');
	});

	test('is clean for the example catalogue and strings that differ', () => {
		const report = buildI18nReport(catalogue, ui());
		expect(formatI18nReport(report).clean).toBe(true);
	});

	test('lists a catalogue text left in English, for that locale only', () => {
		const english = catalogue.vendors[0]!.summary.en;
		const report = buildI18nReport(withSummary('ko', english), ui());
		expect(report.find((r) => r.tag === 'ko')!.catalogue).toEqual([
			{ where: `${catalogue.vendors[0]!.id}: summary`, text: english },
		]);
		expect(report.filter((r) => r.tag !== 'ko').every((r) => r.catalogue.length === 0)).toBe(true);
	});

	test('lists UI strings left in English, except those that read the same everywhere', () => {
		const strings = ui({
			en: { 'k.title': 'Title', 'k.pair': '{{vendor}} · {{tier}}', 'k.brand': 'Plan Atlas' },
			pl: { 'k.title': 'Title', 'k.pair': '{{vendor}} · {{tier}}', 'k.brand': 'Plan Atlas' },
		});
		const pl = buildI18nReport(catalogue, strings).find((r) => r.tag === 'pl')!;
		expect(pl.uiSameAsEnglish).toEqual([{ where: 'k.title', text: 'Title' }]);
	});

	test('lists UI strings missing from a locale, plural forms by the language’s rules', () => {
		const strings = ui({
			en: { 'k.title': 'Title', 'k.days_one': '{{count}} day', 'k.days_other': '{{count}} days' },
			pl: { 'k.days_one': '{{count}} dzień', 'k.days_other': '{{count}} dnia' },
			ko: { 'k.title': '제목', 'k.days_other': '{{count}}일' },
		});
		const report = buildI18nReport(catalogue, strings);
		expect(report.find((r) => r.tag === 'pl')!.uiMissing).toEqual([
			'k.title',
			'k.days_few',
			'k.days_many',
		]);
		expect(report.find((r) => r.tag === 'ko')!.uiMissing).toEqual([]);
		expect(formatI18nReport(report).text).toContain('k.days_few: missing');
	});
});

describe('the consistency rules', () => {
	const glossaries = readGlossaries();
	const realStrings = readUiStrings();
	const inputs = { glossaries, docs: readDocs() };
	const findingsFor = (tag: LocaleTag, cat: Catalogue, strings = realStrings) =>
		buildI18nReport(cat, strings, inputs).find((r) => r.tag === tag)!.findings;
	const planted = (tag: LocaleTag, text: string) =>
		findingsFor(tag, withSummary(tag, text)).filter(
			(f) => f.where === `${catalogue.vendors[0]!.id}: summary`
		);

	test('every locale but English has a glossary', () => {
		expect(Object.keys(glossaries).sort()).toEqual(['ko', 'pl', 'zh-CN', 'zh-TW']);
	});

	test('flag a rejected glossary variant', () => {
		expect(planted('zh-TW', '於平日上班時間提供支援。')).toEqual([
			expect.objectContaining({ rule: 'glossary', message: expect.stringContaining('營業時間') }),
		]);
		expect(planted('zh-CN', '含周末和法定节假日。')[0]!.message).toContain('节假日');
		expect(planted('pl', 'Docelowe czasy reakcji są krótsze.')[0]!.rule).toBe('glossary');
		expect(planted('ko', '스탠다드 플랜입니다.')[0]!.message).toContain('표준');
	});

	test('flag the other scale’s word where the English names severity or priority', () => {
		const [first, ...rest] = catalogue.vendors;
		const withNote = (pl: string): Catalogue => ({
			vendors: [
				{
					...first!,
					summary: { ...first!.summary, en: 'Tickets are ranked by severity.', pl },
				},
				...rest,
			],
		});
		const findings = findingsFor('pl', withNote('Zgłoszenia mają priorytety.')).filter(
			(f) => f.where === `${catalogue.vendors[0]!.id}: summary`
		);
		expect(findings).toEqual([expect.objectContaining({ rule: 'vendor-term' })]);
		expect(
			findingsFor('pl', withNote('Zgłoszenia mają poziomy ważności.')).filter(
				(f) => f.where === `${catalogue.vendors[0]!.id}: summary`
			)
		).toEqual([]);
	});

	test('flag a number written against the locale’s spacing rule', () => {
		expect(planted('zh-CN', '48 小时内')[0]!.rule).toBe('spacing');
		expect(planted('zh-TW', '48小時內')[0]!.rule).toBe('spacing');
		expect(planted('ko', '영업일 기준 2 시간')[0]!.rule).toBe('spacing');
		expect(planted('pl', 'w ciągu 2godzin')[0]!.rule).toBe('spacing');
		expect(planted('zh-CN', '48小时内')).toEqual([]);
		expect(planted('zh-TW', '48 小時內')).toEqual([]);
	});

	test('flag nested brackets and a half-width space before a full-width bracket', () => {
		expect(planted('zh-CN', '工作时间（周一至周五（当地时间））').map((f) => f.rule)).toEqual([
			'brackets',
		]);
		expect(planted('zh-TW', '技術客戶經理 （TAM）')[0]!.message).toContain('half-width space');
		expect(planted('pl', 'Godziny pracy (pon.–pt. (czas lokalny))')[0]!.rule).toBe('brackets');
	});

	test('flag English words left in Chinese and Korean, not names or abbreviations', () => {
		expect(planted('zh-CN', '重大 Severity 0 中断')[0]!.message).toContain('Severity');
		expect(planted('ko', 'Tableau의 SaaS 플랜과 SLA, TAM')).toEqual([]);
	});

	test('flag a tier note that repeats its badge', () => {
		const vendor = catalogue.vendors.find((v) => v.tiers.some((t) => t.availabilityNote))!;
		const i = vendor.tiers.findIndex((t) => t.availabilityNote);
		const tier = vendor.tiers[i]!;
		const badge = realStrings.pl[`atlas.tier.availability.${tier.availability}`]!;
		const cat: Catalogue = {
			vendors: catalogue.vendors.map((v) =>
				v !== vendor
					? v
					: {
							...v,
							tiers: v.tiers.map((t, j) =>
								j === i
									? {
											...t,
											availabilityNote: { ...t.availabilityNote!, pl: `${badge} dla klientów.` },
										}
									: t
							),
						}
			),
		};
		const where = `${vendor.id}: tiers[${i}].availabilityNote`;
		expect(findingsFor('pl', cat).filter((f) => f.where === where)).toEqual([
			expect.objectContaining({
				rule: 'badge',
				message: expect.stringContaining(badge.toLowerCase()),
			}),
		]);
	});

	test('flag Starlight strings the site leaves in English', () => {
		const starlight = {
			en: { 'heading.anchorLabel': 'Section titled “{{title}}”', 'search.ctrlKey': 'Ctrl' },
			'zh-TW': { 'heading.anchorLabel': 'Section titled “{{title}}”', 'search.ctrlKey': 'Ctrl' },
		};
		const report = (zhTW: Record<string, string>) =>
			buildI18nReport(catalogue, ui({ 'zh-TW': zhTW }), { starlight }).find(
				(r) => r.tag === 'zh-TW'
			)!.findings;
		expect(report({ 'k.title': 'T' })).toEqual([
			expect.objectContaining({ rule: 'starlight', where: 'heading.anchorLabel' }),
		]);
		expect(report({ 'k.title': 'T', 'heading.anchorLabel': '「{{title}}」一節' })).toEqual([]);
	});

	test('the real catalogue, UI strings, docs pages and Starlight strings break no rule', async () => {
		const report = buildI18nReport(catalogue, realStrings, {
			...inputs,
			starlight: await readStarlightStrings(),
		});
		for (const r of report) {
			expect(r.catalogue, r.tag).toEqual([]);
			expect(r.uiSameAsEnglish, r.tag).toEqual([]);
			expect(r.uiMissing, r.tag).toEqual([]);
			expect(r.findings, r.tag).toEqual([]);
		}
	}, 60_000);
});
