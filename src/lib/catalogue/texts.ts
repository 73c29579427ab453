/**
 * The localized texts of a vendor, found by their form, with where each is: what the translation
 * report lists and checks, and what tells whether a vendor is written in every locale yet. A text
 * needs only the default language (schema/text.ts); the others are translations it may lack.
 */
import { defaultLocale, localeTags, type LocaleTag } from '#lib/locales.ts';
import type { LocalizedText } from './schema.ts';

/**
 * Whether a value of a vendor is a localized text: the default language's, and locale keys only (a
 * key without a text counts as absent).
 */
export function isLocalizedText(value: object): value is LocalizedText {
	return (
		typeof (value as Partial<LocalizedText>)[defaultLocale] === 'string' &&
		Object.entries(value).every(
			([key, text]) =>
				(localeTags as readonly string[]).includes(key) &&
				(typeof text === 'string' || text === undefined)
		)
	);
}

/**
 * Every localized text in a value, in file order, with its key path (`tiers[0].name`). A source's
 * `gloss` is not one: it helps readers of some locales with a title kept as published, and is never
 * a text to translate into all of them (nor in the document's own language).
 */
export function localizedTexts(value: unknown, path = ''): { path: string; text: LocalizedText }[] {
	if (Array.isArray(value))
		return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	if (isLocalizedText(value)) return [{ path, text: value }];
	return Object.entries(value).flatMap(([key, inner]) =>
		key === 'gloss' ? [] : localizedTexts(inner, path ? `${path}.${key}` : key)
	);
}

/** The key paths of the texts in a value that have no translation into `tag`, in file order. */
export function untranslatedPaths(value: unknown, tag: LocaleTag): string[] {
	return localizedTexts(value)
		.filter(({ text }) => text[tag] === undefined)
		.map(({ path }) => path);
}

/** Whether every text in a value is written in every published locale. */
export function translatedIntoEveryLocale(value: unknown): boolean {
	return localizedTexts(value).every(({ text }) =>
		localeTags.every((tag) => text[tag] !== undefined)
	);
}
