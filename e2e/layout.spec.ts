import { expect, test, type Page } from '@playwright/test';
import {
	calculatorPath,
	comparePath,
	homePath,
	severityGuidePath,
	tierPath,
	vendorFaqPath,
	vendorPlansPath,
	TIERS_PARAM,
} from '#lib/routes.ts';
import { vendor, warsawExample } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';

/** Every Meridian tier (long names), as a `tiers` parameter: more columns than a phone shows by default. */
const meridianTiers = vendor('meridian')
	.tiers.map((t) => t.id)
	.join(',');

/** One page of each kind, in a locale. */
const pageTypes = (tag: (typeof siteLocales)[number]['tag']) => ({
	home: homePath(tag),
	plans: vendorPlansPath(tag, 'quarry'),
	tier: tierPath(tag, 'quarry', 'extended'),
	compare: comparePath(tag),
	severity: severityGuidePath(tag, 'beacon'),
	faq: vendorFaqPath(tag, 'beacon'),
	calculator: calculatorPath(tag, warsawExample),
});

/**
 * Text in tables and cards that is squeezed narrower than a word: an element whose content overflows
 * it, or a word the browser had to break across lines (it then has more than one line box). Words of
 * Chinese and Korean text may break anywhere, so only words of other scripts are checked.
 */
async function squeezedText(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const boxes = document.querySelectorAll<HTMLElement>(
			'main table th, main table td, main .tier, main [data-tier-overview], main .calculator-form .field'
		);
		const word = /[^\s\-–—/·,()（）]{2,}/g;
		const cjk = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;
		for (const box of boxes) {
			if (!box.checkVisibility() || box.closest('.sr-only')) continue;
			if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX === 'visible')
				found.push(`overflow: ${box.textContent!.trim().slice(0, 60)}`);
			const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement!;
				if (parent.closest('.sr-only, [hidden], option, select') || !parent.checkVisibility())
					continue;
				// A text on one line breaks no word: only wrapped texts are checked word by word.
				const whole = document.createRange();
				whole.selectNodeContents(node);
				if (new Set([...whole.getClientRects()].map((r) => Math.round(r.top))).size < 2) continue;
				for (const match of node.textContent!.matchAll(word)) {
					if (cjk.test(match[0])) continue;
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					if (tops.size > 1) found.push(`broken word: ${match[0]}`);
				}
			}
		}
		return found;
	});
}

