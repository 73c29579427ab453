/**
 * The key answer first: a tier's contact channels beside its first-response time and coverage, on
 * the home cards and the plan and tier pages; and "show only differences" following the tier picker
 * on a phone. Expected words come from the catalogue, so an edit of a text does not break the test.
 */
import { expect, test } from '@playwright/test';
import { channelRows } from '#lib/catalogue/query.ts';
import type { FeatureValue, LocalizedText, Vendor } from '#lib/catalogue/schema.ts';
import { inSentence } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { catalogue } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';
import { localize, localizeText } from '#lib/i18n/text.ts';

const marked = catalogue.vendors.filter((v) => channelRows(v));
const unmarked = catalogue.vendors.filter((v) => !channelRows(v));

/**
 * The words a tier's channels show: a text as written, each item of a list, or the name of each
 * yes/no channel row that says yes.
 */
function channelWords(vendor: Vendor, tierId: string, tag: LocaleTag): string[] {
	const rows = channelRows(vendor)!;
	// Joined into one phrase, names after the first lose their capital, by the rules of their own
	// language (English where the text is not yet translated).
	const inList = (text: LocalizedText, i: number) => {
		const { text: words, lang } = localizeText(text, tag);
		return i === 0 ? words : inSentence(words, lang ?? tag);
	};
	if (rows.kind === 'yes-no') {
		const names = rows.features
			.filter((f) => f.values[tierId] === true)
			.map((f, i) => inList(f.name, i));
		return names.length ? names : [uiStrings(tag)['atlas.value.notStated']!];
	}
	const value: FeatureValue | undefined = rows.feature.values[tierId];
	if (value && typeof value === 'object' && value.kind === 'text')
		return [localize(value.text, tag)];
	if (value && typeof value === 'object' && value.kind === 'list') return value.items.map(inList);
	return [uiStrings(tag)['atlas.value.notStated']!];
}

for (const locale of siteLocales) {
	const prefix = locale.home.replace(/\/$/, '');
	const ui = uiStrings(locale.tag);

	test.describe(`key facts: channels (${locale.tag})`, () => {
		test('home cards, plan overviews and tier pages name each tier’s channels among the key facts', async ({
			page,
		}) => {
			test.slow();
			await test.step('home cards name each tier’s channels; vendors without a channels row show none', async () => {
				await page.goto(locale.home);
				for (const vendor of marked)
					for (const tier of vendor.tiers) {
						const card = page.locator(`[data-vendor="${vendor.id}"] li[data-tier="${tier.id}"]`);
						const facts = card.locator('.key-facts');
						await expect(facts).toContainText(ui['atlas.tier.channels']!);
						for (const word of channelWords(vendor, tier.id, locale.tag))
							await expect(card.locator('dd[data-channels]')).toContainText(word);
					}
				for (const vendor of unmarked)
					await expect(page.locator(`[data-vendor="${vendor.id}"] dd[data-channels]`)).toHaveCount(
						0
					);
			});
			await test.step('tier pages and plan overviews name the channels among the key facts', async () => {
				for (const vendor of marked) {
					await page.goto(`${prefix}/plans/${vendor.id}/`);
					for (const tier of vendor.tiers) {
						const fact = page.locator(
							`[data-tier-overview="${tier.id}"] [data-key-fact="channels"]`
						);
						await expect(fact.locator('dt')).toHaveText(ui['atlas.tier.channels']!);
						for (const word of channelWords(vendor, tier.id, locale.tag))
							await expect(fact.locator('dd')).toContainText(word);
					}
					const tier = vendor.tiers.at(-1)!;
					await page.goto(`${prefix}/plans/${vendor.id}/${tier.id}/`);
					const fact = page.locator('[data-key-facts] [data-key-fact="channels"]');
					await expect(fact).toHaveCount(1);
					// Among the first facts a reader sees: right after the coverage.
					await expect(
						page.locator('[data-key-facts] [data-key-fact="coverage"] + [data-key-fact="channels"]')
					).toHaveCount(1);
					for (const word of channelWords(vendor, tier.id, locale.tag))
						await expect(fact.locator('dd')).toContainText(word);
				}
				const other = unmarked[0];
				if (other) {
					await page.goto(`${prefix}/plans/${other.id}/${other.tiers[0]!.id}/`);
					await expect(page.locator('[data-key-facts]').first()).toBeVisible();
					await expect(page.locator('[data-key-fact="channels"]')).toHaveCount(0);
				}
			});
		});
	});
}

/** A vendor with three tiers or more, and rows that tell the picker's effect on the differences. */
function pickerCase() {
	for (const vendor of catalogue.vendors) {
		if (vendor.tiers.length < 3) continue;
		const [a, b, c] = vendor.tiers.map((t) => t.id) as [string, string, string];
		const key = (value: FeatureValue | undefined) => JSON.stringify(value);
		const features = vendor.categories.flatMap((cat) => cat.features);
		// Same in the first two tiers, different in the third: hidden only while the third is put away.
		const onlyThird = features.find(
			(f) => key(f.values[a]) === key(f.values[b]) && key(f.values[b]) !== key(f.values[c])
		);
		const firstTwo = features.find((f) => key(f.values[a]) !== key(f.values[b]));
		if (onlyThird && firstTwo) return { vendor, tiers: [a, b, c], onlyThird, firstTwo };
	}
	throw new Error('no vendor of the catalogue has a row that differs only in its third tier');
}

test.describe(`show only differences on a phone (en)`, () => {
	test('compares only the tiers picked, and keeps the choice in the URL @locale-independent', async ({
		page,
	}) => {
		const ui = uiStrings('en');
		const { vendor, tiers, onlyThird, firstTwo } = pickerCase();
		const [a, b, c] = tiers as [string, string, string];
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto(`/plans/${vendor.id}/?tiers=${a},${b}`);
		const hiddenLater = page.locator(`#feature-${onlyThird.id}`);
		const differs = page.locator(`#feature-${firstTwo.id}`);
		const toggle = page.getByLabel(ui['atlas.plans.differencesToggle']!);
		await expect(hiddenLater).toBeVisible();
		await toggle.check();
		// The row differs only in the tier put away: hidden; a row the two picked tiers disagree on stays.
		await expect(hiddenLater).toBeHidden();
		await expect(differs).toBeVisible();
		expect(new URL(page.url()).searchParams.get('differences')).toBe('only');
		expect(new URL(page.url()).searchParams.get('tiers')).toBe(`${a},${b}`);
		// Picking the third tier brings the row back: it now differs among the tiers shown.
		await page.locator(`[data-tier-pick][value="${c}"]`).check();
		await expect(hiddenLater).toBeVisible();
		expect(new URL(page.url()).searchParams.get('tiers')).toBeNull();
		// A copied link reproduces both choices.
		await page.goto(`/plans/${vendor.id}/?tiers=${a},${b}&differences=only`);
		await expect(toggle).toBeChecked();
		await expect(hiddenLater).toBeHidden();
		await expect(differs).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		// Turned off, every row is back and the URL forgets it.
		await toggle.uncheck();
		await expect(hiddenLater).toBeVisible();
		expect(new URL(page.url()).searchParams.get('differences')).toBeNull();
	});
});
