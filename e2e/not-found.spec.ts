/**
 * The 404 pages: an unknown path under a locale's prefix gets that locale's own 404 page (its chrome
 * and words in the locale); any other unknown path gets the root 404 page, in every locale, the
 * reader's first, with a working link to that locale's home page; without JavaScript every locale's
 * text is still there.
 */
import { expect, test } from '@playwright/test';
import { localeTags } from '#lib/locales.ts';
import { expectNoAxeViolations } from './axe.ts';
import { siteLocales, uiStrings } from './locales.ts';

for (const locale of siteLocales) {
	test.describe(`404 page (${locale.tag})`, () => {
		const strings = uiStrings(locale.tag);
		const missing = `${locale.home}no-such-plan/at-all/`;

		test('an unknown path answers 404 in the reader’s language first, with a link home', async ({
			page,
		}) => {
			const response = await page.goto(missing);
			expect(response?.status()).toBe(404);
			const first = page.locator('[data-not-found] > section').first();
			await expect(first).toHaveAttribute('lang', locale.tag);
			await expect(first.getByRole('heading', { level: 2 })).toHaveText(
				strings['atlas.notFound.heading']!
			);
			await expect(first).toContainText(strings['atlas.notFound.text']!);
			// The page is the locale's own: its chrome (the sidebar, the language) in the locale, and
			// the root page's other locales only where no locale claims the path.
			await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
			await expect(
				page.locator('nav[aria-label] a', { hasText: strings['atlas.nav.calculator']! }).first()
			).toBeAttached();
			await expect(page.locator('[data-not-found] > section')).toHaveCount(
				locale.slug ? 1 : localeTags.length
			);
			await expectNoAxeViolations(page, locale.tag);

			await first.getByRole('link', { name: strings['atlas.notFound.home']! }).click();
			await expect(page).toHaveURL(locale.home);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
		});
	});
}

test.describe('404 page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every locale in the site’s order, each with links into its own pages', async ({
		page,
	}) => {
		const response = await page.goto('/zla-strona/');
		expect(response?.status()).toBe(404);
		const sections = page.locator('[data-not-found] > section');
		await expect(sections).toHaveCount(localeTags.length);
		for (const [i, locale] of siteLocales.entries()) {
			const section = sections.nth(i);
			await expect(section).toHaveAttribute('lang', locale.tag);
			await expect(
				section.getByRole('link', { name: uiStrings(locale.tag)['atlas.notFound.home']! })
			).toHaveAttribute('href', locale.home);
		}
	});
});
