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
		}
	}
}

export {};