for (const locale of siteLocales) {
	test.describe(`layout (${locale.tag})`, () => {
		test('every page type fits a phone and a desktop with no word squeezed, and offers the site navigation and the language switcher on a phone', async ({
			page,
		}) => {
			test.slow();
			await test.step('every page type fits 320, 360, 390 and 1280 px with no word squeezed, and offers the site navigation and the language switcher on a phone', async () => {
				// Each page is loaded once at the narrowest width, then widened: the layout is responsive CSS
				// (no script chooses a layout at load), so a resize reflows it the way a load at that width would.
				for (const [name, url] of Object.entries(pageTypes(locale.tag))) {
					await page.setViewportSize({ width: 320, height: 800 });
					await page.goto(url);
					if (name === 'calculator')
						await expect(page.locator('[data-calculator][data-ready]')).toBeAttached();
					for (const width of [320, 360, 390]) {
						await page.setViewportSize({ width, height: 800 });
						const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
						expect(pageWidth, `${name} at ${width} px`).toBeLessThanOrEqual(width);
						expect(await squeezedText(page), `${name} at ${width} px`).toEqual([]);
					}
					// The same page widened to a desktop: nothing sticks out there either.
					await page.setViewportSize({ width: 1280, height: 900 });
					const wideWidth = await page.evaluate(() => document.documentElement.scrollWidth);
					expect(wideWidth, `${name} at 1280 px`).toBeLessThanOrEqual(1280);
					await page.setViewportSize({ width: 360, height: 800 });
					const toggle = page.locator('button[popovertarget="starlight__sidebar"]');
					await expect(toggle, url).toBeVisible();
					await toggle.click();
					await expect(page.locator('#starlight__sidebar'), url).toBeVisible();
					await expect(
						page.locator('#starlight__sidebar starlight-lang-select select').first(),
						url
					).toBeVisible();
				}
			});
			await test.step('tier cards at 1280 px share the row and break no word; a tier page with long names fits a phone', async () => {
				// A tier page with long tier names, on a phone and then widened to a desktop.
				await page.setViewportSize({ width: 360, height: 800 });
				await page.goto(tierPath(locale.tag, 'meridian', 'cloud-premium'));
				const phoneWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(phoneWidth).toBeLessThanOrEqual(360);
				await page.setViewportSize({ width: 1280, height: 900 });
				expect(await squeezedText(page)).toEqual([]);
				// Narrowed again, as a desktop window or a turned tablet is: the page fits the phone.
				for (const width of [360, 320]) {
					await page.setViewportSize({ width, height: 800 });
					const narrowed = await page.evaluate(() => document.documentElement.scrollWidth);
					expect(narrowed, `narrowed to ${width} px`).toBeLessThanOrEqual(width);
				}
				// Every tier picked on a phone: long words break inside their column, the page still fits.
				await page.goto(
					`${vendorPlansPath(locale.tag, 'meridian')}?${TIERS_PARAM}=${meridianTiers}`
				);
				await expect(
					page.locator('[data-plans-table] td[data-tier]:visible').first()
				).toBeVisible();
				const allTiers = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(allTiers, 'every tier at 320 px').toBeLessThanOrEqual(320);
				await page.setViewportSize({ width: 1280, height: 900 });
				for (const url of [homePath(locale.tag), vendorPlansPath(locale.tag, 'meridian')]) {
					await page.goto(url);
					expect(await squeezedText(page), url).toEqual([]);
				}
				// Cards fill their row: no empty tracks beside them.
				const row = await page.evaluate(() => {
					const list = document.querySelector('.tier-overviews')!;
					const cards = [...list.children].map((c) => c.getBoundingClientRect());
					return { list: list.getBoundingClientRect().right, last: cards.at(-1)!.right };
				});
				expect(Math.abs(row.list - row.last)).toBeLessThan(2);
			});
		});
	});
}

test.describe('home page leads to the tools and guides', () => {
	test('links to the calculator, the comparison, the severity guides and the FAQ', async ({
		page,
	}) => {
		await page.goto(homePath('en'));
		const main = page.locator('main');
		for (const href of [
			calculatorPath('en'),
			comparePath('en'),
			severityGuidePath('en', 'beacon'),
			vendorFaqPath('en', 'beacon'),
		])
			await expect(main.locator(`a[href="${href}"]`).first()).toBeVisible();
		// A tier page's own name is not a link to itself.
		await page.goto(tierPath('en', 'quarry', 'extended'));
		await expect(
			page.locator(`[data-tier-overview] a[href="${tierPath('en', 'quarry', 'extended')}"]`)
		).toHaveCount(0);
	});
});

