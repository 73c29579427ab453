import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations } from './axe.ts';
import { siteLocales, uiStrings } from './locales.ts';

const strings = uiStrings;
const calculator = (prefix: string, query: string) =>
	`${prefix === '/' ? '' : prefix.replace(/\/$/, '')}/calculator/?${query}`;

/** Opens the calculator and waits until the island has computed. */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
}
/** Beacon Standard, P1, opened on Friday 27 November 2026 at 16:30 in Warsaw. */
const warsawQuery = 'plan=beacon/standard&severity=P1&opened=2026-11-27T16:30&tz=Europe/Warsaw';
const due = (page: Page, kind: string) => page.locator(`time[data-target="${kind}"]`);

for (const locale of siteLocales) {
	test.describe(`calculator (${locale.tag})`, () => {
		test('a linked result, invalid input and a steady page, in the page language, accessibly', async ({
			page,
			browser,
		}) => {
			test.slow();
			await test.step('a link reproduces the result: Beacon Standard P1 opened Friday 16:30 in Warsaw is due Monday 08:30, with no accessibility violations', async () => {
				await open(page, calculator(locale.home, warsawQuery));
				await expect(page.locator('#calc-plan')).toHaveValue('beacon/standard');
				await expect(page.locator('#calc-severity')).toHaveValue('P1');
				await expect(page.locator('#calc-opened')).toHaveValue('2026-11-27T16:30');
				await expect(page.locator('#calc-tz')).toHaveValue('Europe/Warsaw');
				await expect(due(page, 'first-response')).toHaveAttribute(
					'datetime',
					'2026-11-30T07:30:00Z'
				);
				await expect(due(page, 'first-response')).toContainText('08:30');
				await expect(due(page, 'first-response')).toContainText('2026');
				await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
				// Every UI string the island uses reached it: no untranslated key shows.
				await expect(page.locator('[data-results]')).toBeVisible();
				expect(await page.locator('main').innerText()).not.toMatch(/atlas\.[a-z]/);
				await expect(page.locator('.deadline .promise').first()).toContainText(
					strings(locale.tag)['atlas.calc.label.target']!
				);
				await expectNoAxeViolations(page);
			});
			await test.step('invalid input shows a message in the page language and keeps the form as it was', async () => {
				await open(
					page,
					calculator(
						locale.home,
						'plan=beacon/standard&severity=P1&opened=2026-11-27T16:30&tz=Mars/Olympus'
					)
				);
				const message = strings(locale.tag)['atlas.calc.error.invalid-zone']!.replace(
					'{{value}}',
					'Mars/Olympus'
				);
				await expect(page.locator('[data-error]')).toHaveText(message);
				await expect(page.locator('#calc-tz')).toHaveAttribute('aria-invalid', 'true');
				await expect(page.locator('#calc-plan')).toHaveValue('beacon/standard');
				await expect(page.locator('#calc-opened')).toHaveValue('2026-11-27T16:30');
				await expect(page.locator('[data-results]')).toBeHidden();
				// Correcting the zone brings the result back.
				await page.locator('#calc-tz').fill('Europe/Warsaw');
				await page.locator('#calc-tz').press('Enter');
				await expect(due(page, 'first-response')).toHaveAttribute(
					'datetime',
					'2026-11-30T07:30:00Z'
				);
				await expect(page.locator('[data-error]')).toBeHidden();

				await open(
					page,
					calculator(
						locale.home,
						'plan=beacon/standard&severity=P1&opened=2026-02-30T16:30&tz=Europe/Warsaw'
					)
				);
				await expect(page.locator('[data-error]')).toHaveText(
					strings(locale.tag)['atlas.calc.error.invalid-time']!.replace(
						'{{value}}',
						'2026-02-30T16:30'
					)
				);
			});
			await test.step('nothing on the page moves when the calculator starts, on a phone or a desktop', async () => {
				for (const viewport of [
					{ width: 360, height: 780 },
					{ width: 1280, height: 900 },
				]) {
					// A page born at its width: a resize would itself move things.
					const context = await browser.newContext({ viewport });
					const page = await context.newPage();
					await open(page, calculator(locale.home, ''));
					// Every layout shift since the page started loading, with what moved.
					// (Layout shifts are not in the performance timeline: a buffered observer hands them over.)
					const shifts = await page.evaluate(() => {
						const observer = new PerformanceObserver(() => {});
						observer.observe({ type: 'layout-shift', buffered: true });
						return observer.takeRecords().flatMap((entry) => {
							const shift = entry as PerformanceEntry & {
								value: number;
								sources: {
									node?: Node;
									previousRect: DOMRectReadOnly;
									currentRect: DOMRectReadOnly;
								}[];
							};
							// What counts is the page's content (the header's pickers are Starlight's), and not
							// text laid out anew inside a form control (the date field's, when the script sets
							// the time, or a select's): that moves nothing around it.
							const rectOf = (selector: string) =>
								[...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
							const within = (r: DOMRectReadOnly, boxes: DOMRect[]) =>
								boxes.some(
									(c) =>
										r.left >= c.left - 1 &&
										r.right <= c.right + 1 &&
										r.top >= c.top - 1 &&
										r.bottom <= c.bottom + 1
								);
							const [main, controls] = [rectOf('main'), rectOf('main input, main select')];
							const moved = shift.sources.filter(
								(s) => within(s.currentRect, main) && !within(s.currentRect, controls)
							);
							if (moved.length === 0) return [];
							const box = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
							return `${shift.value.toFixed(4)}: ${moved
								.map(
									(s) =>
										`${(s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? s.node?.nodeName ?? 'a removed node'} ${box(s.previousRect)} → ${box(s.currentRect)}`
								)
								.join(', ')}`;
						});
					});
					expect(shifts, `${viewport.width} px`).toEqual([]);
					await context.close();
				}
			});
		});

		test('counts across DST and holidays, exports .ics, works by keyboard and derives the level from impact and urgency @locale-independent', async ({
			page,
		}) => {
			test.slow();
			await test.step('24x7 elapsed time across the spring DST change, and an opening time inside the DST gap', async () => {
				await open(
					page,
					calculator(
						locale.home,
						'plan=beacon/premium&severity=P3&opened=2026-03-28T23:00&tz=Europe/Warsaw'
					)
				);
				// 4 h from 23:00 CET ends at 04:00 CEST: five wall-clock hours later.
				await expect(due(page, 'first-response')).toHaveAttribute(
					'datetime',
					'2026-03-29T02:00:00Z'
				);
				await open(
					page,
					calculator(
						locale.home,
						'plan=quarry/premium&severity=P1&opened=2026-03-29T02:30&tz=Europe/Warsaw'
					)
				);
				// 02:30 does not exist that night; the ticket counts as opened 03:30 CEST, so 30 minutes later is 04:00 CEST.
				await expect(due(page, 'first-response')).toHaveAttribute(
					'datetime',
					'2026-03-29T02:00:00Z'
				);
				const note = page.locator('[data-opening-note]');
				await expect(note).toBeVisible();
				await expect(note).toContainText('Europe/Warsaw');
			});
			await test.step('holidays: catalogue holidays and extra closed dates are skipped', async () => {
				await open(
					page,
					calculator(
						locale.home,
						'plan=meridian/cloud-standard&opened=2026-12-23T10:00&tz=Europe/Berlin'
					)
				);
				await expect(due(page, 'inquiry-response')).toHaveAttribute(
					'datetime',
					'2026-12-29T09:00:00Z'
				);
				await page.locator('#calc-holidays').fill('2026-12-28');
				await page.locator('#calc-holidays').press('Enter');
				await expect(due(page, 'inquiry-response')).toHaveAttribute(
					'datetime',
					'2026-12-30T09:00:00Z'
				);
				await expect(page).toHaveURL(/holidays=2026-12-28/);
			});
			await test.step('the .ics download holds one event per deadline at the same instants', async () => {
				await open(
					page,
					calculator(
						locale.home,
						'plan=summit/pro&severity=P2&opened=2026-11-27T10:00&tz=Asia/Taipei'
					)
				);
				await expect(due(page, 'resolution')).toHaveAttribute('datetime', '2026-11-30T02:00:00Z');
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.locator('[data-ics]').click(),
				]);
				const text = readFileSync((await download.path())!, 'utf8');
				expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
				// Read by an independent iCalendar parser, as a calendar application would.
				const events = new ICAL.Component(ICAL.parse(text))
					.getAllSubcomponents('vevent')
					.map((v) => new ICAL.Event(v));
				expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
					'2026-11-27T04:00:00.000Z',
					'2026-11-30T02:00:00.000Z',
				]);
				expect(events[0]!.summary).toContain(
					strings(locale.tag)['atlas.target.kind.first-response']!
				);
			});
			await test.step('works by keyboard alone, and the URL follows every change', async () => {
				await open(page, calculator(locale.home, warsawQuery));
				await page.locator('#calc-plan').focus();
				await page.keyboard.press('Tab');
				await expect(page.locator('#calc-severity')).toBeFocused();
				await page.keyboard.press('ArrowDown');
				await expect(page).toHaveURL(/severity=P2/);
				// P2 is 3 h: 16:30–17:00 on Friday, then 08:00–10:30 on Monday.
				await expect(due(page, 'first-response')).toHaveAttribute(
					'datetime',
					'2026-11-30T09:30:00Z'
				);
				await page.locator('[data-copy-link]').focus();
				await page.keyboard.press('Enter');
				await expect(page.locator('[data-copy-status]')).toHaveText(
					strings(locale.tag)['atlas.calc.copied']!
				);
			});
			await test.step('the impact × urgency picker derives the severity', async () => {
				await open(page, calculator(locale.home, warsawQuery));
				await page.locator('[data-matrix] summary').click();
				await page.locator('#calc-impact').selectOption('medium');
				await page.locator('#calc-urgency').selectOption('low');
				await expect(page.locator('#calc-severity')).toHaveValue('P4');
				await expect(page).toHaveURL(/severity=P4/);
			});
		});
	});
}

