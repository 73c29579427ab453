/**
 * The translation report: per locale, catalogue texts and UI strings that are still the English
 * text where they should be translated, and UI strings a locale file lacks. Pure: the catalogue and
 * the strings files' contents come in as arguments (scripts/i18n-report.ts reads them).
 */
import type { Catalogue, LocalizedText } from '../catalogue/schema.ts';
import { withoutPlaceholders } from './interpolate.ts';
import { defaultLocale, localeTags, type LocaleTag } from './locales.ts';
import { PLURAL_SUFFIX } from './ui-strings.ts';

/** A text identical to English. */
export interface SameAsEnglish {
	/** Where it is: `amanda: tiers[0].summary` or `atlas.nav.faq`. */
	where: string;
	text: string;
}

/** What the report finds for one locale. */
export interface LocaleReport {
	tag: LocaleTag;
	/** Catalogue texts identical to English. */
	catalogue: SameAsEnglish[];
	/** UI strings identical to English. */
	uiSameAsEnglish: SameAsEnglish[];
	/** UI string keys English has and this locale lacks (plural forms included, e.g. `x_few`). */
	uiMissing: string[];
}

/**
 * Words a language writes exactly as English does, so a text made only of them is not left
 * untranslated (e.g. Polish "Plan"). Brand and product names come from the catalogue instead.
 */
export const sameWordsByLocale: Partial<Record<LocaleTag, readonly string[]>> = {
	pl: ['plan', 'standard', 'premium', 'status', 'blog', 'coaching'],
};

/** Brand names that appear in UI strings. */
export const siteNames: readonly string[] = ['Plan Atlas'];

/**
 * What is left of a text once names, placeholders, ids, numbers and abbreviations are taken out:
 * if nothing is left, the text reads the same in every language and is not reported.
 */
export function translatableResidue(
	text: string,
	names: readonly string[],
	sameWords: readonly string[] = []
): string {
	let rest = withoutPlaceholders(text);
	// Longest names first, so "Plan Atlas" goes before a shorter name inside it.
	for (const name of [...names].sort((a, b) => b.length - a.length))
		if (name.trim()) rest = rest.split(name).join(' ');
	const same = new Set(sameWords.map((w) => w.toLowerCase()));
	return (
		rest
			.split(/[^\p{L}\p{N}]+/u)
			.filter((token) => token !== '')
			// Ids and numbers (P1, 24x7, 08:00), all-caps abbreviations (SLA, TAM), same-spelled words.
			.filter(
				(token) =>
					!/\p{N}/u.test(token) && !/^\p{Lu}{2,}$/u.test(token) && !same.has(token.toLowerCase())
			)
			.join(' ')
	);
}

/** Every localized text in a value, with its path (`tiers[0].name`). */
export function localizedTexts(value: unknown, path = ''): { path: string; text: LocalizedText }[] {
	if (Array.isArray(value))
		return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	const keys = Object.keys(value);
	if (
		keys.length === localeTags.length &&
		localeTags.every((tag) => typeof (value as Record<string, unknown>)[tag] === 'string')
	) {
		return [{ path, text: value as LocalizedText }];
	}
	return keys.flatMap((key) =>
		localizedTexts((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key)
	);
}

/** Names readers see untranslated in catalogue texts: vendors, and the products they sell (tiers, add-ons). */
function catalogueNames(catalogue: Catalogue): string[] {
	return catalogue.vendors.flatMap((v) => [
		v.name,
		...v.tiers.map((t) => t.name[defaultLocale]),
		...(v.addOns ?? []).map((a) => a.name[defaultLocale]),
	]);
}

/** The plural categories a key needs in a locale, or just the key itself when it is not plural. */
function requiredKeys(englishKeys: readonly string[], tag: LocaleTag): string[] {
	const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
	const bases = new Set<string>();
	const plain: string[] = [];
	for (const key of englishKeys) {
		if (PLURAL_SUFFIX.test(key)) bases.add(key.replace(PLURAL_SUFFIX, ''));
		else plain.push(key);
	}
	return [...plain, ...[...bases].flatMap((base) => categories.map((c) => `${base}_${c}`))];
}

/** Builds the report for every locale other than English. */
export function buildI18nReport(
	catalogue: Catalogue,
	uiStrings: Readonly<Record<LocaleTag, Readonly<Record<string, string>>>>
): LocaleReport[] {
	const english = uiStrings[defaultLocale];
	const names = catalogueNames(catalogue);
	const texts = catalogue.vendors.flatMap((vendor) =>
		localizedTexts(vendor).map((t) => ({ ...t, where: `${vendor.id}: ${t.path}` }))
	);
	return localeTags
		.filter((tag) => tag !== defaultLocale)
		.map((tag) => {
			const sameWords = sameWordsByLocale[tag] ?? [];
			const strings = uiStrings[tag];
			const untranslated = (text: string, own: string, knownNames: readonly string[]) =>
				own === text && translatableResidue(text, knownNames, sameWords) !== '';
			return {
				tag,
				catalogue: texts
					.filter(({ text }) => untranslated(text[defaultLocale], text[tag], names))
					.map(({ where, text }) => ({ where, text: text[tag] })),
				uiSameAsEnglish: Object.entries(strings)
					.filter(
						([key, text]) =>
							english[key] !== undefined &&
							untranslated(english[key], text, [...siteNames, ...names])
					)
					.map(([key, text]) => ({ where: key, text })),
				uiMissing: requiredKeys(Object.keys(english), tag).filter(
					(key) => strings[key] === undefined
				),
			};
		});
}

/** The report as text, one section per locale; `clean` is true when nothing was found. */
export function formatI18nReport(reports: readonly LocaleReport[]): {
	text: string;
	clean: boolean;
} {
	const lines: string[] = [];
	let clean = true;
	for (const r of reports) {
		const count = r.catalogue.length + r.uiSameAsEnglish.length + r.uiMissing.length;
		if (count > 0) clean = false;
		lines.push(`${r.tag}: ${count === 0 ? 'nothing to translate' : `${count} to look at`}`);
		for (const f of r.catalogue)
			lines.push(`  catalogue  ${f.where}: same as English: ${JSON.stringify(f.text)}`);
		for (const f of r.uiSameAsEnglish)
			lines.push(`  ui string  ${f.where}: same as English: ${JSON.stringify(f.text)}`);
		for (const key of r.uiMissing) lines.push(`  ui string  ${key}: missing`);
	}
	return { text: lines.join('\n'), clean };
}
