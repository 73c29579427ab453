/**
 * Public holidays by region in the calculator, under each holiday rule of a plan's terms: the
 * customer's region closes the hours (Beacon), the terms are silent and the region is a what-if
 * (Quarry, Meridian's cloud plans), the vendor lists its own holidays (Meridian's manager) or covers
 * round the clock (Summit). The chosen region changes the deadline, is kept in the URL and survives
 * a reload; the time zone suggests a region; the trace names the holiday and lists the stretches it
 * counted.
 */
import { expect, test, type Page } from '@playwright/test';
import { siteLocales, uiStrings } from './locales.ts';

const calculator = (prefix: string, query: string) =>
	`${prefix === '/' ? '' : prefix.replace(/\/$/, '')}/calculator/?${query}`;

async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
}
const due = (page: Page, kind: string) => page.locator(`time[data-target="${kind}"]`);
const warsawP2 = 'plan=beacon/standard&severity=P2&opened=2026-11-10T15:00&tz=Europe/Warsaw';

for (const locale of siteLocales) {
	test.describe(`regions (${locale.tag})`, () => {
		test('the customer’s region: choosing Poland closes 11 November, and the choice survives a reload from the URL', async ({
			page,
		}) => {
			const strings = uiStrings(locale.tag);
			await open(page, calculator(locale.home, warsawP2));
			await expect(page.locator('label[for="calc-region"]')).toHaveText(
				strings['atlas.calc.field.region.applies']!
			);
			await expect(page.locator('#calc-region-hint')).toHaveText(
				strings['atlas.calc.field.regionHint.applies']!
			);
			await expect(page.locator('#calc-region')).toHaveValue('');
			// Without a region, 3 covered hours from Tuesday 15:00 end on Wednesday 09:00.
			await expect(due(page, 'first-response')).toHaveAttribute('datetime', '2026-11-11T08:00:00Z');
			await page.locator('#calc-region').selectOption('PL');
			await expect(due(page, 'first-response')).toHaveAttribute('datetime', '2026-11-12T08:00:00Z');
			await expect(page).toHaveURL(/[?&]region=PL(&|$)/);
			await page.reload();
			await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
			await expect(page.locator('#calc-region')).toHaveValue('PL');
			await expect(due(page, 'first-response')).toHaveAttribute('datetime', '2026-11-12T08:00:00Z');
			await expect(page.locator('[data-region-note="PL"]')).toBeVisible();
			// The terms settle it: the deadline with the holidays is the deadline, with no other beside it.
			await expect(page.locator('[data-without-region]')).toHaveCount(0);
			expect(await page.locator('main').innerText()).not.toMatch(/atlas\.[a-z]/);
		});
	});
}

test('the trace of the Warsaw example shows the counted spans 16:30–17:00 and 08:00–08:30', async ({
	page,
}) => {
	await open(
		page,
		calculator('/', 'plan=beacon/standard&severity=P1&opened=2026-11-27T16:30&tz=Europe/Warsaw')
	);
	const trace = page.locator('.deadline[data-kind="first-response"] ol.trace li');
	await expect(trace.filter({ hasText: /Fri, Nov 27, 16:30\s*–\s*17:00: counted/ })).toHaveCount(1);
	await expect(trace.filter({ hasText: /Closed until Mon, Nov 30, 08:00: weekend/ })).toHaveCount(
		1
	);
	await expect(trace.filter({ hasText: /Mon, Nov 30, 08:00\s*–\s*08:30: counted/ })).toHaveCount(1);
});

test('Asia/Shanghai suggests China without choosing it; China counts its make-up Saturday', async ({
	page,
}) => {
	const query = 'plan=meridian/cloud-standard&opened=2026-10-09T16:00&tz=Asia/Shanghai';
	await open(page, calculator('/zh-cn/', query));
	const suggested = uiStrings('zh-CN')['atlas.calc.field.regionSuggested']!.replace(
		'{{region}}',
		'中国'
	);
	await expect(page.locator('#calc-region')).toHaveValue('');
	await expect(page.locator('#calc-region option[value="CN"]')).toHaveText(suggested);
	await expect(due(page, 'inquiry-response')).toHaveAttribute('datetime', '2026-10-13T08:00:00Z');
	await page.locator('#calc-region').selectOption('CN');
	// Saturday 10 October 2026 is an official working day: the reply is due a day earlier.
	await expect(due(page, 'inquiry-response')).toHaveAttribute('datetime', '2026-10-12T08:00:00Z');
	await expect(page.locator('ol.trace').first()).toContainText('国庆节');
});

test('an unknown region from a link is named in the error at its field', async ({ page }) => {
	await open(page, calculator('/', `${warsawP2}&region=XX`));
	await expect(page.locator('[data-error]')).toContainText('Unknown region “XX”');
	await expect(page.locator('#calc-region')).toHaveAttribute('aria-invalid', 'true');
});

