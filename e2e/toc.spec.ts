/**
 * The table of contents follows the section in view. Its tracking starts on the reader's first
 * scroll, or at once for a page opened at a section (src/integrations/upstream/starlight-toc.ts):
 * both must still mark the right section, in the phone's menu and in the sidebar's list.
 */
import { expect, test, type Page } from '@playwright/test';
import { generalFaqPath } from '#lib/routes.ts';
import { siteLocales } from './locales.ts';

/** The third section's heading id and its entry's text in the table of contents. */
async function thirdSection(page: Page, toc: string) {
	const link = page.locator(`${toc} a[href^="#"]`).nth(3);
	const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
	return { id, text: (await link.textContent())!.trim() };
}

for (const locale of siteLocales) {
	test(`the table of contents marks the section in view (${locale.tag})`, async ({ page }) => {
		test.slow();
		const path = generalFaqPath(locale.tag);
		const shown = page.locator('mobile-starlight-toc .display-current');
		await test.step('on a phone: the first section until the reader scrolls, then the one scrolled to', async () => {
			await page.setViewportSize({ width: 360, height: 740 });
			await page.goto(path);
			const first = (await page.locator('mobile-starlight-toc a').first().textContent())!.trim();
			await expect(shown).toHaveText(first);
			const { id, text } = await thirdSection(page, 'mobile-starlight-toc');
			await page.locator(`[id="${id}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
			await expect(shown).toHaveText(text);
		});
		await test.step('on a phone, opened at a section: that section', async () => {
			const { id, text } = await thirdSection(page, 'mobile-starlight-toc');
			await page.goto(`${path}#${encodeURIComponent(id)}`);
			await expect(shown).toHaveText(text);
		});
		await test.step('on a desktop: the sidebar list marks the section scrolled to', async () => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(path);
			const { id, text } = await thirdSection(page, 'starlight-toc');
			await page.locator(`[id="${id}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
			await expect(page.locator('starlight-toc a[aria-current="true"]')).toHaveText(text);
		});
	});
}
