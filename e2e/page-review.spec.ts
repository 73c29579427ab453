/**
 * Layout rules found by looking at every page type at 360 and 1280 px in every locale: assumption
 * chips keep their shape (two lines at most, inside their column) and stay in line with the text
 * they follow, a tier's own page gives its card the
 * row, the theme picker shows its whole label, severity labels keep their number, and a result opened
 * from a link is shown from its start.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	calculatorPath,
	comparePath,
	homePath,
	severityGuidePath,
	tierPath,
	vendorFaqPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { warsawExample } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';

const phone = { width: 360, height: 780 };
const desktop = { width: 1280, height: 900 };

/**
 * Chips that lose their shape, as "label: why": a label of words ("Assumption: business hours") may
 * wrap onto a second line in a narrow column, but never a third, and never out of its column.
 */
async function wrappedChips(page: Page): Promise<string[]> {
	return page.locator('.assumption-marker > summary').evaluateAll((summaries) =>
		summaries
			.filter((s) => s.getBoundingClientRect().height > 0)
			.flatMap((s) => {
				const box = s.getBoundingClientRect();
				const lines = box.height / parseFloat(getComputedStyle(s).lineHeight);
				const column = s.closest('td, th, dd, li, p, div')!;
				const style = getComputedStyle(column);
				const right =
					column.getBoundingClientRect().right -
					parseFloat(style.borderRightWidth) -
					parseFloat(style.paddingRight);
				return [
					...(lines > 2.5 ? [`${s.textContent}: ${Math.round(box.height)}px`] : []),
					...(box.right > right + 0.5
						? [`${s.textContent}: ${(box.right - right).toFixed(1)}px out of its column`]
						: []),
				];
			})
	);
}

/** Chips that start a line yet stand inset from the text above them, as "label: inset". */
async function indentedChips(page: Page): Promise<string[]> {
	return page.locator('.assumption-marker').evaluateAll((chips) =>
		chips.flatMap((chip) => {
			// The chip's visible box is its summary's (which a style could pull out of the details).
			const box = chip.querySelector('summary')!.getBoundingClientRect();
			if (box.height === 0) return [];
			const parent = chip.parentElement!;
			const style = getComputedStyle(parent);
			const contentLeft =
				parent.getBoundingClientRect().left +
				parseFloat(style.borderLeftWidth) +
				parseFloat(style.paddingLeft);
			const inset = box.left - contentLeft;
			// A chip after text on the same line stands well right of the content's start; one that
			// starts a line must start where the content does.
			return Math.abs(inset) > 0.5 && inset < 12
				? [`${chip.querySelector('summary')?.textContent}: ${inset.toFixed(1)}px`]
				: [];
		})
	);
}

