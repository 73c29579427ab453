/**
 * Paper budgets: the pages a customer is handed, printed by Chromium at A4 as a reader would print
 * them from the example catalogue's site (dist/, `npm run build`), stay within a number of sheets, fill
 * every sheet but the last at least a third, and carry every figure the screen shows.
 * The PDF is read back with poppler's `pdftotext -bbox` (installed by scripts/ensure-chromium.ts),
 * which gives each page's size and where each word stands on it.
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { LocaleTag } from '#lib/locales.ts';
import { comparePath, tierPath, vendorPlansPath } from '#lib/routes.ts';
import { staticSiteServer } from '../src/node/static-site.ts';
import { EXAMPLE_DIST } from './builds.ts';

let server: Server | undefined;
let origin = '';

test.beforeAll(async () => {
	server = staticSiteServer(EXAMPLE_DIST);
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
	server?.close();
});

/** One printed sheet: its words, and how far down its content reaches (0–1 of the page's height). */
interface Sheet {
	text: string;
	fill: number;
}

/**
 * The sheets of a PDF: each page's text in reading order (`pdftotext -raw`) and how far down its
 * lowest word reaches (`pdftotext -bbox`).
 */
function readSheets(pdf: string): Sheet[] {
	const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
	// pdftotext ends every page with a form feed.
	const texts = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\f');
	return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
		([, , height, body], i) => {
			const words = [...body!.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)];
			const top = Math.min(...words.map((w) => Number(w[1])));
			const bottom = Math.max(...words.map((w) => Number(w[2])));
			// Measured from the first line (under the top margin) to the page's bottom margin (12 mm).
			const usable = Number(height) - top - (12 / 25.4) * 72;
			return {
				text: texts[i] ?? '',
				fill: words.length === 0 ? 0 : Math.min(1, (bottom - top) / usable),
			};
		}
	);
}

/**
 * Prints the page at A4 as a reader's Chromium does: with the page's own @page size (landscape for
 * the tables), or as a browser that ignores it prints (portrait).
 */
async function print(
	page: Page,
	testInfo: TestInfo,
	name: string,
	cssPageSize: boolean
): Promise<Sheet[]> {
	const path = testInfo.outputPath(`${name}.pdf`);
	if (!cssPageSize) await dropPageSizes(page);
	await page.pdf({ path, format: 'A4', preferCSSPageSize: cssPageSize });
	return readSheets(path);
}

/** Removes the size of every @page rule, as a browser that does not read it prints. */
export async function dropPageSizes(page: Page): Promise<void> {
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

/** Every figure the screen shows in the page's tables: each cell's value, without its markers. */
async function screenFigures(page: Page): Promise<string[]> {
	return page.locator('main table td').evaluateAll((cells) =>
		cells
			.filter((cell) => (cell as HTMLElement).offsetParent !== null)
			.flatMap((cell) => {
				const copy = cell.cloneNode(true) as HTMLElement;
				copy
					.querySelectorAll(
						'.assumption-marker, .sr-only, .footnote-ref, [data-copy-link], button, small[data-coverage]'
					)
					.forEach((n) => n.remove());
				// A figure is a number with what it counts ("8 hours", "24x7", "2 h").
				return (copy.textContent ?? '').match(/\d+(?:[.,:x×/]\d+)*\s*\p{L}*/gu) ?? [];
			})
	);
}

const budgets: {
	name: string;
	path: (tag: LocaleTag) => string;
	tags: LocaleTag[];
	max: number;
}[] = [
	{ name: 'compare', path: (tag) => comparePath(tag), tags: ['en', 'zh-TW'], max: 6 },
	{
		name: 'tableau',
		path: (tag) => vendorPlansPath(tag, 'tableau'),
		tags: ['en', 'pl'],
		max: 8,
	},
	{
		name: 'tableau-premium',
		path: (tag) => tierPath(tag, 'tableau', 'premium'),
		tags: ['en', 'pl'],
		max: 5,
	},
];

for (const { name, path, tags, max } of budgets)
	for (const tag of tags)
		test(`${name} (${tag}) prints on at most ${max} A4 sheets, each but the last at least a third full, with every figure`, async ({
			page,
		}, testInfo) => {
			test.slow();
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(`${origin}${path(tag)}`);
			const figures = [...new Set(await screenFigures(page))];
			expect(figures.length).toBeGreaterThan(0);
			for (const cssSize of [true, false]) {
				const sheets = await print(page, testInfo, `${name}-${tag}-${cssSize}`, cssSize);
				const fills = sheets.map((s) => Math.round(s.fill * 100));
				testInfo.annotations.push({
					type: 'sheets',
					description: `${name} ${tag} ${cssSize ? 'css' : 'a4'}: ${sheets.length} (${fills.join(' ')})`,
				});
				console.log(`${name} ${tag} css=${cssSize}: ${sheets.length} sheets, fill ${fills}`);
				expect(sheets.length).toBeLessThanOrEqual(max);
				for (const [i, sheet] of sheets.slice(0, -1).entries())
					expect(sheet.fill, `sheet ${i + 1} of ${sheets.length}`).toBeGreaterThanOrEqual(1 / 3);
				const paper = squash(sheets.map((s) => s.text).join(''));
				for (const figure of figures) expect(paper, figure).toContain(squash(figure));
			}
		});
