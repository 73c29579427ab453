/**
 * Search in every locale. One page and one search index per locale serve every query: each query
 * replaces the last one in the open dialog, so loading Pagefind is paid once per locale.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	calculatorPath,
	comparePath,
	generalFaqPath,
	homePath,
	severityGuidePath,
	vendorFaqPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { vendor } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';
import { searchFor, searchInput, searchResultsFor as search } from './site-search.ts';
import { localize } from '#lib/i18n/text.ts';

const beacon = vendor('beacon');
const summit = vendor('summit');
const quarry = vendor('quarry');

/**
 * What a reader types, per locale, and the page that must come first. The words are everyday ones
 * the pages themselves may not use (휴일 where the FAQ says 공휴일, 假期 where it says 节假日).
 */
const queries: Record<LocaleTag, { query: string; first: string }[]> = {
	en: [
		{ query: 'P1 response time', first: comparePath('en') },
		{ query: 'holiday', first: generalFaqPath('en') },
	],
	'zh-CN': [
		{ query: '假期', first: generalFaqPath('zh-CN') },
		{ query: '截止时间', first: calculatorPath('zh-CN') },
	],
	'zh-TW': [
		{ query: '試算', first: calculatorPath('zh-TW') },
		{ query: '假日', first: generalFaqPath('zh-TW') },
	],
	ko: [
		{ query: '휴일', first: generalFaqPath('ko') },
		{ query: '응답 시간', first: comparePath('ko') },
	],
	pl: [
		{ query: 'dni wolne', first: generalFaqPath('pl') },
		{ query: 'do kiedy', first: calculatorPath('pl') },
	],
};

/** Pagefind UI's own English, and ours: none of it may show on a page in another language. */
const englishMessages = [
	'Clear',
	'Load more results',
	'Show more results',
	'results for',
	'result for',
	'No results',
	'Nothing found',
	'Search this site',
	'Searching for',
];

const message = (page: Page) => page.locator('dialog[open] .pagefind-ui__message');

const hrefs = async (links: Locator) =>
	await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** The results message's count, once it shows one. */
async function resultCount(page: Page): Promise<{ text: string; count: number }> {
	const text = (await message(page).textContent())!.trim();
	return { text, count: Number(text.match(/\d+/)?.[0]) };
}

/** Steps that only one locale has: counts in Korean, and Polish plural forms. */
const localeSteps: Partial<Record<LocaleTag, (page: Page) => Promise<void>>> = {
	ko: async (page) => {
		const strings = uiStrings('ko');
		await searchFor(page, '응답');
		await expect(message(page)).toHaveText(
			new RegExp(
				`^${strings['atlas.search.results_other']!.replace('{{term}}', '응답').replace('{{count}}', '\\d+')}$`
			),
			{ timeout: 15_000 }
		);
	},
	pl: async (page) => {
		const t = createTranslate('pl', uiStrings('pl'));
		// 2 wyniki, 5 wyników: Polish grammar, independent of the strings file: 1 wynik, 2–4 wyniki,
		// 5–21 wyników, 22 wyniki.
		const grammar = { one: /^1 wynik /, few: /^\d+ wyniki /, many: /^\d+ wyników / } as const;
		for (const query of ['kalkulator', 'czas reakcji']) {
			await search(page, query);
			const { text, count } = await resultCount(page);
			const form = new Intl.PluralRules('pl').select(count);
			expect(text, `${count} is “${form}” in Polish`).toBe(
				t('atlas.search.results', { count, term: query })
			);
			expect(text).toMatch(grammar[form as keyof typeof grammar]);
		}
	},
};

for (const locale of siteLocales) {
	const strings = uiStrings(locale.tag);
	const t = createTranslate(locale.tag, strings);
	const everyday = queries[locale.tag];

	test.describe(`search in ${locale.tag}`, () => {
		test(`finds pages by their catalogue names and by everyday words (${everyday.map((q) => q.query).join(', ')}), and the dialog speaks the page language`, async ({
			page,
		}) => {
			test.setTimeout(180_000);
			await page.goto(homePath(locale.tag));

			await test.step('a severity guide by a level’s name, an FAQ page by a question, plans by a tier’s name', async () => {
				let links = await search(page, localize(beacon.severities!.levels[0]!.name, locale.tag));
				await expect.poll(() => hrefs(links)).toContain(severityGuidePath(locale.tag, 'beacon'));
				// Results stay in the reader's language.
				for (const href of await hrefs(links)) expect(href.startsWith(locale.home)).toBe(true);

				const entry = summit.faq.find((e) => e.id === 'missed-sla')!;
				links = await search(page, localize(entry.question, locale.tag));
				await expect.poll(() => hrefs(links)).toContain(vendorFaqPath(locale.tag, 'summit'));

				const tier = quarry.tiers.find((tier) => tier.id === 'extended')!;
				links = await search(page, localize(tier.name, locale.tag));
				await expect.poll(() => hrefs(links)).toContain(vendorPlansPath(locale.tag, 'quarry'));
			});

			await test.step('everyday words find the right page first', async () => {
				for (const { query, first } of everyday) {
					const links = await search(page, query);
					await expect
						.poll(async () => (await hrefs(links.first()))[0], { message: query })
						.toBe(first);
				}
			});

			await test.step('the result count in its plural form, the controls and "nothing found" in the page language', async () => {
				const { query } = everyday[0]!;
				await search(page, query);
				const { text, count } = await resultCount(page);
				expect(count).toBeGreaterThan(0);
				expect(text).toBe(t('atlas.search.results', { count, term: query }));

				await expect(page.locator('dialog[open] .pagefind-ui__search-clear')).toHaveText(
					strings['pagefind.clear_search']!
				);
				await expect(page.locator('dialog[open] form.pagefind-ui__form')).toHaveAttribute(
					'aria-label',
					strings['pagefind.search_label']!
				);
				if (count > 5)
					await expect(page.locator('dialog[open] .pagefind-ui__button')).toHaveText(
						strings['pagefind.load_more']!
					);

				// A query with no match: the "nothing found" message, in the page language.
				await searchInput(page).fill('qqxqzz');
				await expect(message(page)).toHaveText(
					strings['pagefind.zero_results']!.replace('[SEARCH_TERM]', 'qqxqzz')
				);

				if (locale.tag !== 'en') {
					const dialogText = await page.locator('dialog[open]').innerText();
					for (const english of englishMessages) expect(dialogText).not.toContain(english);
				}
			});

			const more = localeSteps[locale.tag];
			if (more) await test.step(`counts in ${locale.tag}`, () => more(page));
		});
	});
}