test.describe('row links', () => {
	for (const width of [360, 1280]) {
		test(`a row link at ${width} px marks the row and keeps it clear of the sticky header`, async ({
			page,
		}) => {
			await page.setViewportSize({ width, height: 800 });
			for (const url of [
				`${vendorPlansPath('en', 'quarry')}#feature-named-contacts`,
				`${tierPath('en', 'quarry', 'extended')}#target-p2-first-response`,
			]) {
				await page.goto(url);
				const id = url.split('#')[1]!;
				const row = page.locator(`#${id}`);
				await expect(row).toBeInViewport();
				const placement = await row.evaluate((tr) => {
					const frame = tr.closest('.table-frame')!;
					const head = frame.querySelector('thead')!.getBoundingClientRect();
					const nav = document.querySelector('header')!.getBoundingClientRect();
					const other = frame.querySelector('tr[data-row]:not(:target) > td')!;
					return {
						rowTop: tr.getBoundingClientRect().top,
						headBottom: head.bottom,
						navBottom: nav.bottom,
						marked: getComputedStyle(tr.querySelector('td')!).backgroundColor,
						plain: getComputedStyle(other).backgroundColor,
					};
				});
				expect(placement.rowTop, url).toBeGreaterThanOrEqual(placement.headBottom - 1);
				expect(placement.rowTop, url).toBeGreaterThanOrEqual(placement.navBottom - 1);
				expect(placement.marked, url).not.toBe(placement.plain);
			}
		});
	}

	test('on a phone the row groups below the first screens are laid out as the reader nears them, and a link into the last one lands on its row', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			const states: { group: string; skipped: boolean }[] = [];
			(window as unknown as { groupStates: typeof states }).groupStates = states;
			document.addEventListener(
				'contentvisibilityautostatechange',
				(event) => {
					// ContentVisibilityAutoStateChangeEvent, not yet in TypeScript's DOM types.
					const { skipped } = event as Event & { skipped: boolean };
					const target = event.target as HTMLElement;
					if (target.tagName === 'TBODY') states.push({ group: target.dataset.group!, skipped });
				},
				true
			);
		});
		const states = () =>
			page.evaluate(
				() =>
					(window as unknown as { groupStates: { group: string; skipped: boolean }[] }).groupStates
			);
		await page.setViewportSize({ width: 360, height: 800 });
		const path = vendorPlansPath('en', 'meridian');
		await page.goto(path);
		const last = page.locator('.plans-table tbody').last();
		const group = (await last.getAttribute('data-group'))!;
		await expect.poll(states).toContainEqual({ group, skipped: true });
		await last.scrollIntoViewIfNeeded();
		await expect.poll(states).toContainEqual({ group, skipped: false });
		await expect(last.locator('tr[data-row] td').first()).toBeVisible();

		const id = (await last.locator('tr[data-row]').last().getAttribute('id'))!;
		await page.goto(`${path}#${id}`);
		const row = page.locator(`[id="${id}"]`);
		await expect(row).toBeInViewport();
		const { rowTop, headBottom } = await row.evaluate((tr) => ({
			rowTop: tr.getBoundingClientRect().top,
			headBottom: tr.closest('table')!.querySelector('thead')!.getBoundingClientRect().bottom,
		}));
		expect(rowTop).toBeGreaterThanOrEqual(headBottom - 1);
	});

	test('a row link copied on a tier page keeps the tier, and copying says so on the control', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.setViewportSize({ width: 1280, height: 900 });
		const tier = tierPath('en', 'quarry', 'extended');
		await page.goto(tier);
		const link = page.locator('#feature-named-contacts a[data-copy-link]');
		await expect(link).toHaveAttribute('href', `${tier}#feature-named-contacts`);
		await page.locator('#feature-named-contacts').hover();
		await link.click();
		await expect(link).toHaveAttribute('data-copied', '');
		await expect(link.locator('[data-copy-label]')).toHaveText(
			uiStrings('en')['atlas.plans.copied']!
		);
		await expect(link).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			new URL(`${tier}#feature-named-contacts`, page.url()).href
		);
		// The words come back after a moment.
		await expect(link.locator('[data-copy-label]')).toHaveText(
			uiStrings('en')['atlas.plans.copyLink']!
		);
	});
});

