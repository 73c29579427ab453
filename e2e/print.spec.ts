import { execFileSync } from 'node:child_process';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { formatDate } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	calculatorPath,
	comparePath,
	severityGuidePath,
	targetRowAnchor,
	vendorPlansPath,
} from '#lib/routes.ts';
import { uiStrings } from './locales.ts';

/** The site address printed pages point back to (astro.config.mjs `site`). */
const site = process.env.PLAN_ATLAS_SITE ?? 'https://plan-atlas.example';

/**
 * Prints the page as Chromium does (A4, the page's own @page size and margins) and returns the text
 * of each printed page, read back with poppler's pdftotext.
 */
async function printPages(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
	const pdf = testInfo.outputPath(`${name}.pdf`);
	await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
	const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
	// pdftotext ends every page with a form feed.
	return text.split('\f').slice(0, -1);
}

/** Removes the size of every @page rule, as a browser that does not read it prints. */
async function dropPageSizes(page: Page): Promise<void> {
	await page.evaluate(() => {
		const walk = (rules: CSSRuleList) => {
			for (const rule of rules)
				if (rule instanceof CSSPageRule) rule.style.removeProperty('size');
				else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
		};
		for (const sheet of document.styleSheets) walk(sheet.cssRules);
	});
}

/** Text with all whitespace removed: lines wrap differently on paper than on screen. */
const squash = (text: string) => text.replace(/\s+/g, '');

