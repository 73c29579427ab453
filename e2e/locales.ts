/** The site's locales as the end-to-end tests visit them. */
import { locales, type LocaleTag } from '#lib/locales.ts';
import { readUiStringsFile } from '../src/node/ui-strings-files.ts';
import { homePath } from '#lib/routes.ts';

export const siteLocales = locales.map((l) => ({ ...l, home: homePath(l.tag) }));

/** A locale's UI strings, as the pages use them. */
export function uiStrings(tag: string): Record<string, string> {
	return readUiStringsFile(tag as LocaleTag);
}

/**
 * The calculator's worked example: Amanda Standard, P1, opened Friday 27 November 2026 at 16:30 in
 * Warsaw; due Monday 08:30 after the weekend closes.
 */
export const warsawExample = {
	plan: 'amanda/standard',
	severity: 'P1',
	opened: '2026-11-27T16:30',
	tz: 'Europe/Warsaw',
} as const;
