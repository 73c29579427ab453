/**
 * Dated terms on the built site, in every locale, on the fixture's Ledger (terms of 1 March 2026,
 * September 2025 and 15 January 2024): the change list says what changed and links its feed; a page
 * of earlier terms says they were replaced, asks not to be indexed and leads to the current terms;
 * plan pages say when their terms took effect and when their sources were last checked; the calculator
 * counts on the terms in effect when the ticket was opened and warns of a change before a deadline.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatDate, formatDaysAgo, formatEffectiveDate } from '#lib/i18n/format.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	calculatorPath,
	feedPath,
	termsChangesPath,
	termsVersionPath,
	tierPath,
	vendorFeedPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { expectNoAxeViolations } from './axe.ts';
import { vendor } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';

/** Standard's P1 first response went from 2 hours to 1 hour on 1 March 2026, in each locale's words. */
const standardP1Change: Record<LocaleTag, string> = {
	en: 'P1 (Critical) first response on Standard: 2 hours → 1 hour',
	'zh-CN': '标准版 · P1（紧急）首次响应：2小时 → 1小时',
	'zh-TW': '標準版 · P1（緊急）首次回應：2 小時 → 1 小時',
	ko: '스탠더드 P1(긴급) 최초 응답: 2시간 → 1시간',
	pl: 'Standard · pierwsza odpowiedź dla P1 (Krytyczny): 2 godziny → 1 godzina',
};

/** Whether the page scrolls sideways (it must not, on a phone either). */
const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** The dates line of a plan page: the effective date, and the source's check with how long ago. */
async function expectTermsDates(page: Page, tag: LocaleTag) {
	const t = createTranslate(tag, uiStrings(tag), uiStrings('en'));
	const dates = page.locator('[data-terms-dates]');
	await expect(dates.locator('[data-terms-effective]')).toHaveAttribute('datetime', '2026-03-01');
	await expect(dates.locator('[data-terms-effective]')).toHaveText(
		t('atlas.terms.effective', { date: formatEffectiveDate('2026-03-01', tag) })
	);
	const check = dates.locator('[data-source-check="terms-2026"]');
	const days = Number(await check.getAttribute('data-days'));
	// Counted on the day the site was built, where it is latest on Earth.
	const sinceCheck = Math.round((Date.now() - Date.parse('2026-11-30T00:00:00Z')) / 86_400_000);
	expect(Math.abs(days - sinceCheck)).toBeLessThanOrEqual(1);
	await expect(check.locator('time')).toHaveAttribute('datetime', '2026-11-30');
	await expect(check.locator('time')).toHaveText(
		t('atlas.terms.checked', {
			date: formatDate('2026-11-30', tag, { weekday: false }),
			ago: formatDaysAgo(days, tag),
		})
	);
	await expect(dates.locator('[data-terms-link="changes"]')).toHaveAttribute(
		'href',
		termsChangesPath(tag, 'ledger')
	);
	await expect(dates.locator('[data-terms-link="previous"]')).toHaveAttribute(
		'href',
		termsVersionPath(tag, 'ledger', '2025-09')
	);
}

