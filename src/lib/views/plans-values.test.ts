import { describe, expect, test } from 'vitest';
import { readUiStringsFile } from '../../node/ui-strings-files.ts';
import type { FeatureValue } from '../catalogue/schema.ts';
import type { LocaleTag } from '../i18n/locales.ts';
import { createTranslate } from '../i18n/ui-strings.ts';
import { cellKey, featureCell } from './plans-values.ts';

// The site's own UI strings, so each expected cell below is what a reader of that locale sees,
// written out by hand.
const cell = (value: FeatureValue, tag: LocaleTag) =>
	featureCell(value, tag, createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en')));
const text = (en: string, pl = en, ko = en, zhTW = en) => ({
	en,
	'zh-CN': en,
	'zh-TW': zhTW,
	ko,
	pl,
});

describe('a feature value in a comparison cell', () => {
	test('true and false become marks, each with words for screen readers; null says the source is silent', () => {
		expect(cell(true, 'en')).toEqual({ kind: 'mark', mark: 'yes', label: 'Included' });
		expect(cell(false, 'pl')).toEqual({
			kind: 'mark',
			mark: 'no',
			label: 'Nie wchodzi w zakres planu',
		});
		expect(cell(null, 'ko')).toEqual({ kind: 'unknown', text: '명시되지 않음' });
	});

	test('a number keeps its qualifier and unit, in the locale’s word order and digits', () => {
		const cases: FeatureValue = {
			kind: 'number',
			value: 1500,
			qualifier: 'at-most',
			unit: text('cases', 'zgłoszeń', '건'),
		};
		expect(cell(cases, 'en')).toEqual({ kind: 'text', text: 'at most 1,500 cases' });
		expect(cell(cases, 'pl')).toEqual({ kind: 'text', text: 'maksymalnie 1500 zgłoszeń' });
		expect(cell(cases, 'ko')).toEqual({ kind: 'text', text: '최대 1,500건' });
		expect(cell({ kind: 'number', value: 12000, qualifier: 'about' }, 'pl')).toEqual({
			kind: 'text',
			// Polish groups thousands with a no-break space.
			text: 'około 12\u00a0000',
		});
	});

	test('a method names its frequency', () => {
		const review: FeatureValue = {
			kind: 'method',
			method: text('Video conference', 'Wideokonferencja', '화상 회의'),
			frequency: 'quarterly',
		};
		expect(cell(review, 'en')).toEqual({ kind: 'text', text: 'Video conference, quarterly' });
		expect(cell(review, 'pl')).toEqual({ kind: 'text', text: 'Wideokonferencja, co kwartał' });
		expect(cell(review, 'ko')).toEqual({ kind: 'text', text: '화상 회의, 분기별' });
	});

	test('a duration is worded like every other duration; lists keep their items in order', () => {
		expect(cell({ kind: 'duration', duration: { value: 2, unit: 'hours' } }, 'en')).toEqual({
			kind: 'text',
			text: '2 hours',
		});
		expect(cell({ kind: 'duration', duration: { value: 3, unit: 'business-days' } }, 'pl')).toEqual(
			{ kind: 'text', text: '3 dni robocze' }
		);
		expect(
			cell({ kind: 'list', items: [text('Patches', 'Poprawki'), text('Coaching')] }, 'pl')
		).toEqual({ kind: 'list', items: ['Poprawki', 'Coaching'] });
	});
});

describe('the key of a cell', () => {
	test('is the same for cells that read the same, whatever value they came from', () => {
		// "2 hours" written as a duration and as a text reads the same in the table.
		expect(cellKey(cell({ kind: 'duration', duration: { value: 2, unit: 'hours' } }, 'en'))).toBe(
			cellKey(cell({ kind: 'text', text: text('2 hours') }, 'en'))
		);
		expect(cellKey(cell({ kind: 'number', value: 3, qualifier: 'exactly' }, 'en'))).toBe(
			cellKey(cell({ kind: 'text', text: text('3') }, 'en'))
		);
	});

	test('differs for cells that read differently', () => {
		const keys = [
			cell(true, 'en'),
			cell(false, 'en'),
			cell(null, 'en'),
			// The words of a mark, as plain text, still read differently from the mark itself.
			cell({ kind: 'text', text: text('Included') }, 'en'),
			cell({ kind: 'text', text: text('Web') }, 'en'),
			cell({ kind: 'text', text: text('Web and phone') }, 'en'),
			cell({ kind: 'list', items: [text('Web'), text('phone')] }, 'en'),
			cell({ kind: 'list', items: [text('phone'), text('Web')] }, 'en'),
		].map(cellKey);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
