import { expect, test, type Page } from '@playwright/test';
import { createTranslate } from '../src/lib/i18n/ui-strings.ts';
import type { LocaleTag } from '../src/lib/i18n/locales.ts';
import { calculatorPath, comparePath, generalFaqPath, homePath } from '../src/lib/routes.ts';
import { siteLocales, uiStrings } from './locales.ts';
import { searchFor } from './site-search.ts';

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

for (const locale of siteLocales) {
	const strings = uiStrings(locale.tag);
	const t = createTranslate(locale.tag, strings);

	test.describe(`search in ${locale.tag}`, () => {
		test(`everyday words find the right page first: ${queries[locale.tag].map((q) => q.query).join(', ')}`, async ({
			page,
		}) => {
			await page.goto(locale.home);
			for (const { query, first } of queries[locale.tag]) {
				// The dialog stays open: the next query replaces the last one.
				await searchFor(page, query);
				const link = page.locator('dialog[open] .pagefind-ui__result-link').first();
				await expect(link).toBeVisible({ timeout: 15_000 });
				await expect
					.poll(
						async () => new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname,
						{ message: query }
					)
					.toBe(first);
			}
		});

		test('the dialog speaks the page language, result count in its plural form', async ({
			page,
		}) => {
			const { query } = queries[locale.tag][0]!;
			await page.goto(homePath(locale.tag));
			await searchFor(page, query);
			await expect(page.locator('dialog[open] .pagefind-ui__result-link').first()).toBeVisible({
				timeout: 15_000,
			});
			const text = (await message(page).textContent())!.trim();
			const count = Number(text.match(/\d+/)?.[0]);
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
			await page.locator('dialog[open] .pagefind-ui__search-input').fill('qqxqzz');
			await expect(message(page)).toHaveText(
				strings['pagefind.zero_results']!.replace('[SEARCH_TERM]', 'qqxqzz')
			);

			if (locale.tag !== 'en') {
				const dialogText = await page.locator('dialog[open]').innerText();
				for (const english of englishMessages) expect(dialogText).not.toContain(english);
			}
		});
	});
}

test('Korean: searching 응답 shows the count in Korean', async ({ page }) => {
	const strings = uiStrings('ko');
	await page.goto(homePath('ko'));
	await searchFor(page, '응답');
	await expect(message(page)).toHaveText(
		new RegExp(
			`^${strings['atlas.search.results_other']!.replace('{{term}}', '응답').replace('{{count}}', '\\d+')}$`
		),
		{ timeout: 15_000 }
	);
});

test('Polish counts take their plural forms (2 wyniki, 5 wyników)', async ({ page }) => {
	const t = createTranslate('pl', uiStrings('pl'));
	await page.goto(homePath('pl'));
	for (const query of ['kalkulator', 'czas reakcji']) {
		await searchFor(page, query);
		await expect(page.locator('dialog[open] .pagefind-ui__result-link').first()).toBeVisible({
			timeout: 15_000,
		});
		const text = (await message(page).textContent())!.trim();
		const count = Number(text.match(/\d+/)?.[0]);
		const form = new Intl.PluralRules('pl').select(count);
		expect(text, `${count} is “${form}” in Polish`).toBe(
			t('atlas.search.results', { count, term: query })
		);
		// Polish grammar, independent of the strings file: 1 wynik, 2–4 wyniki, 5–21 wyników, 22 wyniki.
		const grammar = { one: /^1 wynik /, few: /^\d+ wyniki /, many: /^\d+ wyników / } as const;
		expect(text).toMatch(grammar[form as keyof typeof grammar]);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
	}
});
