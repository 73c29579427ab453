/** The site's locales as the end-to-end tests visit them. */
import { locales, type LocaleTag } from '#lib/locales.ts';
import { readUiStringsFile } from '../src/node/ui-strings-files.ts';
import { homePath } from '#lib/routes.ts';

export const siteLocales = locales.map((l) => ({ ...l, home: homePath(l.tag) }));

/** A locale's UI strings, as the pages use them. */
export function uiStrings(tag: string): Record<string, string> {
	return readUiStringsFile(tag as LocaleTag);
}

/** The locale a page of the site belongs to: the one whose home is the longest prefix of its path. */
export function localeOfPath(path: string): (typeof siteLocales)[number] {
	return [...siteLocales]
		.sort((a, b) => b.home.length - a.home.length)
		.find((l) => path.startsWith(l.home))!;
}
