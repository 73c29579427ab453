/**
 * The sidebar for astro.config.mjs: reads the catalogue and the UI strings from disk (Node only).
 */
import { catalogueDir, checkCatalogueDir } from './catalogue-files.ts';
import { readUiStrings } from './ui-strings-files.ts';
import { buildSidebar, type SidebarItem } from '#lib/nav/sidebar.ts';

/**
 * The sidebar of the catalogue being built. An invalid catalogue yields no vendor entries here: the
 * catalogue guard reports its errors (located, all at once) and stops the build.
 */
export function catalogueSidebar(dir = catalogueDir(), cwd = process.cwd()): SidebarItem[] {
	const result = checkCatalogueDir(dir, cwd);
	return buildSidebar(result.ok ? result.value : { vendors: [] }, readUiStrings(cwd));
}
