/**
 * Plan Atlas's UI strings on a page, the one way components and pages get them. Starlight's
 * `locals.t` is i18next, which HTML-escapes interpolated values by default; Astro escapes what it
 * renders anyway, so escaping twice would show readers "&#39;" for an apostrophe. Our pages
 * translate through this wrapper instead.
 */
import type { Translate } from '#lib/i18n/translate.ts';
import { pickStrings } from '#lib/i18n/ui-strings.ts';

/** The page's UI string lookup, without i18next's HTML escaping. */
export function pageTranslate(locals: Pick<App.Locals, 't'>): Translate {
	return (key, vars) => locals.t(key, { ...vars, interpolation: { escapeValue: false } });
}

/**
 * The page locale's UI strings whose keys start with one of the prefixes, as a plain table for
 * browser code (only what a page needs travels).
 */
export function pageStrings(
	locals: Pick<App.Locals, 't'>,
	prefixes: readonly string[]
): Record<string, string> {
	return pickStrings(locals.t.all(), prefixes);
}
