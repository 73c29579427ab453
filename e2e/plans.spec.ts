import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { vendor } from './catalogue.ts';
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
const quarryContacts: Record<string, [string, string, string]> = {
	en: ['3 contacts', '5 contacts', '5 contacts'],
	'zh-CN': ['3名联系人', '5名联系人', '5名联系人'],
	'zh-TW': ['3 位聯絡人', '5 位聯絡人', '5 位聯絡人'],
	ko: ['3명', '5명', '5명'],
	pl: ['3 osoby', '5 osób', '5 osób'],
};
const meridianServiceReviewsStandard: Record<string, string> = {
	en: 'Video conference, quarterly',
	'zh-CN': '视频会议，每季度',
	'zh-TW': '視訊會議，每季',
	ko: '화상 회의, 분기별',
	pl: 'Wideokonferencja, co kwartał',
};
const meridianIntelligencePremium: Record<string, string> = {
	en: 'Video conference, email or phone call, weekly',
	'zh-CN': '视频会议、电子邮件或电话，每周',
	'zh-TW': '視訊會議、電子郵件或電話，每週',
	ko: '화상 회의, 이메일 또는 전화, 매주',
	pl: 'Wideokonferencja, e-mail lub telefon, co tydzień',
};
const meridianNamedContacts: Record<string, string> = {
	en: 'at most 3 contacts',
	'zh-CN': '最多3名联系人',
	'zh-TW': '最多 3 位聯絡人',
	ko: '최대 3명',
	pl: 'maksymalnie 3 osoby',
};

const cell = (page: Page, row: string, tier: string) =>
	page.locator(`#${row} td[data-tier="${tier}"]`);

