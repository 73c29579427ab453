/**
 * The validated catalogue for pages. Read once per build; re-read on every request in `astro dev`
 * so edits to content/vendors show up on reload.
 */
import { loadCatalogue } from '../node/catalogue-files.ts';
import type { Catalogue } from '#lib/catalogue/schema.ts';

let cached: Catalogue | undefined;

export function getCatalogue(): Catalogue {
	if (import.meta.env.DEV) return loadCatalogue();
	cached ??= loadCatalogue();
	return cached;
}
