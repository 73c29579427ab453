/**
 * The calculator asks for what selects a target, on Keystone (tests/fixtures/e2e/keystone.yaml): the
 * fields the chosen plan needs appear (an attribute without a default, one with, add-ons, a request
 * type, when the vendor set the priority), their values travel in the URL, a missing one is asked for
 * in the page language at its field, and the result names the rule that applied.
 */
import { interpolate } from '#lib/i18n/interpolate.ts';
import { expect, test, type Page } from '@playwright/test';
import { formatChoices } from '#lib/i18n/format.ts';
import { localize } from '#lib/i18n/text.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { calculatorPath } from '#lib/routes.ts';
import { expectNoAxeViolations } from './axe.ts';
import { vendor } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';

const keystone = vendor('keystone');
/** Friday 4 December 2026, 16:30 in Warsaw (UTC+1): half an hour before business hours end. */
const friday = { opened: '2026-12-04T16:30', tz: 'Europe/Warsaw' };
const due = (page: Page) => page.locator('time[data-target]');

/** Opens the calculator and waits until the island has answered. */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
}

/** A UI string with its variables filled in. */
const text = (tag: LocaleTag, key: string, vars: Record<string, string> = {}) =>
	interpolate(uiStrings(tag)[key]!, vars);

for (const locale of siteLocales) {
	const tag = locale.tag;
	const attribute = (id: string) => keystone.attributes!.find((a) => a.id === id)!;
	const valueName = (id: string, value: string) =>
		localize(attribute(id).values.find((v) => v.id === value)!.name, tag);

	test.describe(`calculator: what selects a target (${tag})`, () => {
		test('Keystone Premium P2 asks for the hours chosen at submission, and the answer follows them', async ({
			page,
		}) => {
			test.slow();
			const hours = page.locator('#calc-attr-hours');
			await test.step('the attribute the answer depends on is asked for, in the page language, at its field', async () => {
				await open(
					page,
					calculatorPath(tag, { plan: 'keystone/premium', severity: 'P2', ...friday })
				);
				await expect(page.locator('html')).toHaveAttribute('lang', tag);
				await expect(hours).toBeVisible();
				await expect(page.locator('label[for="calc-attr-hours"]')).toHaveText(
					localize(attribute('hours').name, tag)
				);
				const message = text(tag, 'atlas.calc.error.missing-attribute', {
					attribute: localize(attribute('hours').name, tag),
					choices: formatChoices(
						attribute('hours').values.map((v) => localize(v.name, tag)),
						tag
					),
				});
				await expect(page.locator('[data-field-error="attr-hours"]')).toHaveText(message);
				await expect(page.locator('[data-error]')).toHaveText(message);
				await expect(hours).toHaveAttribute('aria-invalid', 'true');
				await expect(page.locator('[data-results]')).toBeHidden();
				// The language has a default: preselected, and said to be assumed.
				await expect(page.locator('#calc-attr-language option:checked')).toHaveText(
					text(tag, 'atlas.calc.field.attributeAssumed', { value: valueName('language', 'en') })
				);
				// The deployment decides nothing for Premium P2: not asked.
				await expect(page.locator('#calc-attr-deployment')).toBeHidden();
				// The clock starts when the vendor sets the priority: the form asks when (optional).
				await expect(page.locator('#calc-started')).toBeVisible();
				await expect(page.locator('label[for="calc-started"]')).toHaveText(
					text(tag, 'atlas.calc.field.started.priority')
				);
				await expectNoAxeViolations(page);
			});
			await test.step('business hours or round the clock: the deadline changes, and the URL with it', async () => {
				await hours.selectOption('business');
				// Half an hour on Friday, three and a half from Monday 09:00.
				await expect(due(page)).toHaveAttribute('datetime', '2026-12-07T11:30:00Z');
				await expect(page).toHaveURL(/[?&]attr-hours=business(&|$)/);
				await expect(page.locator('[data-field-error="attr-hours"]')).toBeHidden();
				await expect(page.locator('[data-results]')).toContainText(
					text(tag, 'atlas.calc.trace.startAssignedUnknown')
				);
				await hours.selectOption('round-the-clock');
				// Four hours of elapsed time.
				await expect(due(page)).toHaveAttribute('datetime', '2026-12-04T19:30:00Z');
				await expect(page).toHaveURL(/[?&]attr-hours=round-the-clock(&|$)/);
				// The result says which rule applied: the choice made at submission.
				await expect(page.locator('.deadline [data-selected-by]')).toContainText(
					valueName('hours', 'round-the-clock')
				);
				expect(await page.locator('main').innerText()).not.toMatch(/atlas\.[a-z]/);
				await expectNoAxeViolations(page);
			});
			await test.step('a URL with the new parameters restores the form and its answer', async () => {
				await open(
					page,
					calculatorPath(tag, {
						plan: 'keystone/premium',
						severity: 'P2',
						attributes: { hours: 'business', language: 'ja' },
						...friday,
						started: '2026-12-07T10:00',
					})
				);
				await expect(hours).toHaveValue('business');
				await expect(page.locator('#calc-attr-language')).toHaveValue('ja');
				await expect(page.locator('#calc-started')).toHaveValue('2026-12-07T10:00');
				// Japanese tickets count on Tokyo's hours (09:00–17:00, UTC+9) from Monday 10:00 in Warsaw
				// (18:00 in Tokyo): four hours from Tuesday 09:00 in Tokyo.
				await expect(due(page)).toHaveAttribute('datetime', '2026-12-08T04:00:00Z');
				await open(
					page,
					calculatorPath(tag, {
						plan: 'keystone/basic',
						addOns: ['guard'],
						severity: 'P1',
						...friday,
					})
				);
				await expect(page.locator('#calc-addon-guard')).toBeChecked();
				await expect(page.locator('#calc-severity')).toHaveValue('P1');
				// Guard lifts Basic to Premium: under 30 minutes round the clock, from the add-on.
				await expect(due(page)).toHaveAttribute('datetime', '2026-12-04T16:00:00Z');
				await expect(page.locator('.deadline [data-origin]')).toHaveText(
					text(tag, 'atlas.calc.origin.addOn', { addOn: localize(keystone.addOns![1]!.name, tag) })
				);
			});
		});
	});
}

