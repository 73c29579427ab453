/**
 * On the built site, in every locale: values that rest on an assumption carry a marker that opens
 * the assumption's text in place, and pages name their sources with the date they were checked.
 */
import { expect, test, type Locator } from '@playwright/test';
import { inSentence } from '#lib/i18n/format.ts';
import {
	calculatorPath,
	comparePath,
	coverageRowAnchor,
	generalFaqPath,
	homePath,
	severityGuidePath,
	targetRowAnchor,
	tierAnchor,
	tierPath,
	vendorFaqPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { vendor } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';
import { localize } from '#lib/i18n/text.ts';

const assumption = (vendorId: string, id: string) =>
	vendor(vendorId).assumptions.find((a) => a.id === id)!;

/** Opens the marker for an assumption inside `scope` and checks it shows the text in place. */
async function expectMarker(scope: Locator, text: string, id: string) {
	const marker = scope.locator(`[data-assumption-marker="${id}"]`).first();
	await expect(marker).toBeVisible();
	await marker.locator('summary').click();
	await expect(marker.locator('.assumption-text')).toBeVisible();
	await expect(marker.locator('.assumption-text')).toContainText(text);
}

for (const locale of siteLocales) {
	const tag = locale.tag;
	test.describe(`provenance (${tag})`, () => {
		test('every page type marks what rests on an assumption in place and names its sources with their dates', async ({
			page,
		}) => {
			test.slow();
			await test.step('the home page marks Quarry’s undefined business hours and our reading of the clock', async () => {
				const ui = uiStrings(tag);
				await page.goto(homePath(tag));
				const standard = page.locator(`#${tierAnchor('quarry', 'standard')}`);
				await expectMarker(
					standard,
					localize(assumption('quarry', 'business-hours').text, tag),
					'business-hours'
				);
				await expectMarker(
					standard,
					localize(assumption('quarry', 'counting-clock').text, tag),
					'counting-clock'
				);
				// Extended is round the clock for P1 only, and the card says so.
				await expect(
					page.locator(`#${tierAnchor('quarry', 'extended')} [data-coverage]`)
				).toContainText(
					// Inside the card's one sentence the name loses its capital.
					inSentence(
						localize(vendor('quarry').calendars.find((c) => c.id === 'business-hours')!.name, tag),
						tag
					)
				);
				// The intro no longer claims every figure is the vendor's.
				await expect(page.locator('main')).not.toContainText(
					'Every figure below comes from the vendor'
				);
				expect(ui['atlas.home.intro']).toBeTruthy();
			});
			await test.step('plan and tier pages list sources with their checked dates and mark values in place', async () => {
				await page.goto(vendorPlansPath(tag, 'quarry'));
				const sources = page.locator('[data-section="sources"] [data-source]');
				await expect(sources).toHaveCount(vendor('quarry').sources.length);
				for (const source of vendor('quarry').sources) {
					const item = page.locator(`[data-source="${source.id}"]`);
					await expect(item).toContainText(source.title);
					await expect(item.locator('[data-source-checked]')).toHaveAttribute(
						'datetime',
						source.retrieved
					);
					if (source.url) await expect(item.locator('a')).toHaveAttribute('href', source.url);
				}
				const p2Update = page.locator(
					`#${targetRowAnchor('update', 'P2')} td[data-tier="standard"]`
				);
				await expectMarker(
					p2Update,
					localize(assumption('quarry', 'counting-clock').text, tag),
					'counting-clock'
				);
				for (const [level, id] of [
					['P1', 'p1-definition'],
					['P2', 'p2-definition'],
				] as const)
					await expectMarker(
						page.locator(`[data-severity-definition="${level}"]`),
						localize(assumption('quarry', id).text, tag),
						id
					);

				await page.goto(tierPath(tag, 'quarry', 'standard'));
				await expect(page.locator('[data-section="sources"] [data-source]')).toHaveCount(2);
				await expectMarker(
					page.locator(`#tier-${coverageRowAnchor('P2')}`),
					localize(assumption('quarry', 'counting-clock').text, tag),
					'counting-clock'
				);
			});
			await test.step('the comparison marks assumptions and shows update and resolution targets', async () => {
				await page.goto(comparePath(tag));
				const row = page.locator(`#${tierAnchor('quarry', 'standard')}`);
				// In its level's cell, or once beside the plan where every level shares it.
				await expectMarker(
					row,
					localize(assumption('quarry', 'business-hours').text, tag),
					'business-hours'
				);
				await expect(row.locator('[data-other] .other')).toHaveCount(2);
				const summit = page.locator(`#${tierAnchor('summit', 'pro')}`);
				await expect(summit.locator('[data-other] .other')).toHaveCount(4);
				await expectMarker(
					summit.locator('[data-other]'),
					localize(assumption('summit', 'business-days-on-24x7').text, tag),
					'business-days-on-24x7'
				);
			});
			await test.step('severity guides and FAQ pages mark our paraphrases and explanations', async () => {
				await page.goto(severityGuidePath(tag, 'quarry'));
				await expectMarker(
					page.locator('[data-severity-definition="P1"]'),
					localize(assumption('quarry', 'p1-definition').text, tag),
					'p1-definition'
				);
				await expectMarker(
					page.locator('section[data-level="P2"] tr[data-tier="standard"]'),
					localize(assumption('quarry', 'business-hours').text, tag),
					'business-hours'
				);

				await page.goto(vendorFaqPath(tag, 'beacon'));
				for (const entry of vendor('beacon').faq)
					await expectMarker(
						page.locator(`[data-faq="${entry.id}"]`),
						localize(assumption('beacon', 'faq-answers').text, tag),
						'faq-answers'
					);
				await expect(page.locator('[data-section="sources"] [data-source]')).toHaveCount(1);

				await page.goto(generalFaqPath(tag));
				await expectMarker(
					page.locator('[data-example="outside-coverage"]'),
					localize(assumption('beacon', 'business-hours').text, tag),
					'business-hours'
				);
			});
			await test.step('the calculator names its terms, the source of each deadline and how its clock is known', async () => {
				await page.goto(
					calculatorPath(tag, {
						plan: 'quarry/standard',
						severity: 'P2',
						opened: '2026-11-27T10:00',
						tz: 'Europe/Warsaw',
					})
				);
				const results = page.locator('[data-results]');
				await expect(results).toBeVisible();
				await expect(results.locator('[data-terms]')).toContainText(
					vendor('quarry').sources[0]!.title
				);
				const update = results.locator('article[data-kind="update"]');
				await expect(update.locator('[data-source-line]')).toContainText(
					vendor('quarry').sources[0]!.title
				);
				// How the clock is known is said once per result: on the first card, not again on the update
				// card counted on the same clock.
				await expect(
					results.locator('article[data-kind="first-response"] [data-clock="assumption"]')
				).toBeVisible();
				await expect(update.locator('[data-clock]')).toHaveCount(0);
				await expectMarker(
					update.locator('[data-target-assumptions]'),
					localize(assumption('quarry', 'counting-clock').text, tag),
					'counting-clock'
				);
				await update.locator('details:not(.assumption-marker) > summary').first().click();
				await expect(update.locator('[data-trace-assumptions]')).toBeVisible();
			});
		});
	});
}
