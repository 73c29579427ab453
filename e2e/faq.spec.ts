import 'temporal-polyfill/global';
import { expect, test } from '@playwright/test';
import { faqEntryAnchor, generalFaqPath, vendorFaqPath } from '#lib/routes.ts';
import {
	runWorkedExample,
	workedExamples,
	type WorkedExampleId,
} from '#lib/views/parts/faq-examples.ts';
import { expectNoAxeViolations } from './axe.ts';
import { catalogue } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';
import { localize } from '#lib/i18n/text.ts';

const strings = uiStrings;
const withFaq = catalogue.vendors.filter((v) => v.faq.length > 0);
const exampleIds = Object.keys(workedExamples) as WorkedExampleId[];

for (const locale of siteLocales) {
	test.describe(`FAQ pages (${locale.tag})`, () => {
		test('every vendor’s questions and answers and the general FAQ’s worked examples, in the page language, accessibly', async ({
			page,
		}) => {
			test.slow();
			await test.step('show every question and answer of every vendor, each with a stable anchor, with FAQPage structured data, accessibly', async () => {
				for (const vendor of withFaq) {
					await page.goto(vendorFaqPath(locale.tag, vendor.id));
					await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
					await expect(page.locator('h1')).toHaveText(
						strings(locale.tag)['atlas.faq.title']!.replace('{{vendor}}', vendor.name)
					);
					for (const entry of vendor.faq) {
						const section = page.locator(`[data-faq="${entry.id}"]`);
						await expect(section.locator(`h2#${faqEntryAnchor(entry.id)}`)).toContainText(
							localize(entry.question, locale.tag)
						);
						await expect(section).toContainText(localize(entry.answer, locale.tag));
					}
					const json = await page.locator('script[type="application/ld+json"]').textContent();
					const data = JSON.parse(json!) as {
						'@type': string;
						inLanguage: string;
						mainEntity: { '@type': string; name: string; acceptedAnswer: { text: string } }[];
					};
					expect(data['@type']).toBe('FAQPage');
					expect(data.inLanguage).toBe(locale.tag);
					expect(data.mainEntity.map((q) => q.name)).toEqual(
						vendor.faq.map((e) => localize(e.question, locale.tag))
					);
					expect(data.mainEntity.map((q) => q.acceptedAnswer.text)).toEqual(
						vendor.faq.map((e) => localize(e.answer, locale.tag))
					);
					if (vendor === withFaq[0]) await expectNoAxeViolations(page);
				}
			});
			await test.step('general FAQ shows worked examples whose deadlines are the engine’s, accessibly', async () => {
				await page.goto(generalFaqPath(locale.tag));
				await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
				await expect(page.locator('h1')).toHaveText(strings(locale.tag)['atlas.nav.generalFaq']!);
				for (const id of exampleIds) {
					const figure = page.locator(`figure[data-example="${id}"]`);
					// The fixture catalogue has a plan for every rule (tests/e2e-fixture.test.ts); another may leave some out.
					const run = runWorkedExample(catalogue, id);
					if (!run) {
						await expect(figure).toHaveCount(0);
						continue;
					}
					await expect(figure).toContainText(localize(run.tier.name, locale.tag));
					const due = figure.locator('[data-due]');
					await expect(due).toHaveCount(run.deadlines.length);
					for (const [i, deadline] of run.deadlines.entries()) {
						await expect(due.nth(i)).toHaveAttribute(
							'datetime',
							deadline.due.toInstant().toString()
						);
						// Written for the reader in the page language, not as an ISO timestamp.
						await expect(due.nth(i)).not.toHaveText(/T\d\d:/);
					}
				}
				await expectNoAxeViolations(page);
			});
		});

		test('open at the question a shared link points to @locale-independent', async ({ page }) => {
			const vendor = withFaq[0]!;
			const entry = vendor.faq.at(-1)!;
			await page.goto(`${vendorFaqPath(locale.tag, vendor.id)}#${faqEntryAnchor(entry.id)}`);
			await expect(page.locator(`#${faqEntryAnchor(entry.id)}`)).toBeInViewport();
			await expect(page.locator(`[data-faq="${entry.id}"] a.self-link`)).toHaveAttribute(
				'href',
				`${vendorFaqPath(locale.tag, vendor.id)}#${faqEntryAnchor(entry.id)}`
			);
		});
	});
}