test.describe('comparison on a phone', () => {
	test('the reader picks the tiers set side by side; the choice is in the URL', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		const plans = vendorPlansPath('en', 'quarry');
		await page.goto(plans);
		const head = (tier: string) => page.locator(`thead th[data-tier="${tier}"]`);
		const pick = (tier: string) => page.locator(`[data-tier-pick][value="${tier}"]`);
		// Two tiers by default on a phone, and the table fits its frame.
		await expect(head('standard')).toBeVisible();
		await expect(head('extended')).toBeVisible();
		await expect(head('premium')).toBeHidden();
		await expect(pick('standard')).toBeChecked();
		await expect(pick('premium')).not.toBeChecked();
		// A link highlighting the last tier shows it with the one before it.
		await page.goto(`${plans}?highlight=premium`);
		await expect(head('premium')).toBeVisible();
		await expect(head('extended')).toBeVisible();
		await expect(head('standard')).toBeHidden();
		await expect(pick('standard')).not.toBeChecked();
		await page.goto(plans);
		await pick('premium').check();
		await pick('standard').uncheck();
		await expect(page).toHaveURL(/[?&]tiers=extended,premium(&|#|$)/);
		await expect(head('standard')).toBeHidden();
		await expect(page.locator('#feature-named-contacts td[data-tier="premium"]')).toBeVisible();
		const fits = await page.evaluate(() => {
			const frame = document.querySelector('.table-frame')!;
			return frame.scrollWidth <= frame.clientWidth;
		});
		expect(fits).toBe(true);
		// The link reproduces the choice.
		await page.goto(`${plans}?tiers=standard,premium`);
		await expect(head('extended')).toBeHidden();
		await expect(pick('extended')).not.toBeChecked();
		await expect(head('premium')).toBeVisible();
		// On a wide screen every tier shows by default.
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(plans);
		await expect(head('premium')).toBeVisible();
		await expect(head('standard')).toBeVisible();
	});
});

test.describe('calculator answers first', () => {
	test('a shared link brings the result into view on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(pageTypes('en').calculator);
		await expect(page.locator('[data-results]')).toBeInViewport();
	});

	test('Calculate brings the result into view; every problem shows at its field', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(calculatorPath('en'));
		await expect(page.locator('[data-calculator][data-ready]')).toBeAttached();
		await page.locator('#calc-tz').fill('Europe/Warsaw');
		await page.locator('button[type="submit"]').click();
		await expect(page.locator('[data-results]')).toBeInViewport();

		const ui = uiStrings('en');
		await page.goto(
			calculatorPath('en', {
				...warsawExample,
				tz: 'Mars/Olympus',
				holidays: ['24.12.2026'],
			})
		);
		await expect(page.locator('[data-field-error="tz"]')).toHaveText(
			ui['atlas.calc.error.invalid-zone']!.replace('{{value}}', 'Mars/Olympus')
		);
		await expect(page.locator('[data-field-error="holidays"]')).toHaveText(
			ui['atlas.calc.error.invalid-holiday']!.replace('{{value}}', '24.12.2026')
		);
		await expect(page.locator('#calc-holidays')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('[data-error] li')).toHaveCount(2);
		// An empty time is asked for in words, not in a format the field does not show.
		await page.locator('#calc-opened').fill('');
		await page.locator('button[type="submit"]').click();
		await expect(page.locator('[data-field-error="opened"]')).toHaveText(
			ui['atlas.calc.error.missing-opened-field']!
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, colorScheme: 'light' });

	test('the calculator lists severities and says plainly that it needs JavaScript', async ({
		page,
	}) => {
		await page.goto(calculatorPath('en'));
		expect(await page.locator('#calc-severity option').count()).toBeGreaterThan(0);
		// The first plan's impact × urgency picker is in the markup (so nothing moves when the script
		// starts), but it needs the script to answer: without it, it is not shown.
		await expect(page.locator('[data-matrix]:not([hidden])')).toHaveCount(1);
		await expect(page.locator('[data-matrix]')).toBeHidden();
		const notice = page.locator('.notice');
		await expect(notice).toBeVisible();
		const look = await notice.evaluate((el) => {
			const style = getComputedStyle(el);
			return { border: style.borderInlineStartWidth, background: style.backgroundColor };
		});
		expect(parseFloat(look.border)).toBeGreaterThanOrEqual(3);
		expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
	});

	test('a phone shows every tier of a comparison, with no picker to choose them and no cell cut off', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto(vendorPlansPath('en', 'quarry'));
		for (const tier of ['standard', 'extended', 'premium'])
			await expect(page.locator(`thead th[data-tier="${tier}"]`)).toBeVisible();
		await expect(page.locator('[data-tier-picker]')).toBeHidden();
		// Polish has the longest words: three columns at 320 px break them rather than cut them off.
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(vendorPlansPath('pl', 'quarry'));
		const cut = await page
			.locator('.plans-table')
			.evaluate((table) =>
				[...table.querySelectorAll<HTMLElement>('td, thead th')]
					.filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
					.map((cell) => cell.textContent!.trim().slice(0, 40))
			);
		expect(cut).toEqual([]);
	});

	test('the site follows a light system theme instead of turning dark', async ({ page }) => {
		await page.goto(homePath('en'));
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = background.match(/\d+/g)!.map(Number);
		expect(r! + g! + b!).toBeGreaterThan(600);
	});
});
