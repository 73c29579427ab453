import { describe, expect, test } from 'vitest';
import { locales } from '#lib/locales.ts';
import { readUiStringsFile } from '../../node/ui-strings-files.ts';
import { calculatorPath, comparePath, generalFaqPath, vendorPlansPath } from '#lib/routes.ts';
import { searchKeywordsKey } from './keywords.ts';

describe.each(locales.map((l) => l.tag))('search keywords (%s)', (tag) => {
	test('the comparison, the calculator and the general FAQ carry keywords', () => {
		expect(searchKeywordsKey(comparePath(tag), tag)).toBe('atlas.search.keywords.compare');
		expect(searchKeywordsKey(calculatorPath(tag), tag)).toBe('atlas.search.keywords.calculator');
		expect(searchKeywordsKey(generalFaqPath(tag), tag)).toBe('atlas.search.keywords.generalFaq');
		expect(searchKeywordsKey(vendorPlansPath(tag, 'x'), tag)).toBeUndefined();
	});

	test('every keyword list exists in the locale and differs from English', () => {
		const strings = readUiStringsFile(tag);
		const english = readUiStringsFile('en');
		for (const path of [comparePath(tag), calculatorPath(tag), generalFaqPath(tag)]) {
			const key = searchKeywordsKey(path, tag)!;
			expect(strings[key], key).toBeTruthy();
			if (tag !== 'en') expect(strings[key], key).not.toBe(english[key]);
		}
	});
});
