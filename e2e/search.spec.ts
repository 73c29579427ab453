/**
 * How search starts: its interface is built on first use. What it finds, in every locale, is in
 * search-locales.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { vendor } from './catalogue.ts';
import { siteLocales } from './locales.ts';
import { SEARCH_ARMED_ATTRIBUTE } from '../src/integrations/upstream/pagefind-default-ui.browser.ts';
import { searchInput, searchResults } from './site-search.ts';

const beacon = vendor('beacon');

test('the search interface is built when the reader reaches for it, with its field focused @locale-independent', async ({
	page,
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto(siteLocales[0]!.home);
	await expect(page.locator(`site-search[${SEARCH_ARMED_ATTRIBUTE}]`)).toBeAttached();
	// Armed is where Starlight, once the page is idle, used to build the interface: it has not been
	// built, nor its script fetched.
	const before = scripts.length;
	await expect(page.locator('#starlight__search')).toBeEmpty();
	expect(scripts.length).toBe(before);
	// Ctrl+K opens the dialog with the field ready to type into.
	await page.keyboard.press('Control+k');
	const input = searchInput(page);
	await expect(input).toBeFocused();
	expect(scripts.length).toBeGreaterThan(before);
	await input.fill(beacon.name);
	await expect(searchResults(page).first()).toBeVisible({
		timeout: 15_000,
	});
});
