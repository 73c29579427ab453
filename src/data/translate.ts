/**
 * Plan Atlas's UI strings on a page. Starlight's `locals.t` is i18next, which HTML-escapes
 * interpolated values by default; Astro escapes what it renders anyway, so escaping twice would show
 * readers "&#39;" for an apostrophe. Our pages translate through this wrapper instead.
 */
import type { Translate } from '../lib/i18n/translate.ts';

export function pageTranslate(locals: App.Locals): Translate {
	const t = locals.t as unknown as (key: string, options?: Record<string, unknown>) => string;
	return (key, vars) => t(key, { ...vars, interpolation: { escapeValue: false } });
}
