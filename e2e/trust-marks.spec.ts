/**
 * What a reader sees of the terms' provenance without looking for it, in every locale: under the
 * title of every page with figures, when the terms were last checked (with a link to the sources);
 * assumption markers named by what they assume, which open over the page without pushing a phone
 * card down, and close with Escape.
 */
import { expect, test } from '@playwright/test';
import {
	calculatorPath,
	comparePath,
	generalFaqPath,
	homePath,
	severityGuidePath,
	tierPath,
	vendorFaqPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { localize } from '#lib/i18n/text.ts';
import { vendor } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';

const phone = { width: 360, height: 780 };

for (const locale of siteLocales) {
	const tag = locale.tag;
	const ui = uiStrings(tag);
	test.describe(`trust marks (${tag})`, () => {
		test('every page with figures says under its title when the terms were checked', async ({
			page,
		}) => {
			test.setTimeout(120_000);
			const several = [homePath(tag), comparePath(tag), calculatorPath(tag), generalFaqPath(tag)];
			const one = [
				vendorPlansPath(tag, 'quarry'),
				tierPath(tag, 'quarry', 'standard'),
				severityGuidePath(tag, 'beacon'),
				vendorFaqPath(tag, 'beacon'),
			];
			for (const path of [...several, ...one]) {
				await page.goto(path);
				// Right under the title, before the page's own text.
				const dates = page.locator('h1#_top ~ [data-terms-dates]');
				await expect(dates, path).toHaveCount(1);
				await expect(dates, path).toBeVisible();
				await expect(dates.locator('time').first(), path).toHaveAttribute(
					'datetime',
					/^\d{4}-\d{2}-\d{2}$/
				);
				if (several.includes(path)) {
					await expect(dates, path).toHaveAttribute('data-terms-dates', 'catalogue');
					// Each vendor's sources, on its plans page.
					await expect(dates.locator('[data-terms-source="quarry"]'), path).toHaveAttribute(
						'href',
						`${vendorPlansPath(tag, 'quarry')}#sources`
					);
				} else
					await expect(dates.locator('[data-terms-sources]'), path).toHaveText(
						ui['atlas.plans.sourcesHeading']!
					);
			}
		});

		test('a marker names what is assumed and opens over a phone card, not inside it', async ({
			page,
		}) => {
			await page.setViewportSize(phone);
			await page.goto(vendorPlansPath(tag, 'quarry'));
			const quarry = vendor('quarry');
			const assumption = quarry.assumptions.find((a) => a.id === 'business-hours')!;
			const card = page.locator('li[data-tier-overview="standard"]');
			const marker = card.locator('[data-assumption-marker="business-hours"]').first();
			await marker.scrollIntoViewIfNeeded();
			await expect(marker.locator('summary')).toHaveText(
				ui['atlas.assumption.marker']!.replace('{{label}}', localize(assumption.label!, tag))
			);
			// The number stays in the markup, for print and for the list it refers to.
			await expect(marker).toHaveAttribute(
				'data-assumption-number',
				String(quarry.assumptions.indexOf(assumption) + 1)
			);
			const before = (await card.boundingBox())!;
			await marker.locator('summary').click();
			const text = marker.locator('.assumption-text');
			await expect(text).toBeVisible();
			await expect(text).toContainText(localize(assumption.text, tag));
			expect((await card.boundingBox())!.height).toBe(before.height);
			const box = (await text.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
			// One open at a time; Escape closes it and gives the focus back to its marker.
			const other = card.locator('[data-assumption-marker]').nth(1);
			if (await other.count()) {
				await other.locator('summary').click();
				await expect(marker).not.toHaveAttribute('open', '');
				await other.locator('summary').click();
				await marker.locator('summary').click();
			}
			await page.keyboard.press('Escape');
			await expect(text).toBeHidden();
			await expect(marker.locator('summary')).toBeFocused();
		});
	});
}
