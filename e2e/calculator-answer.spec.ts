/**
 * The calculator's answer as a customer meets it: each deadline card leads with where its clock
 * stands, a line above says what the answer is for, a timeline shows the count; a shared link's
 * inputs show while the island is still on its way (a slow network), and what the reader types
 * meanwhile is kept; the calendar file reminds, and nothing is offered to export where there is no
 * deadline; the FAQ's worked examples draw the same timeline without scripts.
 */
import { interpolate } from '#lib/i18n/interpolate.ts';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { formatMinutes, formatShortDateTime } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { calculatorPath, generalFaqPath } from '#lib/routes.ts';
import { siteLocales, uiStrings } from './locales.ts';

/** Beacon Standard, P1 (1 hour, Mon–Fri 08:00–17:00), opened Friday 27 November 2026, 16:30 in Warsaw. */
const linked = {
	plan: 'beacon/standard',
	severity: 'P1',
	opened: '2026-11-27T16:30',
	tz: 'Europe/Warsaw',
} as const;

/** A UI string with its variables filled in. */
const text = (tag: LocaleTag, key: string, vars: Record<string, string> = {}) =>
	interpolate(uiStrings(tag)[key]!, vars);

/** Opens the calculator with the browser's clock at `now` and waits until the island has answered. */
async function openAt(page: Page, url: string, now: string) {
	await page.clock.setFixedTime(new Date(now));
	await page.goto(url);
	await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
}

const firstCard = (page: Page) => page.locator('.deadline[data-kind="first-response"]');
const zone = linked.tz;
const at = (iso: string) => Date.parse(iso);

for (const { tag } of siteLocales) {
	test.describe(`calculator answer (${tag})`, () => {
		test('each card leads with where the clock stands, above them what the answer is for, and a timeline of the count', async ({
			page,
		}) => {
			const url = calculatorPath(tag, linked);
			const minutes = (n: number) => formatMinutes(n, tag, { days: true });
			const states: [string, string][] = [
				[
					'2026-11-27T15:40:00Z',
					text(tag, 'atlas.calc.state.running', { left: minutes(50), total: minutes(60) }),
				],
				[
					'2026-11-28T10:00:00Z',
					text(tag, 'atlas.calc.state.paused', {
						time: formatShortDateTime(at('2026-11-30T07:00:00Z'), tag, zone),
						left: minutes(30),
						total: minutes(60),
					}),
				],
				[
					'2026-11-30T09:30:00Z',
					text(tag, 'atlas.calc.countdown.overdue', { duration: minutes(120) }),
				],
			];
			for (const [now, expected] of states) {
				await openAt(page, url, now);
				// Right under the card's heading, before the due time.
				const state = firstCard(page).locator('h3 + [data-clock-state]');
				await expect(state, now).toHaveText(expected);
				await expect(firstCard(page).locator('[data-clock-state] + .due')).toBeVisible();
			}
			await expect(page.locator('[data-summary-text]')).toContainText('Europe/Warsaw');
			await expect(page.locator('[data-summary-text]')).toContainText(
				text(tag, 'atlas.calc.summary.opened', {
					time: formatShortDateTime(at('2026-11-27T15:30:00Z'), tag, zone),
				})
			);
			// Edit takes the reader back to the form.
			await page.locator('[data-edit]').click();
			await expect(page.locator('#calc-plan')).toBeFocused();

			// The timeline: Friday 16:30–17:00 and Monday 08:00–08:30 counted, the weekend between paused.
			const timeline = firstCard(page).locator('[data-timeline] svg');
			await expect(timeline.locator('.tl-counted')).toHaveCount(2);
			await expect(timeline.locator('.tl-paused')).toHaveCount(1);
			const labels = await timeline.locator('text.tl-time').allTextContents();
			expect(labels.map((l) => l.replace(/^.*\s/, ''))).toEqual([
				'16:30',
				'17:00',
				'08:00',
				'08:30',
			]);
			await expect(timeline.locator('text.tl-pause')).toHaveText(
				new RegExp(text(tag, 'atlas.calc.trace.reason.weekend'), 'i')
			);
			// Its words are the trace's.
			const trace = await timeline.getAttribute('aria-describedby');
			await expect(page.locator(`ol#${trace}`)).toHaveCount(1);
		});
	});
}

