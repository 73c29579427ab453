/** The accessibility check itself: on a page made inaccessible on purpose, it reports what is wrong. */
import { expect, test } from '@playwright/test';
import { homePath } from '#lib/routes.ts';
import { defaultLocale } from '#lib/locales.ts';
import { axeViolations } from './axe.ts';

test('the accessibility check reports an image without text, a nameless button and faint text', async ({
	page,
}) => {
	await page.goto(homePath(defaultLocale));
	expect(await axeViolations(page)).toEqual([]);
	await page.locator('main').evaluate((main) => {
		main.insertAdjacentHTML(
			'beforeend',
			'<img src="/favicon.svg" id="no-alt"><button id="no-name"></button><p id="faint" style="color:#eee;background:#fff">faint</p>'
		);
	});
	const found = (await axeViolations(page)).join('\n');
	expect(found).toMatch(/^image-alt: .*#no-alt/m);
	expect(found).toMatch(/^button-name: .*#no-name/m);
	expect(found).toMatch(/^color-contrast: .*#faint/m);
});
