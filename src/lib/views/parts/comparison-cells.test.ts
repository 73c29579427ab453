import { describe, expect, test } from 'vitest';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { readUiStringsFile } from '../../../node/ui-strings-files.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import { cellKey, featureCell } from './comparison-cells.ts';

// Feature values of the fixtures, worded with the site's own UI strings, so each expected cell
// below is what a reader of that locale sees, written out by hand.
const orbit = fixtureVendor(fixtureCatalogue(), 'orbit');
const duo = fixtureFolderVendor('plan-pages');
const cell = (vendor: Vendor, featureId: string, tierId: string, tag: LocaleTag) => {
	const feature = vendor.categories.flatMap((c) => c.features).find((f) => f.id === featureId)!;
	const value = feature.values[tierId];
	if (value === undefined) throw new Error(`${featureId} has no value for ${tierId}`);
	return featureCell(
		value,
		tag,
		createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'))
	);
};

describe('a feature value in a comparison cell', () => {
	test('true and false become marks, each with words for screen readers; null says the source is silent', () => {
		expect(cell(orbit, 'phone', 'premium', 'en')).toEqual({
			kind: 'mark',
			mark: 'yes',
			label: 'Included',
		});
		expect(cell(orbit, 'phone', 'basic', 'pl')).toEqual({
			kind: 'mark',
			mark: 'no',
			label: 'Nie wchodzi w zakres planu',
		});
		expect(cell(orbit, 'contacts', 'basic', 'ko')).toEqual({
			kind: 'unknown',
			text: '명시되지 않음',
		});
	});

	test('a number keeps its qualifier and unit, in the locale’s word order and digits', () => {
		expect(cell(duo, 'cases', 'lite', 'en')).toEqual({ kind: 'text', text: 'at most 1,500 cases' });
		expect(cell(duo, 'cases', 'lite', 'pl')).toEqual({
			kind: 'text',
			text: 'maksymalnie 1500 zgłoszeń',
		});
		expect(cell(duo, 'cases', 'lite', 'ko')).toEqual({ kind: 'text', text: '최대 1,500건' });
		expect(cell(orbit, 'contacts', 'premium', 'en')).toEqual({
			kind: 'text',
			text: 'at most 4 people',
		});
		// Without a unit; Polish groups thousands with a no-break space.
		expect(cell(duo, 'cases', 'plus', 'pl')).toEqual({ kind: 'text', text: 'około 12\u00a0000' });
	});

	test('a method names its frequency', () => {
		expect(cell(orbit, 'review', 'premium', 'en')).toEqual({
			kind: 'text',
			text: 'Video call, quarterly',
		});
		expect(cell(orbit, 'review', 'premium', 'pl')).toEqual({
			kind: 'text',
			text: 'Wideorozmowa, co kwartał',
		});
		expect(cell(orbit, 'review', 'premium', 'ko')).toEqual({
			kind: 'text',
			text: '화상 회의, 분기별',
		});
	});

	test('a duration is worded like every other duration; texts and lists keep their words in order', () => {
		expect(cell(duo, 'reply', 'lite', 'en')).toEqual({ kind: 'text', text: '2 hours' });
		expect(cell(duo, 'reply', 'max', 'pl')).toEqual({ kind: 'text', text: '3 dni robocze' });
		expect(cell(orbit, 'review', 'basic', 'en')).toEqual({
			kind: 'text',
			text: '5 business days',
		});
		expect(cell(duo, 'extras', 'lite', 'pl')).toEqual({
			kind: 'list',
			items: ['Poprawki', 'Coaching'],
		});
		expect(cell(orbit, 'channels', 'premium', 'zh-TW')).toEqual({
			kind: 'text',
			text: '任何管道',
		});
	});
});

describe('the key of a cell', () => {
	test('is the same for cells that read the same, whatever value they came from', () => {
		// Lite's reply is a duration of 2 hours, Plus's the text "2 hours": a reader sees no difference.
		for (const tag of ['en', 'pl', 'ko'] as const)
			expect(cellKey(cell(duo, 'reply', 'lite', tag))).toBe(
				cellKey(cell(duo, 'reply', 'plus', tag))
			);
	});

	test('differs for cells that read differently', () => {
		const keys = [
			cell(orbit, 'phone', 'premium', 'en'),
			cell(orbit, 'phone', 'basic', 'en'),
			cell(orbit, 'contacts', 'basic', 'en'),
			// The words of a mark, as plain text, still read differently from the mark itself.
			cell(duo, 'extras', 'max', 'en'),
			cell(orbit, 'channels', 'premium', 'en'),
			cell(orbit, 'channels', 'basic', 'en'),
			// The same items in another order read differently.
			cell(duo, 'extras', 'lite', 'en'),
			cell(duo, 'extras', 'plus', 'en'),
		].map(cellKey);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