for (const locale of siteLocales) {
	const tag = locale.tag;
	test.describe(`dated terms (${tag})`, () => {
		test('the change list, a page of earlier terms and the dates on plan pages', async ({
			page,
		}) => {
			test.slow();
			const ui = uiStrings(tag);
			await test.step('the change list says what changed, newest first, and links its feed', async () => {
				await page.goto(termsChangesPath(tag, 'ledger'));
				const versions = page.locator('[data-terms-version]');
				await expect(versions).toHaveCount(3);
				await expect(versions.nth(0)).toHaveAttribute('data-terms-version', '2026-03-01');
				await expect(versions.nth(0).locator('[data-current-terms]')).toHaveText(
					ui['atlas.changes.current']!
				);
				await expect(versions.nth(0).locator('[data-changes] li').first()).toHaveText(
					standardP1Change[tag]
				);
				await expect(versions.nth(2).locator('[data-changes-note]')).toHaveText(
					ui['atlas.changes.earliest']!
				);
				await expect(page.locator('[data-feed-link]')).toHaveAttribute(
					'href',
					vendorFeedPath(tag, 'ledger')
				);
				await expect(
					page.locator('head link[rel="alternate"][type="application/atom+xml"]')
				).toHaveCount(2);
				const feed = await page.request.get(vendorFeedPath(tag, 'ledger'));
				expect(feed.ok()).toBe(true);
				expect(await feed.text()).toContain(standardP1Change[tag]);
				await expectNoAxeViolations(page, 'change list');
				await page.setViewportSize({ width: 320, height: 800 });
				expect(await scrollsSideways(page)).toBe(false);
				await page.setViewportSize({ width: 1280, height: 800 });
			});

			await test.step('a page of earlier terms is marked replaced, not indexed, and leads to the current terms', async () => {
				await page.goto(termsVersionPath(tag, 'ledger', '2025-09'));
				const notice = page.locator('[data-superseded]');
				await expect(notice).toBeVisible();
				await expect(notice).toHaveAttribute('data-superseded', '2026-03-01');
				const t = createTranslate(tag, ui, uiStrings('en'));
				await expect(notice).toContainText(
					t('atlas.version.notice', {
						from: formatEffectiveDate('2025-09', tag),
						until: formatEffectiveDate('2026-03-01', tag),
					})
				);
				await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
				await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
				// The terms of that time: Premium offered, Standard's P1 first response in 2 hours.
				await expect(page.locator('[data-tier-overview]')).toHaveCount(2);
				await expectNoAxeViolations(page, 'earlier terms');
				await page.setViewportSize({ width: 320, height: 800 });
				expect(await scrollsSideways(page)).toBe(false);
				await page.setViewportSize({ width: 1280, height: 800 });
				await notice.locator('[data-superseded-link="current"]').click();
				await expect(page).toHaveURL(new RegExp(`${vendorPlansPath(tag, 'ledger')}$`));
			});

			await test.step('the plans page and a tier page say when the terms took effect and when they were checked', async () => {
				await page.goto(vendorPlansPath(tag, 'ledger'));
				await expectTermsDates(page, tag);
				await expect(page.locator('head link[type="application/atom+xml"]')).toHaveAttribute(
					'href',
					feedPath(tag)
				);
				await page.goto(tierPath(tag, 'ledger', 'standard'));
				await expectTermsDates(page, tag);
			});

			await test.step('the calculator counts on the terms in effect when the ticket was opened', async () => {
				const t = createTranslate(tag, ui, uiStrings('en'));
				const count = async (opened: string) => {
					await page.goto(
						calculatorPath(tag, {
							plan: 'ledger/standard',
							severity: 'P1',
							opened,
							tz: 'Europe/Warsaw',
						})
					);
					await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
					return page.locator('.deadline[data-kind="first-response"]');
				};
				// Monday 10:00 in Warsaw (UTC+1): 1 hour under the current terms, 2 hours under those of
				// September 2025.
				let deadline = await count('2026-03-02T10:00');
				await expect(deadline.locator('time[data-target]')).toHaveAttribute(
					'datetime',
					'2026-03-02T10:00:00Z'
				);
				const terms = page.locator('.ticket li').first();
				await expect(terms).toContainText(
					t('atlas.calc.terms.current', { date: formatEffectiveDate('2026-03-01', tag) })
				);
				await expect(deadline.locator('[data-terms-change]')).toHaveCount(0);
				deadline = await count('2026-02-23T10:00');
				await expect(deadline.locator('time[data-target]')).toHaveAttribute(
					'datetime',
					'2026-02-23T11:00:00Z'
				);
				await expect(terms).toContainText(
					t('atlas.calc.terms.superseded', {
						date: formatEffectiveDate('2025-09', tag),
						next: formatEffectiveDate('2026-03-01', tag),
					})
				);
				await expect(page.locator('[data-terms]')).toContainText('Ledger support terms (2025)');
				// Opened on Friday 27 February at 16:30, due on Monday 2 March: the terms change in between.
				deadline = await count('2026-02-27T16:30');
				await expect(deadline.locator('time[data-target]')).toHaveAttribute(
					'datetime',
					'2026-03-02T09:30:00Z'
				);
				await expect(deadline.locator('[data-terms-change]')).toHaveText(
					t('atlas.calc.terms.changeBefore', { date: formatEffectiveDate('2026-03-01', tag) })
				);
				await expectNoAxeViolations(page, 'calculator with earlier terms');
			});

			await test.step('a vendor without dated terms: when each source was last checked', async () => {
				const quarry = vendor('quarry');
				await page.goto(vendorPlansPath(tag, 'quarry'));
				const dates = page.locator('[data-terms-dates]');
				await expect(dates.locator('[data-terms-effective]')).toHaveCount(0);
				await expect(dates.locator('[data-terms-link]')).toHaveCount(0);
				await expect(dates.locator('[data-source-check]')).toHaveCount(quarry.sources.length);
				for (const source of quarry.sources)
					await expect(dates.locator(`[data-source-check="${source.id}"] time`)).toContainText(
						formatDate(source.retrieved, tag, { weekday: false })
					);
			});
		});
	});
}
