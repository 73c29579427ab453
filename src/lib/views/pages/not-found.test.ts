import { describe, expect, test } from 'vitest';
import { readUiStrings } from '../../../node/ui-strings-files.ts';
import { localeTags } from '#lib/locales.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import { buildNotFound } from './not-found.ts';

describe('404 page', () => {
	const strings = readUiStrings();
	const sections = buildNotFound((tag) => createTranslate(tag, strings[tag]));

	test('has a section per locale, each in its own words with links into its own pages', () => {
		expect(sections.map((s) => s.tag)).toEqual(localeTags);
		for (const section of sections) {
			for (const text of [section.heading, section.text, section.linksLabel, section.search])
				expect(text).not.toMatch(/^atlas\./);
			expect(section.links.map((l) => l.href)).toEqual(
				section.tag === 'en'
					? ['/', '/calculator/', '/compare/']
					: [
							`/${section.tag.toLowerCase()}/`,
							`/${section.tag.toLowerCase()}/calculator/`,
							`/${section.tag.toLowerCase()}/compare/`,
						]
			);
		}
		expect(new Set(sections.map((s) => s.heading)).size).toBe(localeTags.length);
	});
});
