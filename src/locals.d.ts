/**
 * What a page tells the components Starlight renders around it (Astro's `locals`, one per page).
 */
declare global {
	namespace App {
		interface Locals {
			/**
			 * The language of the page title's words when it is not the page's (a catalogue name not yet
			 * translated): components/overrides/AtlasPageTitle.astro marks the heading with it.
			 */
			titleLang?: string | undefined;
			/**
			 * The vendors whose terms the page's figures come from: AtlasPageTitle.astro says under the
			 * title when they took effect and were last checked (one vendor's dates line, or the span of
			 * several vendors' checks).
			 */
			termsOf?: readonly string[] | undefined;
			/** The page lists those vendors' sources itself (plan pages), for the dates line's link. */
			termsSourcesOnPage?: boolean | undefined;
		}
	}
}

export {};