test.describe("Intl's first use", () => {
	test('happens in a worker, and a missing or silent worker never holds the answer back', async ({
		page,
	}) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await open(page, calculator('/', ''));
		expect(workers.filter((url) => url.includes('intl-warm-up'))).toHaveLength(1);
		// The .ics file is made when the reader reaches for its link, not with every result.
		const ics = page.locator('[data-ics]');
		await expect(ics).toHaveAttribute('href', '#');
		await ics.hover();
		await expect(ics).toHaveAttribute('href', /^blob:/);

		for (const answer of ['refused', 'silent'] as const) {
			await page.unrouteAll();
			await page.route('**/*intl-warm-up*', (route) =>
				answer === 'refused' ? route.abort() : undefined
			);
			await open(page, calculator('/', warsawQuery));
			await expect(due(page, 'first-response'), answer).toHaveAttribute(
				'datetime',
				'2026-11-30T07:30:00Z'
			);
		}
	});
});

test.describe('the Temporal polyfill', () => {
	test('is not loaded when the browser has Temporal', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await open(page, calculator('/', warsawQuery));
		expect(await page.evaluate(() => 'Temporal' in globalThis)).toBe(true);
		expect(scripts.filter((u) => /global\.esm/.test(u))).toEqual([]);
	});
	test('is loaded, and the calculator still works, when the browser lacks Temporal', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			delete (globalThis as { Temporal?: unknown }).Temporal;
		});
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await open(page, calculator('/pl/', warsawQuery));
		await expect(due(page, 'first-response')).toHaveAttribute('datetime', '2026-11-30T07:30:00Z');
		expect(scripts.filter((u) => /global\.esm/.test(u))).toHaveLength(1);
	});
});
