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
