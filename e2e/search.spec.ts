import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { severityGuidePath, vendorFaqPath, vendorPlansPath } from '../src/lib/routes.ts';
import { siteLocales } from './locales.ts';

const catalogue = loadCatalogue('content/vendors');
const amanda = catalogue.vendors.find((v) => v.id === 'amanda')!;
const wati = catalogue.vendors.find((v) => v.id === 'wati')!;

/** Runs a query in Starlight's search dialog and returns the result links. */
async function search(page: Page, query: string) {
	await page.locator('site-search button[data-open-modal]').first().click();
	const input = page
		.locator('dialog[open] input[type="search"], dialog[open] .pagefind-ui__search-input')
		.first();
	await input.fill(query);
	const links = page.locator('dialog[open] .pagefind-ui__result-link');
	await expect(links.first()).toBeVisible({ timeout: 15_000 });
	return links;
}

const hrefs = async (links: Locator) =>
	await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

for (const locale of siteLocales) {
	test.describe(`search (${locale.tag})`, () => {
		test('finds a severity guide by a level’s name in the page language', async ({ page }) => {
			await page.goto(locale.home);
			const links = await search(page, amanda.severities!.levels[0]!.name[locale.tag]);
			await expect.poll(() => hrefs(links)).toContain(severityGuidePath(locale.tag, 'amanda'));
			// Results stay in the reader's language.
			for (const href of await hrefs(links)) expect(href.startsWith(locale.home)).toBe(true);
		});

		test('finds an FAQ page by words of a question', async ({ page }) => {
			await page.goto(locale.home);
			const entry = wati.faq.find((e) => e.id === 'missed-sla')!;
			const links = await search(page, entry.question[locale.tag]);
			await expect.poll(() => hrefs(links)).toContain(vendorFaqPath(locale.tag, 'wati'));
		});

		test('finds a vendor’s plans page by a tier’s name', async ({ page }) => {
			const plans = vendorPlansPath(locale.tag, 'tableau');
			await page.goto(locale.home);
			const tier = catalogue.vendors
				.find((v) => v.id === 'tableau')!
				.tiers.find((t) => t.id === 'extended')!;
			const links = await search(page, tier.name[locale.tag]);
			await expect.poll(() => hrefs(links)).toContain(plans);
		});
	});
}
