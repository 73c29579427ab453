import { expect, test } from '@playwright/test';
import { interpolate } from '#lib/i18n/interpolate.ts';
import { calculatorPath, finderPath, tierPath } from '#lib/routes.ts';
import { expectNoAxeViolations } from './axe.ts';
import { catalogue } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';

/**
 * Seed facts of the fixture catalogue (tests/fixtures/e2e/): the tiers whose P1 first response is
 * within an hour, counted round the clock, with phone among their channels; and the tiers that miss
 * exactly one of those needs, with the need they miss and how.
 */
const matches = ['beacon/premium', 'quarry/premium'];
const nearMisses: [plan: string, need: string, how: 'missed' | 'unknown'][] = [
	['beacon/standard', 'round', 'missed'], // P1 in 1 business hour
	['summit/pro', 'channel', 'missed'], // help button and email, no phone
	['keystone/premium', 'channel', 'unknown'], // no channels row
	['ledger/premium', 'channel', 'unknown'],
];
const query = 'critical=60&24x7=1&channel=phone';
const tierCount = catalogue.vendors.reduce((n, v) => n + v.tiers.length, 0);

for (const locale of siteLocales) {
	const ui = uiStrings(locale.tag);

	test.describe(`plan finder (${locale.tag})`, () => {
		test('“P1 within an hour, round the clock, by phone” lists exactly the tiers that state all three, then the near misses with the need they miss, accessibly', async ({
			page,
		}) => {
			await page.goto(finderPath(locale.tag, query));
			await expect(page.locator('h1')).toHaveText(ui['atlas.finder.title']!);
			await expect(page.locator('select[name="critical"]')).toHaveValue('60');
			await expect(page.locator('input[name="24x7"]')).toBeChecked();
			await expect(page.locator('select[name="channel"]')).toHaveValue('phone');
			const found = page.locator('[data-matches] > li');
			await expect(found).toHaveCount(matches.length);
			expect(await found.evaluateAll((items) => items.map((i) => i.dataset.plan))).toEqual(matches);
			for (const plan of matches) {
				const [vendor, tier] = plan.split('/') as [string, string];
				const card = page.locator(`[data-matches] > li[data-plan="${plan}"]`);
				await expect(card.locator('a').first()).toHaveAttribute(
					'href',
					tierPath(locale.tag, vendor, tier)
				);
				await expect(card.locator('a').last()).toHaveAttribute(
					'href',
					calculatorPath(locale.tag, { plan, severity: 'P1' })
				);
				// The facts that matched, and only those asked for.
				await expect(card.locator('li[data-need]:visible')).toHaveCount(3);
				await expect(card.locator('li[data-need="round"]')).toContainText(ui['atlas.finder.yes']!);
			}
			const near = page.locator('[data-near] > li');
			await expect(near).toHaveCount(nearMisses.length);
			for (const [plan, need, how] of nearMisses)
				await expect(
					near.locator(`xpath=self::*[@data-plan="${plan}"]`).locator('[data-miss]')
				).toHaveText(
					interpolate(ui[`atlas.finder.${how}`]!, {
						// A channel missed is named as the channel asked for.
						need: ui[
							need === 'channel' ? 'atlas.finder.channel.phone' : `atlas.finder.need.${need}`
						]!,
					})
				);
			await expectNoAxeViolations(page);
		});

		test('without JavaScript the page shows every plan against every need @locale-independent', async ({
			browser,
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(finderPath(locale.tag, query));
			await expect(page.locator('[data-finder-matrix] tbody tr')).toHaveCount(tierCount);
			await expect(page.locator('[data-finder-matrix] tbody tr').first().locator('td')).toHaveCount(
				8
			);
			await expect(page.locator('[data-finder-answer]')).toBeHidden();
			await context.close();
		});

		test('a choice goes to the URL and the answer follows it; a duration missed says by how much @locale-independent', async ({
			page,
		}) => {
			await page.goto(finderPath(locale.tag));
			await expect(page.locator('[data-finder-answer]')).toBeHidden();
			await page.locator('select[name="critical"]').selectOption('15');
			await expect(page).toHaveURL(/\?critical=15$/);
			// Only Beacon Premium answers P1 within 15 minutes; Quarry Premium's 30 minutes miss by 15.
			await expect(page.locator('[data-matches] > li')).toHaveCount(1);
			await expect(page.locator('[data-matches] > li')).toHaveAttribute(
				'data-plan',
				'beacon/premium'
			);
			await expect(
				page.locator('[data-near] > li[data-plan="quarry/premium"] [data-miss]')
			).toContainText(ui['atlas.finder.need.severe']!);
		});
	});
}
