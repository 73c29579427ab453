import { describe, expect, test } from 'vitest';
import { createTranslate, pickStrings } from './ui-strings.ts';

describe('createTranslate', () => {
	const pl = {
		'a.days_one': '{{count}} dzień',
		'a.days_few': '{{count}} dni',
		'a.days_many': '{{count}} dni!',
		'a.hello': 'Cześć {{name}}',
	};
	const en = {
		'a.days_one': '{{count}} day',
		'a.days_other': '{{count}} days',
		'a.only': 'English only',
	};
	const t = createTranslate('pl', pl, en);
	test('interpolates and picks the plural form by the locale’s rules', () => {
		expect(t('a.hello', { name: 'Ola' })).toBe('Cześć Ola');
		expect(t('a.days', { count: 1 })).toBe('1 dzień');
		expect(t('a.days', { count: 3 })).toBe('3 dni');
		expect(t('a.days', { count: 5 })).toBe('5 dni!');
	});
	test('falls back to English, then to the key', () => {
		expect(t('a.only')).toBe('English only');
		expect(t('a.days', { count: 1.5 })).toBe('1.5 days');
		expect(t('a.missing')).toBe('a.missing');
	});
	test('does not escape values (the page escapes what it renders)', () => {
		expect(t('a.hello', { name: '<b>&' })).toBe('Cześć <b>&');
	});
	test('pickStrings keeps only the requested prefixes', () => {
		expect(pickStrings({ 'x.a': '1', 'y.b': '2', 'x.c': '3' }, ['x.'])).toEqual({
			'x.a': '1',
			'x.c': '3',
		});
	});
});
