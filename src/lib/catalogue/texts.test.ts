import { describe, expect, test } from 'vitest';
import {
	englishOnly,
	fixtureCatalogue,
	fixtureVendor,
} from '../../../tests/support/fixture-catalogue.ts';
import { localizedTexts, translatedIntoEveryLocale, untranslatedPaths } from './texts.ts';

const orbit = fixtureVendor(fixtureCatalogue(), 'orbit');

describe('the localized texts of a vendor', () => {
	test('are found wherever they are, each with its key path', () => {
		const paths = localizedTexts(orbit).map((t) => t.path);
		expect(paths).toContain('summary');
		expect(paths).toContain('tiers[0].name');
		expect(paths).toContain('severities.levels[0].examples[0]');
		expect(paths).toContain('faq[0].answer');
		expect(localizedTexts(orbit).find((t) => t.path === 'summary')!.text).toBe(orbit.summary);
	});

	test('are found with the default language alone, or with some of the other locales', () => {
		const english = englishOnly(orbit);
		expect(localizedTexts(english).map((t) => t.path)).toEqual(
			localizedTexts(orbit).map((t) => t.path)
		);
		const partly = { name: 'Acme', summary: { en: 'Support', ko: '지원' }, tiers: [] };
		expect(localizedTexts(partly)).toEqual([
			{ path: 'summary', text: { en: 'Support', ko: '지원' } },
		]);
		// Not a text: no default language, or a key that is no locale.
		expect(localizedTexts({ a: { ko: '지원' }, b: { en: 'x', de: 'y' } })).toEqual([]);
	});

	test('say which of them a locale has no translation of, in file order', () => {
		expect(untranslatedPaths(orbit, 'pl')).toEqual([]);
		expect(translatedIntoEveryLocale(orbit)).toBe(true);
		const partly = {
			...orbit,
			summary: { en: orbit.summary.en, ko: orbit.summary.ko },
			tiers: [{ ...orbit.tiers[0]!, name: { en: 'Basic' } }, ...orbit.tiers.slice(1)],
		};
		expect(untranslatedPaths(partly, 'pl')).toEqual(['summary', 'tiers[0].name']);
		expect(untranslatedPaths(partly, 'ko')).toEqual(['tiers[0].name']);
		expect(untranslatedPaths(partly, 'en')).toEqual([]);
		expect(translatedIntoEveryLocale(partly)).toBe(false);
		expect(untranslatedPaths(englishOnly(orbit), 'zh-TW')).toEqual(
			localizedTexts(orbit).map((t) => t.path)
		);
	});

	test("leave out a source's gloss: a help for some readers, not a text to translate", () => {
		const glossed = {
			...orbit,
			sources: orbit.sources.map((source) => ({ ...source, gloss: { en: 'Service terms' } })),
		};
		expect(localizedTexts(glossed)).toEqual(localizedTexts(orbit));
		expect(translatedIntoEveryLocale(glossed)).toBe(true);
	});
});