test.describe('printing', () => {
	test('a plan page prints every row description, source addresses, and no controls', async ({
		page,
	}, testInfo) => {
		await page.goto(vendorPlansPath('en', 'quarry'));
		const descriptions = await page.locator('details .row-description').allTextContents();
		expect(descriptions.length).toBeGreaterThan(10);
		const sources = await page
			.locator('[data-section="sources"] a[href^="http"]')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
		expect(sources.length).toBeGreaterThan(0);

		const pages = await printPages(page, testInfo, 'quarry-plans');
		const paper = squash(pages.join('\n'));
		for (const description of descriptions) expect(paper).toContain(squash(description));
		for (const source of sources) expect(paper).toContain(squash(`(${source})`));
		// Key links carry their address too.
		expect(paper).toContain(squash(`(${site}${comparePath('en')})`));

		const strings = uiStrings('en');
		expect(paper).not.toContain(squash(strings['atlas.plans.copyLink']!));
		expect(paper).not.toContain('↩');
		// Printing opened the collapsed rows only for paper.
		// (Starlight's sidebar groups are open by design; only the page's own rows count.)
		await expect(page.locator('main details[open]')).toHaveCount(0);
	});

	test('the comparison repeats its full header on every page and prints coverage hours', async ({
		page,
	}, testInfo) => {
		await page.goto(comparePath('en'));
		const labels = (await page.locator('.compare-table thead th').allTextContents()).map((l) =>
			l.trim()
		);
		expect(labels.length).toBeGreaterThan(3);
		const hours = await page
			.locator('.compare-table small[data-coverage][title]')
			.evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('title')!))]);

		// The note under the table starts the part of the page after it (contact facts, charts).
		const note = squash((await page.locator('.compare .wait-note').textContent())!).slice(0, 40);

		const pages = await printPages(page, testInfo, 'compare');
		const tableEnd = pages.findIndex((text) => squash(text).includes(note));
		expect(tableEnd).toBeGreaterThanOrEqual(1);
		for (const [i, text] of pages.slice(0, tableEnd).entries())
			for (const label of labels) expect(text, `page ${i + 1}: “${label}”`).toContain(label);
		const paper = squash(pages.join('\n'));
		for (const full of hours) expect(paper).toContain(squash(full));
	});

	test('the printed page says where it came from and when', async ({ page }, testInfo) => {
		await page.goto(severityGuidePath('ko', 'beacon'));
		const pages = await printPages(page, testInfo, 'severity-ko');
		const now = new Date();
		const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
		const template = uiStrings('ko')['atlas.print.fromOn']!;
		const line = template
			.replace('{{url}}', `${site}${severityGuidePath('ko', 'beacon')}`)
			.replace('{{date}}', formatDate(today, 'ko'));
		expect(squash(pages[0]!)).toContain(squash(line));
	});

	test('an assumption prints as a numbered reference, its text once in the list with what it applies to', async ({
		page,
	}, testInfo) => {
		await page.goto(vendorPlansPath('en', 'quarry'));
		const markers = page.locator('main .assumption-marker');
		expect(await markers.count()).toBeGreaterThan(1);
		const items = await page.locator('.assumption-list > li').evaluateAll((lis) =>
			lis.map((li) => ({
				label: li.querySelector('.assumption-label')!.textContent!.trim(),
				applies: li.querySelector('.applies')!.textContent!.trim(),
				text: li.querySelector('p')!.textContent!.trim(),
			}))
		);
		const paper = squash((await printPages(page, testInfo, 'quarry-markers')).join('\n'));
		for (const item of items) {
			expect(paper.split(squash(item.text)).length - 1, item.text).toBe(1);
			expect(paper).toContain(squash(`${item.label} ${item.applies}`));
		}
		// The chip's arrow does not print.
		expect(paper).not.toMatch(/[▾▸]/);
	});

	test('the comparison ends with its vendors’ sources, checked dates and the assumptions its markers name', async ({
		page,
	}, testInfo) => {
		await page.goto(comparePath('en'));
		const checked = await page
			.locator('[data-paper-notes] [data-source-checked]')
			.allTextContents();
		expect(checked.length).toBeGreaterThan(0);
		const marked = await page
			.locator('.compare-table .assumption-marker .assumption-text')
			.evaluateAll((texts) => [
				...new Set(texts.map((t) => t.firstChild!.textContent!.trim()).filter(Boolean)),
			]);
		expect(marked.length).toBeGreaterThan(0);
		const pages = await printPages(page, testInfo, 'compare-notes');
		const paper = squash(pages.join('\n'));
		for (const date of checked) expect(paper).toContain(squash(date));
		for (const text of marked) expect(paper.split(squash(text)).length - 1, text).toBe(1);
	});

	for (const format of ['A4', 'Letter'] as const)
		for (const cssPageSize of [true, false])
			test(`every tier prints from a phone's page, at ${format} ${cssPageSize ? 'with' : 'without'} the page's size`, async ({
				page,
			}, testInfo) => {
				await page.setViewportSize({ width: 390, height: 800 });
				// A row link from a phone, naming one tier; paper still shows them all.
				await page.goto(
					`${vendorPlansPath('en', 'quarry')}#${targetRowAnchor('first-response', 'P1')}`
				);
				const tiers = await page
					.locator('.plans-table thead th[data-tier] .tier-name')
					.allTextContents();
				expect(tiers.length).toBeGreaterThan(2);
				await expect(page.locator('.plans-table thead th[data-tier]:visible')).not.toHaveCount(
					tiers.length
				);
				if (!cssPageSize) await dropPageSizes(page);
				const pdf = testInfo.outputPath(`tiers-${format}-${cssPageSize}.pdf`);
				await page.pdf({ path: pdf, format, preferCSSPageSize: cssPageSize });
				const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
				const caption = squash((await page.locator('.plans-table caption').textContent())!);
				// The sheet the table starts on: its header names every tier.
				const first = text
					.split('\f')
					.map(squash)
					.find((p) => p.includes(caption));
				expect(first).toBeDefined();
				for (const tier of tiers) expect(first!, tier).toContain(squash(tier));
				expect(squash(text)).toContain(squash(`${site}${vendorPlansPath('en', 'quarry')}#`));
			});

	test('the calculator prints its inputs as text, the address that reopens the result, and each result whole', async ({
		page,
	}, testInfo) => {
		const path = calculatorPath('en', {
			plan: 'beacon/standard',
			severity: 'P1',
			opened: '2026-11-27T16:30',
			tz: 'Europe/Warsaw',
		});
		await page.goto(path);
		await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
		await expect(page.locator('[data-results]')).toBeVisible();
		const strings = uiStrings('en');
		const plan = (await page.locator('#calc-plan option:checked').textContent())!.trim();
		const cards = await page
			.locator('[data-results-list] > *')
			.evaluateAll((cards) => cards.map((c) => (c as HTMLElement).innerText));
		expect(cards.length).toBeGreaterThan(0);

		const pages = await printPages(page, testInfo, 'calculator');
		const paper = squash(pages.join('\n'));
		expect(paper).toContain(squash(`${strings['atlas.calc.field.plan']}${plan}`));
		expect(paper).toContain(squash(`${strings['atlas.calc.field.tz']}Europe/Warsaw`));
		expect(paper).toContain('2026-11-2716:30');
		// The printed address is the one that reopens this result.
		expect(paper).toContain(squash(`${site}${path}`));
		// No control or its instructions print.
		expect(paper).not.toContain(squash(strings['atlas.calc.field.holidaysHint']!));
		expect(paper).not.toContain(squash(strings['atlas.calc.addToCalendar']!));
		for (const card of cards) {
			const head = squash(card).slice(0, 40);
			const tail = squash(card).slice(-40);
			const on = pages.findIndex((p) => squash(p).includes(head));
			expect(on, card).toBeGreaterThanOrEqual(0);
			expect(squash(pages[on]!), 'a result on one sheet').toContain(tail);
		}
		// Printing left the page as it was.
		await expect(page.locator('.print-inputs')).toHaveCount(0);
	});

	for (const tag of ['ko', 'zh-CN', 'pl'] as LocaleTag[]) {
		test(`a severity guide in ${tag} prints without calculator links or an empty last page`, async ({
			page,
		}, testInfo) => {
			await page.goto(severityGuidePath(tag, 'beacon'));
			const calculatorLabels = await page.locator('[data-calculator-link]').allTextContents();
			expect(calculatorLabels.length).toBeGreaterThan(0);
			const levels = await page.locator('section.level h3').allTextContents();

			const pages = await printPages(page, testInfo, `severity-${tag}`);
			expect(pages.at(-1)!.trim()).not.toBe('');
			const paper = squash(pages.join('\n'));
			for (const label of calculatorLabels) expect(paper).not.toContain(squash(label));
			for (const level of levels) expect(paper).toContain(squash(level));
		});
	}
});
