/**
 * UI strings outside Astro pages (the command line, the calculator island): the same files and the
 * same conventions as Starlight's i18next — `{{name}}` placeholders, plural forms as `key_one`,
 * `key_few`, … chosen by Intl.PluralRules when `count` is given.
 */
import { interpolate } from './interpolate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { Translate } from './translate.ts';

/** The suffix i18next gives plural forms of a key: `_one`, `_few`, … */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A locale's UI strings: key → text. */
export type UiStrings = Readonly<Record<string, string>>;

/** A translate function over one locale's strings, falling back to English, then to the key. */
export function createTranslate(
	tag: LocaleTag,
	strings: UiStrings,
	fallback: UiStrings = {}
): Translate {
	const plurals = new Intl.PluralRules(tag);
	const englishPlurals = new Intl.PluralRules('en');
	const lookup = (key: string, count: number | undefined): string | undefined => {
		if (count !== undefined) {
			const own = strings[`${key}_${plurals.select(count)}`] ?? strings[`${key}_other`];
			if (own !== undefined) return own;
			const english =
				fallback[`${key}_${englishPlurals.select(count)}`] ?? fallback[`${key}_other`];
			if (english !== undefined) return english;
		}
		return strings[key] ?? fallback[key];
	};
	return (key, vars) => {
		const count = typeof vars?.count === 'number' ? vars.count : undefined;
		const text = lookup(key, count) ?? key;
		return interpolate(text, vars);
	};
}

/**
 * The subset of strings whose keys start with one of the prefixes (to ship only what a page needs).
 * Takes a table as i18next gives it, whose values may be missing; only texts are kept.
 */
export function pickStrings(
	strings: Readonly<Record<string, unknown>>,
	prefixes: readonly string[]
): Record<string, string> {
	return Object.fromEntries(
		Object.entries(strings).filter(
			(entry): entry is [string, string] =>
				typeof entry[1] === 'string' && prefixes.some((p) => entry[0].startsWith(p))
		)
	);
}
