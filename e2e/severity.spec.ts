import { expect, test, type Page } from '@playwright/test';
import {
	calculatorPath,
	planId,
	severityGuidePath,
	severityLevelAnchor,
	vendorFaqPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { expectNoAxeViolations } from './axe.ts';
import { catalogue, vendor } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';
import { localize } from '#lib/i18n/text.ts';

const strings = uiStrings;
const withSeverities = catalogue.vendors.filter((v) => v.severities);
const beacon = vendor('beacon');

/**
 * Checks of one vendor's guide beyond its levels, run on the same page load as the levels' check.
 * Keyed by vendor id; the test fails if a key names no vendor with levels, so none is skipped unseen.
 */
const guideChecks: Record<string, (page: Page, tag: LocaleTag) => Promise<void>> = {
	// Quarry Extended is round the clock for P1 only.
	quarry: async (page, tag) => {
		const name = (id: string) =>
			localize(vendor('quarry').calendars.find((c) => c.id === id)!.name, tag);
		await expect(
			page.locator('section[data-level="P1"] tr[data-tier="extended"] [data-coverage]')
		).toHaveText(name('always'));
		// Business hours are our reading of Quarry's page: the cell carries its assumption marker.
		const p2 = page.locator('section[data-level="P2"] tr[data-tier="extended"] [data-coverage]');
		await expect(p2).toContainText(name('business-hours'));
		await expect(p2.locator('[data-assumption-marker="business-hours"]')).toHaveCount(1);
	},
	// The impact × urgency matrix is a table whose cells name the level; with the picker used, the
	// page has no accessibility violations.
	beacon: async (page, tag) => {
		const matrix = beacon.severities!.matrix!;
		const table = page.locator('table[data-severity-matrix]');
		await expect(table.locator('thead th')).toHaveText(
			matrix.impacts.map((i) => localize(i.name, tag))
		);
		for (const urgency of matrix.urgencies) {
			const row = table.locator(`tr[data-urgency="${urgency.id}"]`);
			await expect(row.locator('th')).toHaveText(localize(urgency.name, tag));
			for (const impact of matrix.impacts)
				await expect(row.locator(`td[data-impact="${impact.id}"]`)).toContainText(
					matrix.levels[urgency.id]![impact.id]!
				);
		}
		await page.locator('severity-picker select').first().selectOption({ index: 1 });
		await page.locator('severity-picker select').nth(1).selectOption({ index: 1 });
		await expectNoAxeViolations(page);
	},
	// The sidebar links every vendor's plans, guide and FAQ, in the page language.
	summit: async (page, tag) => {
		const sidebar = page.locator('nav[aria-label] .sidebar-content, #starlight__sidebar').first();
		for (const vendor of catalogue.vendors) {
			await expect(sidebar.locator(`a[href="${vendorPlansPath(tag, vendor.id)}"]`)).toHaveText(
				strings(tag)['atlas.nav.plans']!
			);
			if (vendor.severities)
				await expect(sidebar.locator(`a[href="${severityGuidePath(tag, vendor.id)}"]`)).toHaveText(
					strings(tag)[levelKey('atlas.nav.severity', vendorLevelTerm(vendor))]!
				);
			if (vendor.faq.length)
				await expect(sidebar.locator(`a[href="${vendorFaqPath(tag, vendor.id)}"]`)).toHaveText(
					strings(tag)['atlas.nav.faq']!
				);
		}
	},
};

for (const locale of siteLocales) {
	test.describe(`severity guides (${locale.tag})`, () => {
		test('explain every level of every vendor, with what it means on each plan, its coverage, matrix and sidebar', async ({
			page,
		}) => {
			const ids = withSeverities.map((v) => v.id);
			expect(Object.keys(guideChecks).filter((id) => !ids.includes(id))).toEqual([]);
			for (const vendor of withSeverities) {
				await page.goto(severityGuidePath(locale.tag, vendor.id));
				await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
				await expect(page.locator('h1')).toHaveText(
					strings(locale.tag)[levelKey('atlas.severity.title', vendorLevelTerm(vendor))]!.replace(
						'{{vendor}}',
						vendor.name
					)
				);
				if (vendor.severities!.note)
					await expect(page.locator('main')).toContainText(
						localize(vendor.severities!.note, locale.tag)
					);
				for (const level of vendor.severities!.levels) {
					const section = page.locator(`section[data-level="${level.id}"]`);
					await expect(section.locator(`#${severityLevelAnchor(level.id)}`)).toContainText(
						localize(level.name, locale.tag)
					);
					await expect(section).toContainText(localize(level.definition, locale.tag));
					for (const example of level.examples)
						await expect(section).toContainText(localize(example, locale.tag));
					for (const tier of vendor.tiers) {
						const row = section.locator(`tr[data-tier="${tier.id}"]`);
						await expect(row).toContainText(localize(tier.name, locale.tag));
						await expect(row.locator('[data-calculator-link]')).toHaveAttribute(
							'href',
							calculatorPath(locale.tag, { plan: planId(vendor.id, tier.id), severity: level.id })
						);
					}
				}
				await guideChecks[vendor.id]?.(page, locale.tag);
			}
		});

		test('let the reader pick impact and urgency, see the level and open the calculator with it @locale-independent', async ({
			page,
		}) => {
			await page.goto(severityGuidePath(locale.tag, 'beacon'));
			const matrix = beacon.severities!.matrix!;
			const picker = page.locator('severity-picker');
			await expect(picker).toBeVisible();
			const impact = matrix.impacts[1]!;
			const urgency = matrix.urgencies[0]!;
			const levelId = matrix.levels[urgency.id]![impact.id]!;
			const level = beacon.severities!.levels.find((l) => l.id === levelId)!;
			await picker
				.getByLabel(strings(locale.tag)['atlas.severity.pickerImpact']!, { exact: true })
				.selectOption({ label: localize(impact.name, locale.tag) });
			await expect(picker.locator('[data-picker-result]:visible')).toHaveCount(0);
			await picker
				.getByLabel(strings(locale.tag)['atlas.severity.pickerUrgency']!, { exact: true })
				.selectOption({ label: localize(urgency.name, locale.tag) });
			const result = picker.locator('[data-picker-result]:visible');
			await expect(result).toHaveCount(1);
			await expect(result).toContainText(localize(level.name, locale.tag));
			const tier = beacon.tiers[0]!;
			await expect(result.locator(`[data-picker-calculator="${tier.id}"]`)).toHaveAttribute(
				'href',
				calculatorPath(locale.tag, { plan: planId(beacon.id, tier.id), severity: levelId })
			);
			// Another choice shows another answer.
			const low = matrix.urgencies.at(-1)!;
			await picker
				.getByLabel(strings(locale.tag)['atlas.severity.pickerUrgency']!, { exact: true })
				.selectOption({ label: localize(low.name, locale.tag) });
			await expect(picker.locator('[data-picker-result]:visible')).toHaveAttribute(
				'data-picker-result',
				matrix.levels[low.id]![impact.id]!
			);
		});

		test('without JavaScript the matrix still answers and the picker stays out of the way @locale-independent', async ({
			browser,
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(severityGuidePath(locale.tag, 'beacon'));
			await expect(page.locator('table[data-severity-matrix]')).toBeVisible();
			await expect(page.locator('severity-picker')).toBeHidden();
			await context.close();
		});
	});
}
