import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { catalogue } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';
import { localize } from '#lib/i18n/text.ts';

const strings = uiStrings;

/** Seed facts written out per locale. */
const quarryPremiumP1: Record<string, string> = {
	en: '30 minutes',
	'zh-CN': '30分钟',
	'zh-TW': '30 分鐘',
	ko: '30분',
	pl: '30 minut',
};
const beaconPremiumP1: Record<string, string> = {
	en: '15 minutes',
	'zh-CN': '15分钟',
	'zh-TW': '15 分鐘',
	ko: '15분',
	pl: '15 minut',
};
const beaconStandardP1: Record<string, string> = {
	en: '1 hour',
	'zh-CN': '1小时',
	'zh-TW': '1 小時',
	ko: '1시간',
	pl: '1 godzina',
};

for (const locale of siteLocales) {
	const url = `${locale.home}compare/`;
	const ui = strings(locale.tag);

	test.describe(`cross-vendor comparison (${locale.tag})`, () => {
		test('lists every tier of every vendor with its first-response target by level and coverage, with sharing metadata in the page language, accessibly', async ({
			page,
		}) => {
			await page.goto(url);
			await expect(page.locator('h1')).toHaveText(ui['atlas.compare.title']!);
			const rows = page.locator('[data-compare-table] tbody tr');
			await expect(rows).toHaveCount(catalogue.vendors.reduce((n, v) => n + v.tiers.length, 0));
			for (const vendor of catalogue.vendors) {
				for (const tier of vendor.tiers)
					await expect(page.locator(`#tier-${vendor.id}-${tier.id}`)).toContainText(
						localize(tier.name, locale.tag)
					);
			}
			const level1 = (vendor: string, tier: string) =>
				page.locator(`#tier-${vendor}-${tier} td[data-level="1"]`);
			await expect(level1('quarry', 'premium').locator('[data-value]')).toHaveText(
				quarryPremiumP1[locale.tag]!
			);
			await expect(level1('quarry', 'premium').locator('[data-coverage]')).toHaveText(
				ui['atlas.compare.coverage.always']!
			);
			await expect(level1('quarry', 'standard').locator('[data-coverage]')).toHaveText(
				ui['atlas.compare.coverage.weekly']!
			);
			await expect(level1('beacon', 'standard').locator('[data-value]')).toHaveText(
				beaconStandardP1[locale.tag]!
			);
			await expect(level1('beacon', 'standard')).toContainText('P1');
			// Meridian publishes no targets by level, only a reply to an inquiry.
			await expect(page.locator('#tier-meridian-cloud-premium [data-other]')).toContainText(
				ui['atlas.target.kind.inquiry-response']!
			);
			await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
				'content',
				ui['atlas.compare.title']!
			);
			await expect(page.locator('meta[name="twitter:description"]')).toHaveAttribute(
				'content',
				ui['atlas.compare.description']!
			);
			for (const other of siteLocales) {
				await expect(
					page.locator(`link[rel="alternate"][hreflang="${other.tag}"]`)
				).toHaveAttribute('href', new RegExp(`${other.home}compare/$`));
			}
			await expectNoAxeViolations(page);
		});

		test('sorts by a level column, fastest first, then the other way round @locale-independent', async ({
			page,
		}) => {
			await page.goto(url);
			const header = page.locator('[data-compare-table] thead th').nth(1);
			await header.getByRole('button').click();
			await expect(header).toHaveAttribute('aria-sort', 'ascending');
			const first = page.locator('[data-compare-table] tbody tr').first();
			await expect(first).toHaveAttribute('id', 'tier-beacon-premium');
			await expect(first.locator('td[data-level="1"] [data-value]')).toHaveText(
				beaconPremiumP1[locale.tag]!
			);
			await header.getByRole('button').click();
			await expect(header).toHaveAttribute('aria-sort', 'descending');
			await expect(first).toHaveAttribute('id', 'tier-quarry-standard');
			// Tiers without a level-1 target stay at the bottom whichever the direction.
			await expect(page.locator('[data-compare-table] tbody tr').last()).toHaveAttribute(
				'id',
				/^tier-meridian-/
			);
		});

		test('reads with the page at every width: no scroll box of its own, a header naming the levels stays in view, every plan reached @locale-independent', async ({
			page,
		}) => {
			for (const width of [320, 360, 640, 1024, 1280]) {
				await page.setViewportSize({ width, height: 780 });
				await page.goto(url);
				const last = page.locator('[data-compare-table] tbody tr').last();
				// No box between a row and the page scrolls on its own (640 px is 1280 px at 200 % zoom).
				const boxes = await last.evaluate((row) => {
					const found: string[] = [];
					for (let el = row.parentElement; el && el !== document.body; el = el.parentElement) {
						const { overflowX, overflowY } = getComputedStyle(el);
						if (
							(/auto|scroll/.test(overflowY) && el.scrollHeight > el.clientHeight + 1) ||
							(/auto|scroll/.test(overflowX) && el.scrollWidth > el.clientWidth + 1)
						)
							found.push(el.className);
					}
					return found;
				});
				expect(boxes, `${width} px`).toEqual([]);
				expect(
					await page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth
					),
					`${width} px`
				).toBe(0);
				await last.evaluate((row) => row.scrollIntoView({ block: 'center' }));
				await expect(last).toBeInViewport();
				const level1 = page.locator('[data-compare-table] thead th').nth(1);
				await expect(level1, `${width} px`).toBeInViewport();
				await expect(level1).toContainText(ui['atlas.compare.level']!.replace('{{number}}', '1'));
			}
		});

		test('shows the real wait behind each target, and sorting a level by it puts round-the-clock tiers first @locale-independent', async ({
			page,
		}) => {
			await page.goto(url);
			// Ledger Standard: P1 in 1 business hour (Mon–Fri 09:00–17:00): a ticket sent on Friday at
			// 16:01 is answered on Monday at 09:01, 65 hours later.
			const ledger = page.locator('#tier-ledger-standard td[data-level="1"] [data-wait]');
			await expect(ledger).toHaveAttribute('data-worst', String(65 * 60));
			await expect(ledger).toHaveAttribute('data-typical', /^\d+$/);
			await page.locator('[data-compare-table] thead th').nth(1).getByRole('button').click();
			const kinds = await page
				.locator('[data-compare-table] tbody td[data-level="1"] [data-coverage]')
				.allTextContents();
			const always = ui['atlas.compare.coverage.always']!;
			expect(kinds.length).toBeGreaterThan(4);
			// Every round-the-clock target first, however short a business-hours one.
			expect(kinds.lastIndexOf(always)).toBeLessThan(kinds.findIndex((k) => k !== always));
			await expect(page.locator('[data-wait-chart]').first()).toBeVisible();
			await expect(page.locator('[data-wait-chart] svg').first()).toHaveAttribute(
				'aria-hidden',
				'true'
			);
		});

		test('is a complete table without JavaScript @locale-independent', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(url);
			await expect(page.locator('[data-compare-table] tbody tr')).toHaveCount(
				catalogue.vendors.reduce((n, v) => n + v.tiers.length, 0)
			);
			await expect(page.locator('[data-compare-table] thead button')).toHaveCount(0);
			await context.close();
		});
	});
}
