/**
 * The UI strings files on disk, src/content/i18n/<tag>.json (Node only): the one place that reads them
 * for the command line, the sidebar, the translation report and the tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { locales, type LocaleTag } from '#lib/locales.ts';
import type { UiStrings } from '#lib/i18n/ui-strings.ts';

/** One locale's UI strings file. */
export function readUiStringsFile(tag: LocaleTag, cwd = process.cwd()): Record<string, string> {
	return JSON.parse(readFileSync(resolve(cwd, `src/content/i18n/${tag}.json`), 'utf8')) as Record<
		string,
		string
	>;
}

/** Every published locale's UI strings. */
export function readUiStrings(cwd = process.cwd()): Record<LocaleTag, UiStrings> {
	return Object.fromEntries(locales.map((l) => [l.tag, readUiStringsFile(l.tag, cwd)])) as Record<
		LocaleTag,
		UiStrings
	>;
}
