/**
 * A row link stands alone: followed, the row shows below the sticky header row with its level in its
 * own name, and on a phone with the tier the link names among the two that fit.
 */
import { expect, test, type Page } from '@playwright/test';
import { targetRowAnchor, vendorPlansPath } from '#lib/routes.ts';

const anchor = targetRowAnchor('first-response', 'P2');
const link = `${vendorPlansPath('en', 'quarry')}?highlight=premium#${anchor}`;

/** The row's top against the bottom of the sticky header row, once the page has settled. */
async function clearOfHeader(page: Page): Promise<void> {
	const row = page.locator(`[id="${anchor}"]`);
	await expect(row).toBeInViewport();
	await expect
		.poll(async () => {
			const [rowBox, headBox] = await Promise.all([
				row.boundingBox(),
				page.locator('.plans-table thead').boundingBox(),
			]);
			return rowBox!.y - (headBox!.y + headBox!.height);
		})
		.toBeGreaterThanOrEqual(0);
	// The row says which level it is, so nothing above it need be seen.
	await expect(row.locator('.row-head')).toContainText('P2');
}

test.describe('row links (en) @locale-independent', () => {
	test('a followed row link shows its row, level named, below the sticky header on a wide screen', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(link);
		await clearOfHeader(page);
	});

	test('on a phone a followed row link shows the tier it names', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(link);
		await clearOfHeader(page);
		const row = page.locator(`[id="${anchor}"]`);
		await expect(row.locator('td[data-tier="premium"]')).toBeVisible();
		await expect(row.locator('td:visible')).toHaveCount(2);
	});

	test('a copied row link carries the tiers the reader is looking at', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(`${vendorPlansPath('en', 'quarry')}?tiers=standard,premium`);
		await page.locator(`[id="${anchor}"] a[data-copy-link]`).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).search).toBe('?tiers=standard,premium');
		expect(new URL(copied).hash).toBe(`#${anchor}`);
	});
});
