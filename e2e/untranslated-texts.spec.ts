/**
 * A vendor written in English only (Lantern, tests/fixtures/e2e/lantern.yaml): in every other locale
 * its plan page shows its texts in English, each marked lang="en", and says so once, in the reader's
 * language; in English it shows them as any other text. Its tier page's heading, the tier's name,
 * is marked too, and so are its plan and coverage in the calculator, which names it on a page about
every vendor. A vendor written in every locale gives no notice.
 */
import { expect, test } from '@playwright/test';
import { localizedTexts } from '#lib/catalogue/texts.ts';
import { interpolate } from '#lib/i18n/interpolate.ts';
import { expectNoAxeViolations } from './axe.ts';
import { vendor } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';

const lantern = vendor('lantern');
/** Every text of the vendor, as written (in English). */
const englishTexts = [...new Set(localizedTexts(lantern).map(({ text }) => text.en))];

for (const locale of siteLocales) {
	const prefix = locale.home.replace(/\/$/, '');
	const notice = interpolate(uiStrings(locale.tag)['atlas.fallback.vendorNotice']!, {
		vendor: lantern.name,
	});

	test.describe(`texts not yet translated (${locale.tag})`, () => {
		test('a vendor written in English only: its texts marked as English, and one notice in the page language', async ({
			page,
		}) => {
			test.slow();
			await page.goto(`${prefix}/plans/lantern/`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
			const main = page.locator('main');
			// Where each of the vendor's texts stands: the language of its closest element that says one.
			const found = await main.evaluate((root, texts) => {
				const languages: Record<string, string[]> = {};
				const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const words = (node.textContent ?? '').toLowerCase();
					const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
					// Lower case: a name inside a list loses its capital ("Email and in-app chat").
					for (const text of texts.filter((t) => words.includes(t.toLowerCase())))
						(languages[text] ??= []).push(lang);
				}
				return languages;
			}, englishTexts);
			// The page shows every text the vendor has, in English whatever the page language.
			expect(Object.keys(found).sort()).toEqual([...englishTexts].sort());
			if (locale.tag === 'en') {
				await expect(main.locator('[data-fallback-notice]')).toHaveCount(0);
				// In English they are the page's own language: nothing marks them.
				await expect(main.locator('span[lang]')).toHaveCount(0);
				return;
			}
			for (const [text, langs] of Object.entries(found))
				expect(new Set(langs), `"${text}" is marked as English`).toEqual(new Set(['en']));
			const shown = main.locator('[data-fallback-notice]');
			await expect(shown).toHaveCount(1);
			await expect(shown).toHaveText(notice);
			// In the reader's language: the notice itself is not marked as another.
			expect(await shown.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe(
				locale.tag
			);
			// Near the top: before the vendor's summary and the plans.
			const box = await shown.boundingBox();
			const summary = await main.locator('p:has(> span[lang="en"])').first().boundingBox();
			expect(box!.y).toBeLessThan(summary!.y);
			await expectNoAxeViolations(page);
		});

		test('its tier page marks the title’s heading too, whose words are the tier’s and the vendor’s names', async ({
			page,
		}) => {
			await page.goto(`${prefix}/plans/lantern/team/`);
			const heading = page.locator('h1#_top');
			await expect(heading).toContainText(lantern.tiers[0]!.name.en);
			if (locale.tag === 'en') {
				await expect(heading).not.toHaveAttribute('lang');
				await expect(page.locator('main [data-fallback-notice]')).toHaveCount(0);
			} else {
				await expect(heading).toHaveAttribute('lang', 'en');
				await expect(page.locator('main [data-fallback-notice]')).toHaveText(notice);
			}
		});

		test('the calculator offers its plan and words its result with the English marked as such', async ({
			page,
		}) => {
			await page.goto(
				`${prefix}/calculator/?plan=lantern/team&opened=2026-11-27T16:30&tz=Europe/Warsaw`
			);
			await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
			const option = page.locator('#calc-plan option[value="lantern/team"]');
			const coverage = page.locator('.deadline .promise').first();
			await expect(coverage).toContainText(lantern.calendars[0]!.name.en);
			if (locale.tag === 'en') {
				await expect(option).not.toHaveAttribute('lang');
				await expect(coverage.locator('[lang]')).toHaveCount(0);
				await expect(page.locator('main [data-fallback-notice]')).toHaveCount(0);
				return;
			}
			await expect(option).toHaveAttribute('lang', 'en');
			await expect(coverage.locator('span[lang="en"]')).toHaveText(lantern.calendars[0]!.name.en);
			await expect(page.locator('main [data-fallback-notice]')).toHaveText(
				uiStrings(locale.tag)['atlas.fallback.pageNotice']!
			);
		});

		test('a vendor written in every locale gives no notice', async ({ page }) => {
			await page.goto(`${prefix}/plans/summit/`);
			await expect(page.locator('main [data-fallback-notice]')).toHaveCount(0);
			await expect(page.locator('main span[lang]')).toHaveCount(0);
			await page.goto(`${prefix}/plans/summit/pro/`);
			await expect(page.locator('h1#_top')).not.toHaveAttribute('lang');
		});
	});
}
