/** The site's locales as the end-to-end tests visit them. */
import { locales, type LocaleTag } from '../src/lib/i18n/locales.ts';
import { readUiStringsFile } from '../src/node/ui-strings-files.ts';
import { homePath } from '../src/lib/routes.ts';

export const siteLocales = locales.map((l) => ({ ...l, home: homePath(l.tag) }));

/** A locale's UI strings, as the pages use them. */
export function uiStrings(tag: string): Record<string, string> {
	return readUiStringsFile(tag as LocaleTag);
}
