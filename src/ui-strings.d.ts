/**
 * Plan Atlas's UI strings in the types of Starlight's `Astro.locals.t` (i18next), as Starlight
 * documents for strings of one's own: English (src/content/i18n/en.json) defines the keys, as it
 * does for the project's own translator (src/lib/i18n/translate.ts).
 */
import type englishStrings from './content/i18n/en.json';

declare global {
	namespace StarlightApp {
		type UiStrings = typeof englishStrings;
		// Interface merging is how Starlight's i18n types are extended.
		// eslint-disable-next-line @typescript-eslint/no-empty-object-type
		interface I18n extends UiStrings {}
	}
}