test.describe('steady loading @locale-independent', () => {
	test('a slow island: the link’s inputs show before it runs, what the reader types meanwhile is kept, and nothing scrolls', async ({
		page,
	}) => {
		// The island's script waits until the reader has typed (the page's parsing is done meanwhile, but
		// its DOMContentLoaded waits for the module scripts, the island's among them).
		let release!: () => void;
		const typed = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/Calculator.astro_astro_type_script_*', async (route) => {
			await typed;
			await route.continue();
		});
		await page.goto(calculatorPath('en', linked), { waitUntil: 'commit' });
		await expect(page.locator('#calc-plan')).toHaveValue(linked.plan);
		await expect(page.locator('#calc-severity')).toHaveValue(linked.severity);
		await expect(page.locator('#calc-opened')).toHaveValue(linked.opened);
		await expect(page.locator('#calc-tz')).toHaveValue(linked.tz);
		await expect(page.locator('[data-calculator]')).not.toHaveAttribute('data-ready');
		// Monday off: the reader types it before the island has run.
		await page.locator('#calc-holidays').fill('2026-11-30');
		const scrolled = await page.evaluate(() => scrollY);
		release();
		await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
		await expect(page.locator('#calc-holidays')).toHaveValue('2026-11-30');
		await expect(page.locator('#calc-plan')).toHaveValue(linked.plan);
		// The answer and the URL follow what the reader typed: due Tuesday 08:30.
		await expect(page.locator('time[data-target="first-response"]')).toHaveAttribute(
			'datetime',
			'2026-12-01T07:30:00Z'
		);
		await expect(page).toHaveURL(/holidays=2026-11-30/);
		expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	});
});

test.describe('the calendar file and the actions @locale-independent', () => {
	test('each event explains itself, links back and reminds an hour before and when due; no action without deadlines', async ({
		page,
	}) => {
		const url = calculatorPath('en', {
			plan: 'summit/pro',
			severity: 'P2',
			opened: '2026-11-27T10:00',
			tz: 'Asia/Taipei',
		});
		await openAt(page, url, '2026-11-27T01:00:00Z');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-ics]').click(),
		]);
		const events = new ICAL.Component(
			ICAL.parse(readFileSync((await download.path())!, 'utf8'))
		).getAllSubcomponents('vevent');
		expect(events.length).toBeGreaterThan(1);
		const descriptions = events.map((e) => String(e.getFirstPropertyValue('description')));
		expect(new Set(descriptions).size).toBe(events.length);
		for (const event of events) {
			expect(String(event.getFirstPropertyValue('description')).split('\n').at(-1)).toBe(
				page.url()
			);
			expect(
				event
					.getAllSubcomponents('valarm')
					.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())
			).toEqual([-3600, 0]);
		}
		await expect(page.locator('[data-actions]')).toBeVisible();

		// Keystone Enterprise offers P4 without a target: nothing to copy or to put in a calendar.
		await openAt(
			page,
			calculatorPath('en', {
				plan: 'keystone/enterprise',
				severity: 'P4',
				opened: '2026-12-04T16:30',
				tz: 'Europe/Warsaw',
			}),
			'2026-12-04T15:00:00Z'
		);
		await expect(page.locator('[data-results-list]')).toContainText(
			text('en', 'atlas.calc.noPublishedTarget')
		);
		await expect(page.locator('[data-actions]')).toBeHidden();
	});
});

test.describe('worked examples @locale-independent', () => {
	test.use({ javaScriptEnabled: false });
	test('draw their timelines without scripts, each described by its trace', async ({ page }) => {
		await page.goto(generalFaqPath('en'));
		const timelines = page.locator('.worked-example svg.timeline');
		expect(await timelines.count()).toBeGreaterThan(0);
		for (const svg of await timelines.all()) {
			const trace = await svg.getAttribute('aria-describedby');
			await expect(page.locator(`ol.trace#${trace}`)).toHaveCount(1);
			expect(await svg.locator('.tl-counted').count()).toBeGreaterThan(0);
		}
	});
});
