/**
 * Plan Atlas's UI strings on a page, the one way components and pages get them. Starlight's
 * `locals.t` is i18next, which HTML-escapes interpolated values by default; Astro escapes what it
 * renders anyway, so escaping twice would show readers "&#39;" for an apostrophe. Our pages
 * translate through this wrapper instead.
 */
import type { Translate } from '#lib/i18n/translate.ts';
import { pickStrings } from '#lib/i18n/ui-strings.ts';

/** The page's UI string lookup, without i18next's HTML escaping. */
export function pageTranslate(locals: App.Locals): Translate {
	const t = locals.t as unknown as (key: string, options?: Record<string, unknown>) => string;
	return (key, vars) => t(key, { ...vars, interpolation: { escapeValue: false } });
}

/**
 * The page locale's UI strings whose keys start with one of the prefixes, as a plain table for
 * browser code (only what a page needs travels).
 */
export function pageStrings(
	locals: App.Locals,
	prefixes: readonly string[]
): Record<string, string> {
	const all = (locals.t as unknown as { all(): Record<string, string> }).all();
	return pickStrings(all, prefixes);
}
