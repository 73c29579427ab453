import { describe, expect, test } from 'vitest';
import { locales } from '#lib/locales.ts';
import { readUiStringsFile } from '../../node/ui-strings-files.ts';
import { calculatorPath, comparePath, generalFaqPath, vendorPlansPath } from '#lib/routes.ts';
import { searchKeywordsKey } from './keywords.ts';

// Which built pages carry the keywords, weighted and indexed, is checked on the built site
// (tests/built/search-keywords.test.ts); this checks the words behind each key.
describe.each(locales.map((l) => l.tag))('search keywords (%s)', (tag) => {
	test('the comparison, the calculator and the general FAQ each have their own words in the locale, not English', () => {
		const strings = readUiStringsFile(tag);
		const english = readUiStringsFile('en');
		const keys = [comparePath(tag), calculatorPath(tag), generalFaqPath(tag)].map((path) =>
			searchKeywordsKey(path, tag)
		);
		expect(new Set(keys).size).toBe(3);
		for (const key of keys) {
			expect(key && strings[key], key).toBeTruthy();
			if (tag !== 'en') expect(strings[key!], key).not.toBe(english[key!]);
		}
	});

	test('a vendor’s pages carry none', () => {
		expect(searchKeywordsKey(vendorPlansPath(tag, 'x'), tag)).toBeUndefined();
	});
});
