/**
 * The fixture catalogue the end-to-end site is built from (tests/fixtures/e2e/) shows everything the
 * end-to-end tests check, so no check passes for want of something to check: vendors that rank by
 * priority and by severity, each rule for public holidays, contact channels marked and not, a vendor
 * with three tiers whose rows tell the tier picker's effect, a plan for every worked example of the
 * general FAQ, a vendor written in English only whose texts the other locales show in English, a
 * vendor with earlier versions of its terms; and its texts keep every locale's glossary, spacing and
 * bracket rules, which the Chinese typography test reads on the pages.
 */
import { describe, expect, test } from 'vitest';
import { channelRows, vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import { localizedTexts, translatedIntoEveryLocale } from '#lib/catalogue/texts.ts';
import { localeTags } from '#lib/locales.ts';
import { buildI18nReport } from '#lib/translation-report/report.ts';
import { runWorkedExample, workedExampleIds } from '#lib/views/parts/faq-examples.ts';
import { readDocs, readGlossaries, readStarlightStrings } from '../src/node/i18n-report-inputs.ts';
import { readUiStrings } from '../src/node/ui-strings-files.ts';
import { catalogue } from '../e2e/catalogue.ts';

const calendars = catalogue.vendors.flatMap((v) => v.calendars);
const vendorsWhere = (test: (v: Vendor) => boolean) => catalogue.vendors.filter(test);

describe('the end-to-end fixture catalogue', () => {
	test('has vendors that rank by priority and by severity, and one with an impact × urgency matrix', () => {
		const terms = catalogue.vendors.filter((v) => v.severities).map(vendorLevelTerm);
		expect(new Set(terms)).toEqual(new Set(['priority', 'severity']));
		expect(catalogue.vendors.some((v) => v.severities?.matrix)).toBe(true);
		expect(catalogue.vendors.some((v) => !v.severities)).toBe(true);
	});

	test('covers round the clock and weekly hours under every public-holiday rule the calculator tells apart', () => {
		expect(calendars.some((c) => c.type === 'always')).toBe(true);
		const rules = calendars.flatMap((c) => (c.type === 'weekly' ? [c.publicHolidays] : []));
		for (const rule of ['customer-region', 'unstated', 'vendor-list'])
			expect(rules, rule).toContain(rule);
	});

	test('marks contact channels for some vendors and not for others', () => {
		expect(vendorsWhere((v) => Boolean(channelRows(v))).length).toBeGreaterThan(0);
		expect(vendorsWhere((v) => !channelRows(v)).length).toBeGreaterThan(0);
	});

	test('has the provenance and back matter the pages show: sources with addresses, assumptions, footnotes, notes, add-ons, FAQ', () => {
		const has = (part: (v: Vendor) => unknown[] | undefined) =>
			catalogue.vendors.some((v) => (part(v) ?? []).length > 0);
		expect(catalogue.vendors.some((v) => v.sources.length > 1)).toBe(true);
		expect(catalogue.vendors.every((v) => v.sources.every((s) => s.url))).toBe(true);
		expect(has((v) => v.assumptions)).toBe(true);
		expect(has((v) => v.footnotes)).toBe(true);
		expect(has((v) => v.notes)).toBe(true);
		expect(has((v) => v.addOns)).toBe(true);
		expect(has((v) => v.faq)).toBe(true);
		expect(catalogue.vendors.some((v) => v.tiers.length >= 3)).toBe(true);
	});

	test('has a vendor written in English only, and the others in every locale', () => {
		const english = catalogue.vendors.filter((v) =>
			localeTags.every((tag) =>
				localizedTexts(v).every(({ text }) => tag in text === (tag === 'en'))
			)
		);
		expect(english.map((v) => v.id)).toEqual(['lantern']);
		expect(catalogue.vendors.filter(translatedIntoEveryLocale).length).toBe(
			catalogue.vendors.length - 1
		);
	});

	test('has a vendor with earlier versions of its terms, and vendors without', () => {
		expect(vendorsWhere((v) => (v.history?.length ?? 0) > 1).length).toBeGreaterThan(0);
		expect(vendorsWhere((v) => !v.effective).length).toBeGreaterThan(0);
	});

	test('has a plan for every worked example of the general FAQ', () => {
		expect(workedExampleIds.filter((id) => !runWorkedExample(catalogue, id))).toEqual([]);
	});

	test('keeps every locale’s glossary, spacing and bracket rules', async () => {
		const reports = buildI18nReport(catalogue, readUiStrings(), {
			glossaries: readGlossaries(),
			docs: readDocs(),
			starlight: await readStarlightStrings(),
		});
		// Only what the fixture's texts say: the UI strings are the translation report's (npm test).
		const ids = catalogue.vendors.map((v) => `${v.id}:`);
		const fromFixture = reports.flatMap((r) =>
			[...r.catalogue, ...r.findings]
				.filter((f) => ids.some((id) => f.where.startsWith(id)))
				.map((f) => `${r.tag} ${f.where}: ${'message' in f ? f.message : f.text}`)
		);
		expect(fromFixture).toEqual([]);
	});
});
