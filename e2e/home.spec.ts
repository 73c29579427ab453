import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { catalogue } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';
import { localize } from '#lib/i18n/text.ts';

const strings = uiStrings;

/** Seed facts written out per locale, so a formatting or data slip fails the test. */
const quarryPremiumP1: Record<string, string> = {
	en: '30 minutes',
	'zh-CN': '30分钟',
	'zh-TW': '30 分鐘',
	ko: '30분',
	pl: '30 minut',
};
const summitProP1: Record<string, string> = {
	en: '45 minutes',
	'zh-CN': '45分钟',
	'zh-TW': '45 分鐘',
	ko: '45분',
	pl: '45 minut',
};
const beaconStandardP1: Record<string, string> = {
	en: '1 hour',
	'zh-CN': '1小时',
	'zh-TW': '1 小時',
	ko: '1시간',
	pl: '1 godzina',
};
const meridianPremiumInquiry: Record<string, string> = {
	en: '1 business day',
	'zh-CN': '1个工作日',
	'zh-TW': '1 個營業日',
	ko: '1영업일',
	pl: '1 dzień roboczy',
};

for (const locale of siteLocales) {
	test.describe(`home page (${locale.tag})`, () => {
		test('lists every vendor and tier with its P1 first-response target, in the page language, accessibly, and offers every other language', async ({
			page,
		}) => {
			await page.goto(locale.home);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
			await expect(page.locator('h1')).toHaveText(strings(locale.tag)['atlas.home.title']!);
			for (const vendor of catalogue.vendors) {
				const section = page.locator(`[data-vendor="${vendor.id}"]`);
				await expect(section).toContainText(localize(vendor.summary, locale.tag));
				for (const tier of vendor.tiers) {
					await expect(section.locator(`[data-tier="${tier.id}"]`)).toContainText(
						localize(tier.name, locale.tag)
					);
				}
			}
			const headline = (vendor: string, tier: string) =>
				page.locator(`[data-vendor="${vendor}"] [data-tier="${tier}"] [data-headline-target]`);
			await expect(headline('quarry', 'premium')).toHaveText(quarryPremiumP1[locale.tag]!);
			await expect(headline('summit', 'pro')).toHaveText(summitProP1[locale.tag]!);
			await expect(headline('beacon', 'standard')).toHaveText(beaconStandardP1[locale.tag]!);
			await expect(headline('meridian', 'cloud-premium')).toHaveText(
				meridianPremiumInquiry[locale.tag]!
			);
			await expectNoAxeViolations(page);
			// Last, as it leaves the page: the language picker offers every locale and switches to it.
			const picker = page.locator('starlight-lang-select select').first();
			const options = await picker.locator('option').allTextContents();
			expect(options.map((o) => o.trim())).toEqual(siteLocales.map((l) => l.label));
			const other = siteLocales.find((l) => l.tag !== locale.tag)!;
			await picker.selectOption({ label: other.label });
			await expect(page).toHaveURL(new RegExp(`${other.home}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', other.tag);
		});
	});
}