for (const locale of siteLocales) {
	const prefix = locale.home.replace(/\/$/, '');
	const plans = (id: string) => `${prefix}/plans/${id}/`;
	const ui = strings(locale.tag);

	test.describe(`plan pages (${locale.tag})`, () => {
		test('Quarry, Beacon, Meridian and tier pages show the catalogue’s figures and texts in the page language, accessibly', async ({
			page,
		}) => {
			test.slow();
			await test.step('Quarry: targets per severity, coverage, named contacts, marks read as words; no accessibility violations', async () => {
				await page.goto(plans('quarry'));
				await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
				await expect(page.locator('h1')).toHaveText(
					ui['atlas.plans.title']!.replace('{{vendor}}', vendor('quarry').name)
				);
				await expect(
					cell(page, 'target-p1-first-response', 'premium').locator('.value-text')
				).toHaveText(quarryPremiumP1[locale.tag]!);
				const always = localize(
					vendor('quarry').calendars.find((c) => c.id === 'always')!.name,
					locale.tag
				);
				await expect(cell(page, 'coverage-p1', 'premium')).toContainText(always);
				const contacts = ['standard', 'extended', 'premium'].map((tier) =>
					cell(page, 'feature-named-contacts', tier).locator('.value-text')
				);
				for (const [i, expected] of quarryContacts[locale.tag]!.entries())
					await expect(contacts[i]!).toHaveText(expected);
				for (const tier of vendor('quarry').tiers) {
					await expect(page.locator(`#tier-${tier.id}`)).toContainText(
						localize(tier.name, locale.tag)
					);
				}
				// Marks are read as words, never as glyphs.
				const included = await cell(
					page,
					'feature-technical-account-manager',
					'premium'
				).ariaSnapshot();
				const excluded = await cell(
					page,
					'feature-technical-account-manager',
					'standard'
				).ariaSnapshot();
				expect(included).toContain(ui['atlas.value.included']);
				expect(excluded).toContain(ui['atlas.value.notIncluded']);
				expect(`${included}${excluded}`).not.toMatch(/[✓—]/);
				await expect(cell(page, 'feature-technical-account-manager', 'premium')).toContainText('✓');
				await expectNoAxeViolations(page);
			});
			await test.step('Beacon: standard support hours, the assumption behind them, eligibility and notes', async () => {
				await page.goto(plans('beacon'));
				const beacon = vendor('beacon');
				const businessHours = beacon.calendars.find((c) => c.id === 'business-hours')!;
				if (businessHours.type !== 'weekly')
					throw new Error('Beacon business hours are expected to be a weekly calendar');
				for (const sev of ['p1', 'p2', 'p3', 'p4']) {
					await expect(cell(page, `coverage-${sev}`, 'standard')).toContainText(
						localize(businessHours.name, locale.tag)
					);
				}
				// The business hours rest on an assumption: the cell's marker opens it in place, and links to
				// the page's list, which labels it as such.
				const assumption = beacon.assumptions.find((a) => a.id === businessHours.assumption)!;
				const marker = cell(page, 'coverage-p1', 'standard').locator('[data-assumption-marker]');
				await marker.locator('summary').click();
				await expect(marker).toContainText(localize(assumption.text, locale.tag));
				await marker.locator('a').click();
				await expect(page.locator('#assumption-business-hours')).toBeInViewport();
				await expect(page.locator('#assumption-business-hours')).toContainText(
					ui['atlas.plans.assumptionRef']!.replace('{{number}}', '1')
				);
				await expect(page.locator('#assumption-business-hours')).toContainText(
					localize(assumption.text, locale.tag)
				);
				// Trial customers get premium: eligibility is shown with the tier.
				await expect(cell(page, 'eligibility', 'premium')).toContainText(
					localize(beacon.tiers[1]!.eligibility![0]!, locale.tag)
				);
				await expect(page.locator('[data-section="notes"]')).toContainText(
					localize(beacon.notes![0]!.text, locale.tag)
				);
			});
			await test.step('Meridian: contact methods with their frequencies, and named contacts with their limit', async () => {
				await page.goto(plans('meridian'));
				await expect(cell(page, 'feature-service-reviews', 'cloud-standard')).toHaveText(
					meridianServiceReviewsStandard[locale.tag]!
				);
				await expect(cell(page, 'feature-customer-intelligence', 'cloud-premium')).toHaveText(
					meridianIntelligencePremium[locale.tag]!
				);
				await expect(cell(page, 'feature-named-contacts', 'manager')).toHaveText(
					meridianNamedContacts[locale.tag]!
				);
				await expect(cell(page, 'feature-named-contacts', 'cloud-standard')).toHaveText(
					ui['atlas.value.notStated']!
				);
				const meridian = vendor('meridian');
				await expect(cell(page, 'availability', 'cloud-standard')).toContainText(
					localize(meridian.tiers[1]!.availabilityNote!, locale.tag)
				);
			});
			await test.step('a tier page: its targets, the calculator preselected, the comparison highlighted; no accessibility violations', async () => {
				await page.goto(`${plans('quarry')}premium/`);
				await expect(
					page.locator('[data-tier-targets] tr[data-severity="P1"] td[data-kind="first-response"]')
				).toContainText(quarryPremiumP1[locale.tag]!);
				await expect(page.locator('[data-calculator-link]')).toHaveAttribute(
					'href',
					`${prefix}/calculator/?plan=quarry/premium`
				);
				await expect(page.locator('#tier-premium')).toHaveClass(/is-highlighted/);
				await expect(page.locator('#tier-standard')).not.toHaveClass(/is-highlighted/);
				await page.goto(`${plans('beacon')}standard/`);
				const hours = localize(
					vendor('beacon').calendars.find((c) => c.id === 'business-hours')!.name,
					locale.tag
				);
				await expect(
					page.locator('[data-tier-targets] tr[data-severity="P1"] [data-coverage]')
				).toContainText(hours);
				await expectNoAxeViolations(page);
			});
			await test.step('sharing metadata in the page language, with alternates for every locale', async () => {
				await page.goto(plans('summit'));
				const title = ui['atlas.plans.title']!.replace('{{vendor}}', vendor('summit').name);
				await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
				await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute('content', title);
				await expect(page.locator('meta[name="twitter:description"]')).toHaveAttribute(
					'content',
					localize(vendor('summit').summary, locale.tag)
				);
				await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
					'content',
					localize(vendor('summit').summary, locale.tag)
				);
				await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
					'href',
					new RegExp(`${plans('summit')}$`)
				);
				for (const other of siteLocales) {
					await expect(
						page.locator(`link[rel="alternate"][hreflang="${other.tag}"]`)
					).toHaveAttribute('href', new RegExp(`${other.home}plans/summit/$`));
				}
			});
		});

		test('footnotes, deep links, copy links and the differences toggle work, and the table is whole without JavaScript @locale-independent', async ({
			page,
			browser,
		}) => {
			test.slow();
			await test.step('footnotes are numbered links to the footnote list and back', async () => {
				await page.goto(plans('quarry'));
				const ref = page.locator('#target-p2-update .row-head .footnote-ref a');
				await expect(ref).toHaveText(/^1/);
				await ref.click();
				const footnote = page.locator('#footnote-priority-definition');
				await expect(footnote).toBeInViewport();
				await expect(footnote).toContainText(
					localize(vendor('quarry').footnotes[0]!.text, locale.tag)
				);
				await footnote.locator('a.backlink').nth(3).click();
				await expect(page.locator('#target-p2-update')).toBeInViewport();
			});
			await test.step('a deep link opens exactly its row, a highlight link its column', async () => {
				await page.goto(`${plans('quarry')}#feature-product-feedback-sessions`);
				await expect(page.locator('#feature-product-feedback-sessions')).toBeInViewport();
				await page.goto(`${plans('meridian')}#feature-manager-hours`);
				await expect(page.locator('#feature-manager-hours')).toBeInViewport();
				await page.goto(`${plans('quarry')}?highlight=extended#tier-extended`);
				await expect(page.locator('#tier-extended')).toHaveClass(/is-highlighted/);
				await expect(page.locator('td[data-tier="extended"].is-highlighted')).toHaveCount(
					await page.locator('td[data-tier="extended"]').count()
				);
				await expect(page.locator('.is-highlighted:not([data-tier="extended"])')).toHaveCount(0);
				// The highlight is seen, not only set: the column's cells differ in colour from their neighbours.
				const background = (tier: string) =>
					cell(page, 'feature-named-contacts', tier).evaluate(
						(el) => getComputedStyle(el).backgroundColor
					);
				expect(await background('extended')).not.toBe(await background('standard'));
			});
			await test.step('copy link controls are in sight without hover, beside the row name on no line of their own, and carry the stable link', async () => {
				await page.goto(plans('quarry'));
				const rowLink = page.locator('#feature-named-contacts a[data-copy-link]');
				await expect(rowLink).toHaveAttribute('href', `${plans('quarry')}#feature-named-contacts`);
				await expect(rowLink).toBeVisible();
				await expect(rowLink).toHaveCSS('opacity', '1');
				const name = page.locator('#feature-named-contacts .row-head summary');
				const [nameBox, linkBox] = await Promise.all([name.boundingBox(), rowLink.boundingBox()]);
				// It starts beside the name's first line, not under the name.
				expect(linkBox!.y).toBeLessThan(nameBox!.y + 16);
				await expect(rowLink).toContainText(ui['atlas.plans.copyLink']!);
				await expect(page.locator('#tier-premium a[data-copy-link]')).toHaveAttribute(
					'href',
					`${plans('quarry')}?highlight=premium#tier-premium`
				);
			});
			await test.step('"show only differences" hides rows every tier shares, and brings them back', async () => {
				await page.goto(plans('quarry'));
				const same = page.locator('#feature-community-knowledge-base');
				const differs = page.locator('#feature-named-contacts');
				const toggle = page.getByLabel(ui['atlas.plans.differencesToggle']!);
				await expect(same).toBeVisible();
				await toggle.check();
				await expect(same).toBeHidden();
				await expect(differs).toBeVisible();
				await expect(page.locator('#target-p1-first-response')).toBeVisible();
				await toggle.uncheck();
				await expect(same).toBeVisible();
			});
			await test.step('with JavaScript off the table is complete and the toggle is not offered', async () => {
				const context = await browser.newContext({ javaScriptEnabled: false });
				const page = await context.newPage();
				await page.goto(plans('quarry'));
				const features = vendor('quarry').categories.flatMap((c) => c.features);
				await expect(page.locator('tr[id^="feature-"]')).toHaveCount(features.length);
				await expect(page.getByLabel(ui['atlas.plans.differencesToggle']!)).toBeHidden();
				await context.close();
			});
		});
	});
}
