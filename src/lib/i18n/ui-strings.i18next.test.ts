/**
 * The site words its UI strings two ways: pages through Starlight's `Astro.locals.t`, which is
 * i18next (src/data/translate.ts), and the calculator island and the command line through the
 * project's own translator (createTranslate), which keeps i18next out of the browser. Both read the
 * same files; this runs both over every key of every locale, every plural form's counts, and
 * values that i18next would escape, and expects the same text from each.
 *
 * i18next is the copy Starlight depends on, set up as Starlight sets it up (one `starlight`
 * namespace per language, English as the fallback).
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageTranslate } from '../../data/translate.ts';
import { readUiStrings } from '../../node/ui-strings-files.ts';
import { defaultLocale, localeTags, type LocaleTag } from '#lib/locales.ts';
import { placeholderNames } from './interpolate.ts';
import type { Translate, UiKey } from './translate.ts';
import { createTranslate, PLURAL_SUFFIX } from './ui-strings.ts';

const strings = readUiStrings();
const english = strings[defaultLocale];

/** Keys with plural forms, by their base key. */
const pluralKeys = new Set(
	Object.keys(english)
		.filter((key) => PLURAL_SUFFIX.test(key))
		.map((key) => key.replace(PLURAL_SUFFIX, ''))
);
/** Whether a string is a key to look up: one of English's, a plural form by its base key. */
const isUiKey = (key: string): key is UiKey => Object.hasOwn(english, key) || pluralKeys.has(key);
/** Every key to look up (UiKey as a list). */
const keys = [...new Set(Object.keys(english).map((key) => key.replace(PLURAL_SUFFIX, '')))].filter(
	isUiKey
);

/** Counts that reach every plural category of the five locales, fractions included. */
const COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 102, 111, 1000, 1.5, 0.5];
/** A value that HTML escaping would change, so escaping on either side shows. */
const tricky = (name: string) => `<${name}> & "O'Brien"`;

/** The values for a key's placeholders, in every locale's wording of it. */
function varsFor(key: string): Record<string, string> {
	const texts = localeTags.flatMap((tag) =>
		Object.entries(strings[tag])
			.filter(([k]) => k === key || k.replace(PLURAL_SUFFIX, '') === key)
			.map(([, text]) => text)
	);
	const names = new Set(texts.flatMap((text) => placeholderNames(text)));
	names.delete('count');
	return Object.fromEntries([...names].map((name) => [name, tricky(name)]));
}

/** Each lookup the site makes of a key: the values, with each count for a key with plural forms. */
function lookups(key: string): Record<string, string | number>[] {
	const vars = varsFor(key);
	return pluralKeys.has(key) ? COUNTS.map((count) => ({ ...vars, count })) : [vars];
}

const pages = new Map<LocaleTag, Translate>();
beforeAll(async () => {
	const i18n = i18next.createInstance();
	await i18n.init({
		resources: Object.fromEntries(localeTags.map((tag) => [tag, { starlight: strings[tag] }])),
		fallbackLng: defaultLocale,
	});
	for (const tag of localeTags) {
		const t = Object.assign(i18n.getFixedT(tag, 'starlight'), {
			all: () => i18n.getResourceBundle(tag, 'starlight'),
			exists: i18n.exists.bind(i18n),
			dir: (lang: string = tag) => i18n.dir(lang),
		});
		pages.set(tag, pageTranslate({ t }));
	}
});

describe.each(localeTags)('UI strings in %s', (tag) => {
	const own = createTranslate(tag, strings[tag], english);

	test('read the same through i18next (pages) and the project’s translator (island, command line)', () => {
		const page = pages.get(tag)!;
		const differences: string[] = [];
		let compared = 0;
		for (const key of keys) {
			for (const vars of lookups(key)) {
				const expected = page(key, vars);
				const actual = own(key, vars);
				compared += 1;
				if (actual !== expected)
					differences.push(
						`${key} ${JSON.stringify(vars)}: i18next "${expected}", own "${actual}"`
					);
			}
		}
		expect(differences).toEqual([]);
		// Every key once, and each key with plural forms once a count.
		expect(compared).toBe(keys.length + pluralKeys.size * (COUNTS.length - 1));
	});

	test('agree where a value is missing: the placeholder stays as written', () => {
		const page = pages.get(tag)!;
		for (const key of ['atlas.calc.regionApplied', 'atlas.calc.trace.businessDays'] as const) {
			expect(own(key, { count: 3 }), key).toBe(page(key, { count: 3 }));
			expect(own(key, { count: 3 }), key).toMatch(/\{\{\s*\w+\s*\}\}/);
		}
	});
});
