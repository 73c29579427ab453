/**
 * Chinese pages as readers see them, with every formatted value in place (dates, durations, lists,
 * holiday names, citations): no bracket inside another, no half-width space beside a full-width
 * bracket, each locale's one number–unit spacing rule, its rule for Chinese beside Latin words and
 * numbers (the glossary's `cjkSpacing`), and no English left in the text. The translation report
 * checks the texts before values go in; this checks the sentences they make.
 */
import { expect, test, type Page } from '@playwright/test';
import { cjkSpacingErrors } from '#lib/translation-report/glossary.ts';
import { readGlossaries } from '../src/node/i18n-report-inputs.ts';
import { siteLocales } from './locales.ts';

const glossaries = readGlossaries();

const pages = [
	'',
	'plans/beacon/',
	'plans/keystone/',
	'plans/keystone/premium/',
	'plans/meridian/',
	'plans/quarry/',
	'plans/ledger/',
	'plans/ledger/changes/',
	'plans/ledger/v/2025-09/',
	'plans/summit/pro/',
	'compare/',
	'finder/',
	'faq/',
	'faq/summit/',
	'severity/quarry/',
];

/** Results whose traces hold holidays with names, a nested date list and several sources. */
const calculatorQueries = [
	'plan=beacon/standard&severity=P2&opened=2026-09-30T16:30&tz=Asia/Shanghai&region=CN',
	'plan=meridian/cloud-standard&opened=2026-11-25T16:00&tz=America/New_York&region=US',
	'plan=quarry/standard&severity=P1&opened=2026-12-23T16:30&tz=Europe/Berlin&holidays=2026-12-24,2026-12-25',
];

/**
 * The page's main text with every collapsed part (markers, traces) opened, without footnote marks
 * (a superscript "1" after a word is not a number in the sentence).
 */
async function mainText(page: Page): Promise<string> {
	await page.evaluate(() => {
		document.querySelectorAll('details').forEach((d) => {
			d.open = true;
		});
		document.querySelectorAll('main sup.footnote-ref').forEach((s) => s.remove());
	});
	return page.locator('main').innerText();
}

function problems(text: string, tag: 'zh-CN' | 'zh-TW'): string[] {
	const found: string[] = [];
	for (const line of text.split('\n')) {
		let depth = 0;
		for (const ch of line) {
			if (ch === '（') depth++;
			else if (ch === '）') depth = Math.max(0, depth - 1);
			if (depth === 2) {
				found.push(`nested brackets: ${line}`);
				break;
			}
		}
		// An assumption marker ("假设：工作时间", or "假设 1" without a label) is a separate chip after
		// the value, not part of the sentence.
		if (/ （|（ |） (?!假[设設](?: \d|：))(?=\p{Script=Han}|·)/u.test(line))
			found.push(`space beside a bracket: ${line}`);
		if (tag === 'zh-CN' && /\d[ \u00a0](?:小时|分钟|个工作日|天)/u.test(line))
			found.push(`space between number and unit: ${line}`);
		if (tag === 'zh-TW' && /\d(?:小時|分鐘|個營業日|天)/u.test(line))
			found.push(`no space between number and unit: ${line}`);
		if (/Section titled|Severity|holidays\)|days off|Thanksgiving/u.test(line))
			found.push(`English left: ${line}`);
		// The marker chip stands apart from the sentence before it, as above.
		for (const error of cjkSpacingErrors(
			line.replace(/ (?=假[设設](?: \d|：))/gu, '\t'),
			glossaries[tag]!
		))
			found.push(`Chinese beside Latin or a number, ${error}: ${line}`);
	}
	return found;
}

for (const locale of siteLocales.filter((l) => l.tag === 'zh-CN' || l.tag === 'zh-TW')) {
	const tag = locale.tag as 'zh-CN' | 'zh-TW';
	test.describe(`Chinese typography (${tag})`, () => {
		test('catalogue pages, calculator results and severity guides keep the Chinese typography rules', async ({
			page,
		}) => {
			test.slow();
			await test.step('catalogue pages read with one bracket and spacing rule and no English', async () => {
				for (const path of pages) {
					await page.goto(`${locale.home}${path}`);
					expect(problems(await mainText(page), tag), path).toEqual([]);
				}
			});
			await test.step('calculator results and traces keep the same rules', async () => {
				for (const query of calculatorQueries) {
					await page.goto(`${locale.home}calculator/?${query}`);
					await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
					await expect(page.locator('ol.trace').first()).toBeAttached();
					expect(problems(await mainText(page), tag), query).toEqual([]);
				}
			});
			await test.step('a severity guide keeps short table labels whole on a phone and a desktop', async () => {
				// Column headers, the matrix's corner, tier names and level names are a few characters each:
				// split mid-word ("影响中/等", "支持计/划", "影響程/度") they read as two words. A label of
				// several words ("急迫性/影響程度", "Urgency / impact") may wrap between them, at a space or after a slash.
				for (const vendor of ['beacon', 'quarry']) {
					await page.goto(`${locale.home}severity/${vendor}/`);
					for (const width of [320, 1280]) {
						await page.setViewportSize({ width, height: 800 });
						const broken = await page.evaluate(() =>
							[
								...document.querySelectorAll(
									'main thead th, main thead td, main .tiers tbody th, main .matrix .level-name'
								),
							]
								.filter((label) => label.checkVisibility() && label.textContent!.trim())
								.flatMap((label) => {
									const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
									const split: string[] = [];
									for (let node = walker.nextNode(); node; node = walker.nextNode())
										for (const word of node.textContent!.matchAll(/[^\s/]+\/?/g)) {
											const range = document.createRange();
											range.setStart(node, word.index);
											range.setEnd(node, word.index + word[0].length);
											const tops = new Set(
												[...range.getClientRects()].map((r) => Math.round(r.top))
											);
											if (tops.size > 1) split.push(`${word[0]} in ${label.textContent!.trim()}`);
										}
									return split;
								})
						);
						expect(broken, `${vendor} at ${width} px`).toEqual([]);
					}
				}
			});
		});
	});
}