/** Quarry's terms do not say whether holidays close its business hours (a what-if), in every locale. */
const taipei = 'plan=quarry/standard&severity=P2&opened=2026-10-08T15:00&tz=Asia/Taipei';
const taiwanNames: Record<string, RegExp> = {
	en: /National Day \(day off in lieu\)/,
	'zh-CN': /双十节补假/,
	'zh-TW': /國慶日補假/,
	ko: /2026년 10월 9일 \(금, 쌍십절 대체공휴일\)/,
	pl: /9 października 2026 \(Święto Narodowe – dzień wolny w zamian\)/,
};
for (const locale of siteLocales) {
	test.describe(`holiday rule (${locale.tag})`, () => {
		test('silent terms: the region field is a what-if, Taiwan closes 9 October, and the reading is given beside it', async ({
			page,
		}) => {
			const strings = uiStrings(locale.tag);
			await open(page, calculator(locale.home, taipei));
			await expect(page.locator('label[for="calc-region"]')).toHaveText(
				strings['atlas.calc.field.region.what-if']!
			);
			await expect(page.locator('#calc-region-hint')).toHaveText(
				strings['atlas.calc.field.regionHint.what-if']!
			);
			// Without a region: 24 covered hours from Thursday 15:00 end on Tuesday 13 October, 15:00.
			await expect(due(page, 'first-response')).toHaveAttribute('datetime', '2026-10-13T07:00:00Z');
			await expect(page.locator('[data-without-region]')).toHaveCount(0);
			await page.locator('#calc-region').selectOption('TW');
			await expect(due(page, 'first-response')).toHaveAttribute('datetime', '2026-10-14T07:00:00Z');
			const article = page.locator('.deadline[data-kind="first-response"]');
			await expect(article.locator('[data-without-region]')).toBeVisible();
			await expect(article.locator('[data-without-region]')).toContainText(/13/);
			await expect(page.locator('[data-region-note="TW"]')).toBeVisible();
			await expect(article.locator('ol.trace')).toContainText(taiwanNames[locale.tag]!);
			expect(await page.locator('main').innerText()).not.toMatch(/atlas\.[a-z]/);
		});
	});
}

test('Korea closes the three days of 설날, named in the Korean trace', async ({ page }) => {
	await open(
		page,
		calculator(
			'/ko/',
			'plan=quarry/standard&severity=P2&opened=2026-02-13T15:00&tz=Asia/Seoul&region=KR'
		)
	);
	await expect(due(page, 'first-response')).toHaveAttribute('datetime', '2026-02-23T06:00:00Z');
	const trace = page.locator('.deadline[data-kind="first-response"] ol.trace');
	await expect(trace).toContainText('2026년 2월 18일 (수, 설날)');
	await expect(trace).toContainText('설날 전날');
});

test('round-the-clock terms and the vendor’s own list of holidays: the region field is not offered, and a region from a link changes nothing', async ({
	page,
}) => {
	const cases = [
		{
			tag: 'en',
			query: 'plan=summit/pro&severity=P1&opened=2026-10-08T15:00&tz=Asia/Taipei',
			region: 'TW',
		},
		{
			tag: 'zh-TW',
			query: 'plan=summit/pro&severity=P1&opened=2026-10-08T15:00&tz=Asia/Taipei',
			region: 'TW',
		},
		// Were Taiwan's day off on Friday 9 October counted, the reply due that Friday would move to the
		// Tuesday (Monday the 12th is on the vendor's own list, Columbus Day).
		{
			tag: 'en',
			query: 'plan=meridian/manager&opened=2026-10-08T16:00&tz=America/New_York',
			region: 'TW',
		},
	] as const;
	for (const { tag, query, region } of cases) {
		const strings = uiStrings(tag);
		const home = siteLocales.find((l) => l.tag === tag)!.home;
		await open(page, calculator(home, `${query}&region=${region}`));
		await expect(page.locator('#calc-region'), query).toBeDisabled();
		await expect(page.locator('label[for="calc-region"]')).toHaveText(
			strings['atlas.calc.field.region.no']!
		);
		await expect(page.locator(`[data-region-note="${region}"]`)).toContainText(
			strings['atlas.calc.regionNotApplied']!.split('{{region}}')[1]!.slice(0, 12)
		);
		await expect(page.locator('[data-without-region]')).toHaveCount(0);
		const due = page.locator('time[data-target]').first();
		const withRegion = (await due.getAttribute('datetime'))!;
		await open(page, calculator(home, query));
		await expect(due, `${query} without a region`).toHaveAttribute('datetime', withRegion);
	}
});
