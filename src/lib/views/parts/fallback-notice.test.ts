/**
 * Every page type, for a vendor written in English only: in another locale the page marks each of
 * the vendor's texts it shows with its language, and gives its notice once; in English, and for a
 * vendor written in every locale, it gives none.
 */
import { describe, expect, test } from 'vitest';
import { localizedTexts } from '#lib/catalogue/texts.ts';
import type { Catalogue } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import { buildCalculatorData } from '#lib/views/pages/calculator.ts';
import { buildCompare } from '#lib/views/pages/compare.ts';
import { buildFaqPage } from '#lib/views/pages/faq-vendor.ts';
import { buildDirectory } from '#lib/views/pages/home.ts';
import { buildTierPage } from '#lib/views/pages/plans-tier.ts';
import { buildVendorPlans } from '#lib/views/pages/plans-vendor.ts';
import { buildSeverityGuide } from '#lib/views/pages/severity-vendor.ts';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	englishOnly,
	fixtureCatalogue,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { fallbackNotice } from './fallback-notice.ts';

const t = echoTranslate;
const orbit = fixtureVendor(fixtureCatalogue(), 'orbit');
const english = englishOnly(orbit);

/** Every page type's view for a vendor (alone in its catalogue), with the vendor a page is about. */
function pages(
	vendor: typeof orbit,
	tag: LocaleTag
): Record<string, { view: unknown; vendor?: string }> {
	const catalogue: Catalogue = { vendors: [vendor] };
	return {
		home: { view: buildDirectory(catalogue, tag, t) },
		compare: { view: buildCompare(catalogue.vendors, tag, t) },
		calculator: { view: buildCalculatorData(catalogue, tag, t) },
		plans: { view: buildVendorPlans(vendor, tag, t), vendor: vendor.name },
		tier: { view: buildTierPage(vendor, 'premium', tag, t), vendor: vendor.name },
		faq: { view: buildFaqPage(vendor, tag, t), vendor: vendor.name },
		severity: { view: buildSeverityGuide(vendor, tag, t), vendor: vendor.name },
	};
}

/**
 * Where a view holds words for attributes, the head, sorting or structured data, never rendered as
 * text of the page: there a text shown in English goes as it is.
 */
const wordsOnly = new Set(['title', 'description', 'sortName', 'coverageName', 'structuredData']);

/** The strings of a view rendered as text of the page, outside the phrases' marked pieces. */
function unmarkedStrings(value: unknown, key = ''): string[] {
	if (typeof value === 'string') return wordsOnly.has(key) ? [] : [value];
	if (value === null || typeof value !== 'object') return [];
	if (Array.isArray(value)) return value.flatMap((item) => unmarkedStrings(item, key));
	const entries = Object.entries(value);
	// A marked piece of a phrase: the words are in the language it names.
	if (entries.length === 2 && 'lang' in value && 'text' in value) return [];
	return entries.flatMap(([inner, item]) =>
		unmarkedStrings(item, wordsOnly.has(key) ? key : inner)
	);
}

describe('a page of a vendor written in English only', () => {
	const englishTexts = localizedTexts(orbit).map(({ text }) => text.en);
	// A text shown alone, in a UI string (echoed as JSON), or a long one anywhere; a short one may be
	// part of a source's title ("Orbit support" in "Orbit support policy"), which is no catalogue text.
	const shows = (s: string, text: string) =>
		s === text || s.includes(JSON.stringify(text)) || (text.length > 20 && s.includes(text));

	test.each(['pl', 'ko', 'zh-TW'] as const)(
		'in %s, marks every text of the vendor it shows, and gives its notice',
		(tag) => {
			for (const [name, { view, vendor }] of Object.entries(pages(english, tag))) {
				const leaks = unmarkedStrings(view).filter((s) => englishTexts.some((e) => shows(s, e)));
				expect(leaks, name).toEqual([]);
				expect(fallbackNotice(view, t, vendor), name).toBe(
					vendor === undefined
						? 'atlas.fallback.pageNotice'
						: `atlas.fallback.vendorNotice{"vendor":"Orbit"}`
				);
			}
		}
	);

	test('in English, gives no notice', () => {
		for (const [name, { view, vendor }] of Object.entries(pages(english, 'en')))
			expect(fallbackNotice(view, t, vendor), name).toBeUndefined();
	});

	test('in the reader’s language, from the UI strings', () => {
		const pl = createTranslate('pl', {
			'atlas.fallback.vendorNotice': 'Teksty o {{vendor}} są po angielsku.',
		});
		const { view, vendor } = pages(english, 'pl').plans!;
		expect(fallbackNotice(view, pl, vendor)).toBe('Teksty o Orbit są po angielsku.');
	});
});

describe('a page of a vendor written in every locale', () => {
	test.each(['en', 'pl', 'ko'] as const)('in %s, gives no notice', (tag) => {
		for (const [name, { view, vendor }] of Object.entries(pages(orbit, tag)))
			expect(fallbackNotice(view, t, vendor), name).toBeUndefined();
	});
});
