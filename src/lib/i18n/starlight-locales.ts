/** Starlight's `locales` option, derived from the one locale list. */
import { locales } from '#lib/locales.ts';

export function starlightLocales(): Record<string, { label: string; lang: string }> {
	return Object.fromEntries(
		locales.map((l) => [l.slug ?? 'root', { label: l.label, lang: l.tag }])
	);
}
