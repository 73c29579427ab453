import { describe, expect, test } from 'vitest';
import { locales, type LocaleTag } from '#lib/locales.ts';
import { readUiStringsFile } from '../../node/ui-strings-files.ts';
import { placeholderNames } from './interpolate.ts';
import { PLURAL_SUFFIX } from './ui-strings.ts';

const PLURAL = PLURAL_SUFFIX;
const load = (tag: LocaleTag) => readUiStringsFile(tag);
const english = load('en');
const baseKeys = (strings: Record<string, string>) =>
	[...new Set(Object.keys(strings).map((k) => k.replace(PLURAL, '')))].sort();

describe.each(locales.map((l) => l.tag))('UI strings for %s', (tag) => {
	const strings = load(tag);
	test('has every key English has, and no other', () => {
		expect(baseKeys(strings)).toEqual(baseKeys(english));
	});
	test('has every plural form the language needs', () => {
		const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
		for (const base of Object.keys(english)
			.filter((k) => PLURAL.test(k))
			.map((k) => k.replace(PLURAL, ''))) {
			for (const category of categories)
				expect(strings, `${base}_${category}`).toHaveProperty([`${base}_${category}`]);
		}
	});
	test('keeps the same {{placeholders}} as English', () => {
		for (const [key, text] of Object.entries(strings)) {
			// A language may split into plural forms a text English keeps whole ("święto" / "święta").
			const base = key.replace(PLURAL, '');
			const englishText = english[key] ?? english[`${base}_other`] ?? english[base]!;
			const names = (s: string) => placeholderNames(s).sort();
			expect(names(text), key).toEqual(names(englishText));
		}
	});
	test('has no empty text', () => {
		for (const [key, text] of Object.entries(strings)) expect(text.trim(), key).not.toBe('');
	});
});
