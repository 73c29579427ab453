import type { LocalizedText } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';

/** The catalogue text for a locale. Validation guarantees every locale is present. */
export function localize(text: LocalizedText, tag: LocaleTag): string {
	return text[tag];
}
