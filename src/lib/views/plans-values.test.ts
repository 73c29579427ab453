import { describe, expect, test } from 'vitest';
import type { FeatureValue } from '../catalogue/schema.ts';
import type { Translate } from '../i18n/translate.ts';
import { cellKey, featureCell } from './plans-values.ts';

// Echoes the key and variables, so the test sees exactly which words the cell asked for.
const t: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);
const text = (s: string) => ({
	en: s,
	'zh-CN': `${s}-cn`,
	'zh-TW': `${s}-tw`,
	ko: `${s}-ko`,
	pl: `${s}-pl`,
});

describe('a feature value in a comparison cell', () => {
	test('true, false and null become marks or words, each with words for screen readers', () => {
		expect(featureCell(true, 'en', t)).toEqual({
			kind: 'mark',
			mark: 'yes',
			label: 'atlas.value.included',
		});
		expect(featureCell(false, 'en', t)).toEqual({
			kind: 'mark',
			mark: 'no',
			label: 'atlas.value.notIncluded',
		});
		expect(featureCell(null, 'en', t)).toEqual({ kind: 'unknown', text: 'atlas.value.notStated' });
	});
	test('a number keeps its qualifier and unit, formatted for the locale', () => {
		const value: FeatureValue = {
			kind: 'number',
			value: 1500,
			qualifier: 'at-most',
			unit: text('cases'),
		};
		expect(featureCell(value, 'pl', t)).toEqual({
			kind: 'text',
			text: 'atlas.value.number.at-most{"number":"1500","unit":"cases-pl"}',
		});
		expect(featureCell({ kind: 'number', value: 1500, qualifier: 'about' }, 'en', t)).toEqual({
			kind: 'text',
			text: 'atlas.value.bareNumber.about{"number":"1,500"}',
		});
	});
	test('a method names its frequency', () => {
		expect(
			featureCell(
				{ kind: 'method', method: text('Video conference'), frequency: 'quarterly' },
				'ko',
				t
			)
		).toEqual({
			kind: 'text',
			text: 'atlas.value.method{"method":"Video conference-ko","frequency":"atlas.value.frequency.quarterly"}',
		});
	});
	test('a duration is worded like every other duration; lists keep their items in order', () => {
		expect(
			featureCell({ kind: 'duration', duration: { value: 2, unit: 'hours' } }, 'en', t)
		).toEqual({ kind: 'text', text: '2 hours' });
		expect(
			featureCell({ kind: 'list', items: [text('Patches'), text('Coaching')] }, 'zh-TW', t)
		).toEqual({ kind: 'list', items: ['Patches-tw', 'Coaching-tw'] });
	});
	test('cells that read the same have the same key, and only those', () => {
		expect(cellKey(featureCell(true, 'en', t))).toBe(cellKey(featureCell(true, 'en', t)));
		expect(cellKey(featureCell(true, 'en', t))).not.toBe(cellKey(featureCell(false, 'en', t)));
		expect(cellKey(featureCell({ kind: 'text', text: text('Web') }, 'en', t))).not.toBe(
			cellKey(featureCell({ kind: 'text', text: text('Web and phone') }, 'en', t))
		);
	});
});