test.describe('calculator: request types, add-ons and levels without a target', () => {
	test('a licensing question has no priority, a level without a target says so, add-ons change the levels @locale-independent', async ({
		page,
	}) => {
		test.slow();
		const tag = 'en';
		await test.step('a request type hides the level and has a reply time of its own', async () => {
			await open(
				page,
				calculatorPath(tag, { plan: 'keystone/enterprise', severity: 'P2', ...friday })
			);
			await expect(page.locator('#calc-type')).toBeVisible();
			await expect(page.locator('#calc-type-hint')).toHaveText(
				text(tag, 'atlas.calc.field.typeHint.priority')
			);
			await page.locator('#calc-type').selectOption('licensing');
			await expect(page.locator('#calc-severity')).toBeHidden();
			await expect(page).toHaveURL(/[?&]type=licensing(&|$)/);
			await expect(page).not.toHaveURL(/severity=/);
			// Eight business hours from opening: Monday 16:30.
			await expect(due(page)).toHaveAttribute('datetime', '2026-12-07T15:30:00Z');
			await expect(page.locator('#calc-started')).toBeHidden();
		});
		await test.step('a level the plan offers without a target is answered so', async () => {
			await page.locator('#calc-type').selectOption('');
			await page.locator('#calc-severity').selectOption('P4');
			await expect(page.locator('[data-results-list]')).toContainText(
				text(tag, 'atlas.calc.noPublishedTarget')
			);
			await expect(page.locator('[data-error]')).toBeHidden();
		});
		await test.step('Basic offers no level until the Guard add-on lifts it', async () => {
			await page.locator('#calc-plan').selectOption('keystone/basic');
			await expect(page.locator('#calc-severity')).toBeDisabled();
			await page.locator('#calc-addon-guard').check();
			await expect(page.locator('#calc-severity')).toBeEnabled();
			await expect(page).toHaveURL(/[?&]addons=guard(&|$)/);
			await expect(due(page)).toHaveAttribute('datetime', '2026-12-04T16:00:00Z');
			// The customer's part for P1, with the level the ticket is handled at otherwise.
			await expect(page.locator('[data-results-list] .duty')).toHaveText(
				text(tag, 'atlas.calc.dutyWithDowngrade', {
					text: localize(keystone.duties![0]!.text, tag),
					level: 'P2',
				})
			);
		});
		await test.step('a time the vendor set the priority before opening is refused at its field', async () => {
			await open(
				page,
				calculatorPath(tag, {
					plan: 'keystone/premium',
					severity: 'P2',
					attributes: { hours: 'business' },
					...friday,
					started: '2026-12-04T16:00',
				})
			);
			await expect(page.locator('[data-field-error="started"]')).toHaveText(
				text(tag, 'atlas.calc.error.started-before-opening', { value: '2026-12-04T16:00' })
			);
			await expect(page.locator('#calc-started')).toHaveAttribute('aria-invalid', 'true');
		});
	});
});
