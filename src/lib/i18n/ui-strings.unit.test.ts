import { describe, expect, test } from 'vitest';
import { createTranslate, pickStrings } from './ui-strings.ts';

describe('createTranslate', () => {
	// Tables of their own (the real files are compared with i18next in ui-strings.i18next.test.ts).
	const days = 'atlas.duration.businessDays';
	const pl = {
		[`${days}_one`]: '{{count}} dzień',
		[`${days}_few`]: '{{count}} dni',
		[`${days}_many`]: '{{count}} dni!',
		'atlas.print.from': 'Cześć {{url}}',
	};
	const en = {
		[`${days}_one`]: '{{count}} day',
		[`${days}_other`]: '{{count}} days',
		'atlas.home.title': 'English only',
	};
	const t = createTranslate('pl', pl, en);
	test('interpolates and picks the plural form by the locale’s rules', () => {
		expect(t('atlas.print.from', { url: 'Ola' })).toBe('Cześć Ola');
		expect(t(days, { count: 1 })).toBe('1 dzień');
		expect(t(days, { count: 3 })).toBe('3 dni');
		expect(t(days, { count: 5 })).toBe('5 dni!');
	});
	test('falls back to English, then to the key', () => {
		expect(t('atlas.home.title')).toBe('English only');
		expect(t(days, { count: 1.5 })).toBe('1.5 days');
		expect(t('atlas.home.intro')).toBe('atlas.home.intro');
	});
	test('does not escape values (the page escapes what it renders)', () => {
		expect(t('atlas.print.from', { url: '<b>&' })).toBe('Cześć <b>&');
	});
	test('pickStrings keeps only the requested prefixes', () => {
		expect(pickStrings({ 'x.a': '1', 'y.b': '2', 'x.c': '3' }, ['x.'])).toEqual({
			'x.a': '1',
			'x.c': '3',
		});
	});
});
