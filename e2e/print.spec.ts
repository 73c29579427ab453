import { execFileSync } from 'node:child_process';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { formatDate } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { comparePath, severityGuidePath, vendorPlansPath } from '#lib/routes.ts';
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
