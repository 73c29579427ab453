/**
 * The sidebar for astro.config.mjs: reads the catalogue and the UI strings from disk (Node only).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogueDir, checkCatalogueDir } from '../catalogue/load.ts';
import { locales, type LocaleTag } from '../i18n/locales.ts';
import { buildSidebar, type SidebarItem, type StringsByLocale } from './sidebar.ts';

/** Reads every locale's UI strings file, src/content/i18n/<tag>.json. */
export function readUiStrings(cwd = process.cwd()): StringsByLocale {
	return Object.fromEntries(
		locales.map((l) => [l.tag, JSON.parse(readFileSync(resolve(cwd, `src/content/i18n/${l.tag}.json`), 'utf8')) as Record<string, string>]),
	) as Record<LocaleTag, Record<string, string>>;
}

/**
 * The sidebar of the catalogue being built. An invalid catalogue yields no vendor entries here: the
 * catalogue guard reports its errors (located, all at once) and stops the build.
 */
export function catalogueSidebar(dir = catalogueDir(), cwd = process.cwd()): SidebarItem[] {
	const result = checkCatalogueDir(dir, cwd);
	return buildSidebar(result.ok ? result.value : { vendors: [] }, readUiStrings(cwd));
}
