/** Opening Starlight's search dialog and reading its results, the same way in every spec. */
import { expect, type Locator, type Page } from '@playwright/test';
import { SEARCH_ARMED_ATTRIBUTE } from '../src/integrations/upstream/pagefind-default-ui.browser.ts';

/** The open dialog's search field. */
export const searchInput = (page: Page) =>
	page.locator('dialog[open] .pagefind-ui__search-input').first();

/** The open dialog's result links. */
export const searchResults = (page: Page) => page.locator('dialog[open] .pagefind-ui__result-link');

/**
 * Opens the search dialog and returns its search field, once Pagefind's interface is in it.
 * The interface is built on first use (src/integrations/upstream/pagefind-default-ui.browser.ts), by
 * code Starlight runs when the page is first idle. In the headless browser, a dialog opened before
 * then was once seen to stay empty for the test's two minutes (the idle moment did not come while it
 * was open), so that code is awaited before the click.
 */
export async function openSearch(page: Page): Promise<Locator> {
	await expect(page.locator(`site-search[${SEARCH_ARMED_ATTRIBUTE}]`).first()).toBeAttached();
	await page.locator('site-search button[data-open-modal]').first().click();
	const input = searchInput(page);
	await expect(input).toBeVisible();
	return input;
}

/**
 * Types `query` into the search dialog, opening it first when it is closed; returns the field. In a
 * dialog already open, the last query is cleared first and its results are let go, so nothing shown
 * afterwards can belong to it.
 */
export async function searchFor(page: Page, query: string): Promise<Locator> {
	let input: Locator;
	if (await page.locator('dialog[open]').count()) {
		input = searchInput(page);
		await input.fill('');
		await expect(searchResults(page)).toHaveCount(0);
	} else input = await openSearch(page);
	await input.fill(query);
	return input;
}

/** Runs `query` (see searchFor) and returns the result links, once the first is shown. */
export async function searchResultsFor(page: Page, query: string): Promise<Locator> {
	await searchFor(page, query);
	await expect(searchResults(page).first()).toBeVisible({ timeout: 15_000 });
	return searchResults(page);
}
