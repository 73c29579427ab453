/**
 * Each vendor's levels are named in the vendor's own word, in every locale: Beacon ranks tickets by
 * priority, Summit by severity. The words come from the catalogue (severities.term), the UI strings
 * and the locale glossaries, so the test follows them rather than restating them.
 */
import { expect, test, type Page } from '@playwright/test';
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import { defaultLocale, type LocaleTag } from '#lib/locales.ts';
import { interpolate } from '#lib/i18n/interpolate.ts';
import type { LevelTerm } from '#lib/catalogue/level-terms.ts';
import { levelKey, type LevelKey } from '#lib/i18n/level-term.ts';
import { readGlossaries } from '../src/node/i18n-report-inputs.ts';
import {
	calculatorPath,
	planId,
	severityGuidePath,
	tierPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { catalogue, vendor } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';

const beacon = vendor('beacon');
const summit = vendor('summit');
const glossaries = readGlossaries();

/** How a locale writes a term, as a pattern (English from the glossaries' `english` patterns). */
function termPattern(tag: LocaleTag, term: LevelTerm): RegExp {
	const entry = (glossary: (typeof glossaries)[LocaleTag]) =>
		glossary!.terms.find((t) => t.concept === term)!;
	if (tag === defaultLocale) return new RegExp(entry(glossaries.pl).english!, 'iu');
	const own = entry(glossaries[tag]);
	return new RegExp(own.termPattern ?? own.term, 'iu');
}

/** A UI string in a vendor's wording, with its placeholders filled. */
const text = (tag: LocaleTag, key: LevelKey, term: LevelTerm, vars: Record<string, string> = {}) =>
	interpolate(uiStrings(tag)[levelKey(key, term)]!, vars);

const levelLabel = (page: Page) => page.locator('label[for="calc-severity"]');

for (const locale of siteLocales) {
	const tag = locale.tag;
	test.describe(`the vendor's word for its levels (${tag})`, () => {
		test('the severity guides, plan and tier pages and the calculator name the levels in the vendor’s word', async ({
			page,
			browser,
		}) => {
			test.slow();
			await test.step('the severity guide: title, heading and sidebar in the vendor’s word', async () => {
				// Beacon last: the check after the loop reads the page it leaves open.
				for (const v of [summit, beacon]) {
					const term = vendorLevelTerm(v);
					const other: LevelTerm = term === 'priority' ? 'severity' : 'priority';
					await page.goto(severityGuidePath(tag, v.id));
					const title = text(tag, 'atlas.severity.title', term, { vendor: v.name });
					await expect(page.locator('h1')).toHaveText(title);
					await expect(page.locator('h1')).toHaveText(termPattern(tag, term));
					await expect(page.locator('h1')).not.toHaveText(termPattern(tag, other));
					expect(await page.title()).toContain(title);
					await expect(page.locator('meta[name="description"]')).toHaveAttribute(
						'content',
						// "How to choose" only where the guide has the impact × urgency picker.
						text(
							tag,
							v.severities!.matrix
								? 'atlas.severity.description'
								: 'atlas.severity.descriptionWithoutPicker',
							term,
							{ vendor: v.name }
						)
					);
					if (v.severities!.note)
						await expect(page.locator('h2#severity-note')).toHaveText(
							text(tag, 'atlas.severity.noteHeading', term)
						);
					// Each vendor's guide in the sidebar, in its own word, whichever page is open.
					const sidebar = page.locator('#starlight__sidebar');
					for (const each of [beacon, summit])
						await expect(
							sidebar.locator(`a[href="${severityGuidePath(tag, each.id)}"]`)
						).toHaveText(text(tag, 'atlas.nav.severity', vendorLevelTerm(each)));
				}
				// Beacon's guide (its UI strings and its catalogue texts) never says severity.
				await expect(page).toHaveURL(new RegExp(`${severityGuidePath(tag, beacon.id)}$`));
				expect(await page.locator('main').innerText()).not.toMatch(termPattern(tag, 'severity'));
			});
			await test.step('the plan and tier pages head the levels in the vendor’s word', async () => {
				for (const v of [beacon, summit]) {
					const term = vendorLevelTerm(v);
					await page.goto(vendorPlansPath(tag, v.id));
					await expect(page.locator('h2#severities')).toHaveText(
						text(tag, 'atlas.plans.severitiesHeading', term)
					);
					await expect(
						page.locator(`main .related a[href="${severityGuidePath(tag, v.id)}"]`)
					).toHaveText(text(tag, 'atlas.faq.severityLink', term, { vendor: v.name }));
					await page.goto(tierPath(tag, v.id, v.tiers[0]!.id));
					await expect(page.locator('h2#tier-targets-heading')).toHaveText(
						text(tag, 'atlas.plans.tierTargetsHeading', term)
					);
					await expect(page.locator('[data-tier-targets] thead th').first()).toHaveText(
						text(tag, 'atlas.plans.severityColumn', term)
					);
				}
			});
			await test.step('the calculator names the level in the word of the picked plan’s vendor', async () => {
				const ready = page.locator('[data-calculator][data-ready="true"]');
				await page.goto(
					calculatorPath(tag, {
						plan: planId(summit.id, summit.tiers[0]!.id),
						opened: '2026-11-27T10:00',
						tz: 'Asia/Taipei',
					})
				);
				await expect(ready).toBeVisible();
				await expect(levelLabel(page)).toHaveText(
					text(tag, 'atlas.calc.field.severity', 'severity')
				);
				await page.locator('#calc-plan').selectOption(planId(beacon.id, beacon.tiers[0]!.id));
				await expect(levelLabel(page)).toHaveText(
					text(tag, 'atlas.calc.field.severity', 'priority')
				);
				await expect(levelLabel(page)).toHaveText(termPattern(tag, 'priority'));
				await expect(page.locator('[data-level-text="helpChoose"]')).toHaveText(
					text(tag, 'atlas.calc.helpChoose', 'priority')
				);
				// The impact × urgency helper answers in the vendor's word too.
				await page.locator('[data-level-text="helpChoose"]').click();
				await page.locator('#calc-impact').selectOption({ index: 0 });
				await page.locator('#calc-urgency').selectOption({ index: 1 });
				await expect(page.locator('[data-derived]')).toContainText(
					text(tag, 'atlas.calc.derivedSeverity', 'priority', { severity: '' }).trim()
				);
				await page.locator('#calc-plan').selectOption(planId(summit.id, summit.tiers[0]!.id));
				await expect(levelLabel(page)).toHaveText(
					text(tag, 'atlas.calc.field.severity', 'severity')
				);
			});
			await test.step('the calculator’s first plan is labelled on the server as the island labels it', async () => {
				const first = catalogue.vendors[0]!;
				const expected = text(tag, 'atlas.calc.field.severity', vendorLevelTerm(first));
				// Without JavaScript: what the server rendered.
				const context = await browser.newContext({ javaScriptEnabled: false });
				const page = await context.newPage();
				await page.goto(calculatorPath(tag));
				await expect(page.locator('#calc-plan')).toHaveValue(planId(first.id, first.tiers[0]!.id));
				await expect(levelLabel(page)).toHaveText(expected);
				await context.close();
			});
		});
	});
}