for (const locale of siteLocales) {
	test.describe(`page review (${locale.tag})`, () => {
		test('chips, the theme picker, tier cards, severity labels and the matrix keep their shape; a linked result shows from its start', async ({
			page,
		}) => {
			test.slow();
			await test.step('assumption chips keep their shape and stay in line with the text; the theme picker shows its whole label', async () => {
				// Each page is loaded once on a phone; the home page and the comparison are then widened to
				// a desktop (the layout is responsive CSS: a resize reflows it the way a load at that width would).
				for (const path of [
					homePath(locale.tag),
					comparePath(locale.tag),
					vendorPlansPath(locale.tag, 'quarry'),
					vendorFaqPath(locale.tag, 'beacon'),
				]) {
					await page.setViewportSize(phone);
					await page.goto(path);
					expect(await wrappedChips(page), path).toEqual([]);
					expect(await indentedChips(page), path).toEqual([]);
					if (path === comparePath(locale.tag)) {
						await page.setViewportSize(desktop);
						expect(await wrappedChips(page), 'comparison at 1280 px').toEqual([]);
					}
					if (path !== homePath(locale.tag)) continue;
					await page.setViewportSize(desktop);
					expect(await indentedChips(page), 'home at 1280 px').toEqual([]);
					// The theme picker shows its whole label.
					const select = page.locator('starlight-theme-select select').first();
					await expect(select).toBeVisible();
					const label = uiStrings(locale.tag)['themeSelect.auto'];
					if (label) await expect(select.locator('option:checked')).toHaveText(label);
					const { scroll, client, text } = await select.evaluate((s: HTMLSelectElement) => {
						// The select's own width against what its chosen option needs, measured in the same font.
						const probe = document.createElement('span');
						probe.style.font = getComputedStyle(s).font;
						probe.style.position = 'absolute';
						probe.textContent = s.selectedOptions[0]!.text;
						document.body.append(probe);
						const text = probe.getBoundingClientRect().width;
						probe.remove();
						const style = getComputedStyle(s);
						return {
							scroll: s.scrollWidth,
							client:
								s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
							text,
						};
					});
					expect(
						text,
						`theme picker label needs ${text}px, has ${client}px (${scroll})`
					).toBeLessThanOrEqual(client + 0.5);
				}
			});
			await test.step('a tier’s own page gives its card the row; its severity labels keep their number', async () => {
				await page.setViewportSize(desktop);
				await page.goto(tierPath(locale.tag, 'quarry', 'extended'));
				const card = page.locator('.tier-overviews > li');
				const list = page.locator('.tier-overviews');
				const [cardBox, listBox] = [await card.boundingBox(), await list.boundingBox()];
				expect(cardBox!.width).toBeGreaterThan(listBox!.width * 0.6);
				const labels = page.locator('.tier-targets th[scope="row"]');
				await expect(labels.first()).toBeVisible();
				// Lines of each label's text (a cell is as tall as its row, so its height says nothing).
				const lines = await labels.evaluateAll((ths) =>
					ths.map((th) => {
						const range = document.createRange();
						range.selectNodeContents(th);
						const tops = [...range.getClientRects()].map((r) => Math.round(r.top));
						return `${th.textContent}: ${new Set(tops).size}`;
					})
				);
				expect(lines.filter((l) => !l.endsWith(': 1'))).toEqual([]);
			});
			await test.step('the severity matrix fits a phone without breaking a level’s name inside a word', async () => {
				await page.setViewportSize({ ...phone, width: 320 });
				await page.goto(severityGuidePath(locale.tag, 'beacon'));
				const matrix = page.locator('[data-severity-matrix]');
				await expect(matrix).toBeVisible();
				for (const width of [320, phone.width]) {
					await page.setViewportSize({ ...phone, width });
					// Not a pixel wider: one pixel more already cuts off the table's right border.
					const fits = await matrix.evaluate(
						(table) => table.scrollWidth <= table.parentElement!.clientWidth
					);
					expect(fits, `the matrix is no wider than its frame at ${width} px`).toBe(true);
					// A name wraps only at its spaces: no more lines than words.
					const broken = await matrix.locator('.level-name').evaluateAll((names) =>
						names.flatMap((name) => {
							const range = document.createRange();
							range.selectNodeContents(name);
							const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
							const words = name.textContent!.trim().split(/\s+/).length;
							return lines > words ? [`${name.textContent}: ${lines} lines`] : [];
						})
					);
					expect(broken, `${width} px`).toEqual([]);
				}
			});
			for (const viewport of [phone, desktop])
				await test.step(`a result opened from a link is shown from its start at ${viewport.width} px`, async () => {
					await page.setViewportSize(viewport);
					await page.goto(calculatorPath(locale.tag, warsawExample));
					const heading = page.locator('#calc-results-heading');
					await expect(heading).toBeVisible();
					// Once the smooth scroll has settled, the result's heading is on screen below the site's header.
					await expect
						.poll(async () =>
							heading.evaluate((h) => {
								const top = h.getBoundingClientRect().top;
								const header = document.querySelector('header')!.getBoundingClientRect().bottom;
								return top >= header - 1 && top < innerHeight / 2;
							})
						)
						.toBe(true);
					await page.waitForTimeout(500);
					expect(
						await heading.evaluate(
							(h) =>
								h.getBoundingClientRect().top >=
								document.querySelector('header')!.getBoundingClientRect().bottom - 1
						)
					).toBe(true);
				});
		});
	});
}
