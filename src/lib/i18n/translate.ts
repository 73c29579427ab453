/**
 * The shape of a UI string lookup, so lib code can format without knowing where strings come from
 * (Starlight's `Astro.locals.t` on pages, a plain table in the browser or in tests), and the keys it
 * takes: those of the English UI strings file, src/content/i18n/en.json, which defines them. Keys
 * built from a value name their family as a template literal (`atlas.target.kind.${TargetKind}`),
 * so the type checker proves every member of the family is a key.
 */
import type englishStrings from '../../content/i18n/en.json';

/** The plural categories of Intl.PluralRules, which i18next appends to a key's plural forms. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A key as the English file writes it, plural forms included (`atlas.search.results_one`). */
export type UiStringKey = keyof typeof englishStrings;

/** The key a plural form belongs to (`atlas.search.results_one` → `atlas.search.results`). */
export type WithoutPluralSuffix<Key extends string> = Key extends `${infer Base}_${PluralCategory}`
	? Base
	: Key;

/**
 * A key to look up: a key of English's, a text with plural forms by its base key (the form is
 * chosen by `count`).
 */
export type UiKey = WithoutPluralSuffix<UiStringKey>;

/** Looks up a UI string in the page's or reader's locale and fills its `{{placeholders}}`. */
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;
