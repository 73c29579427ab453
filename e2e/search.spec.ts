import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { severityGuidePath, vendorFaqPath, vendorPlansPath } from '../src/lib/routes.ts';
import { siteLocales } from './locales.ts';
import { SEARCH_ARMED_ATTRIBUTE } from '../src/islands/search-on-demand.ts';
import { searchFor } from './site-search.ts';

const catalogue = loadCatalogue('content/vendors');
const amanda = catalogue.vendors.find((v) => v.id === 'amanda')!;
const wati = catalogue.vendors.find((v) => v.id === 'wati')!;

/** Runs a query in Starlight's search dialog (opened if it is closed) and returns the result links. */
async function search(page: Page, query: string) {
	await searchFor(page, query);
	const links = page.locator('dialog[open] .pagefind-ui__result-link');
	await expect(links.first()).toBeVisible({ timeout: 15_000 });
	return links;
}

const hrefs = async (links: Locator) =>
	await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

for (const locale of siteLocales) {
	test.describe(`search (${locale.tag})`, () => {
		// One page and one search index for the three queries: each query replaces the last one.
		test('finds a severity guide by a level’s name, an FAQ page by a question, plans by a tier’s name', async ({
			page,
		}) => {
			await page.goto(locale.home);
			let links = await search(page, amanda.severities!.levels[0]!.name[locale.tag]);
			await expect.poll(() => hrefs(links)).toContain(severityGuidePath(locale.tag, 'amanda'));
			// Results stay in the reader's language.
			for (const href of await hrefs(links)) expect(href.startsWith(locale.home)).toBe(true);

			const entry = wati.faq.find((e) => e.id === 'missed-sla')!;
			links = await search(page, entry.question[locale.tag]);
			await expect.poll(() => hrefs(links)).toContain(vendorFaqPath(locale.tag, 'wati'));

			const tier = catalogue.vendors
				.find((v) => v.id === 'tableau')!
				.tiers.find((t) => t.id === 'extended')!;
			links = await search(page, tier.name[locale.tag]);
			await expect.poll(() => hrefs(links)).toContain(vendorPlansPath(locale.tag, 'tableau'));
		});
	});
}

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
	const input = page.locator('dialog[open] .pagefind-ui__search-input');
	await expect(input).toBeFocused();
	expect(scripts.length).toBeGreaterThan(before);
	await input.fill(amanda.name);
	await expect(page.locator('dialog[open] .pagefind-ui__result-link').first()).toBeVisible({
		timeout: 15_000,
	});
});
