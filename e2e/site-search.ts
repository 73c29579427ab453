/** Opening Starlight's search dialog, the same way in every spec. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens the search dialog once Pagefind's interface is in it, and returns the dialog's search field.
 * Starlight builds that interface when the page is first idle after loading. In the headless
 * browser, a dialog opened before then was once seen to stay empty for the test's two minutes (the
 * idle moment did not come while it was open), so the interface is awaited before the click.
 */
export async function openSearch(page: Page): Promise<Locator> {
	await expect(
		page.locator('#starlight__search .pagefind-ui__search-input').first()
	).toBeAttached();
	await page.locator('site-search button[data-open-modal]').first().click();
	return page.locator('dialog[open] .pagefind-ui__search-input').first();
}
