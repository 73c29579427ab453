import { describe, expect, test } from 'vitest';
import { formatDuration } from './format.ts';
import type { Translate } from './translate.ts';

/** A stand-in for the UI strings, resolving plurals the way i18next does. */
const strings: Record<string, Record<string, string>> = {
	en: { one: '{{count}} business day', other: '{{count}} business days' },
	pl: {
		one: '{{count}} dzień roboczy',
		few: '{{count}} dni robocze',
		many: '{{count}} dni roboczych',
		other: '{{count}} dnia roboczego',
	},
};
const tFor =
	(tag: 'en' | 'pl'): Translate =>
	(_key, vars) => {
		const count = Number(vars?.count);
		const form = strings[tag]![new Intl.PluralRules(tag).select(count)]!;
		return form.replace('{{count}}', String(count));
	};

describe('formatDuration', () => {
	test('minutes and hours use Intl units with plural rules', () => {
		expect(formatDuration({ value: 30, unit: 'minutes' }, 'en', tFor('en'))).toBe('30 minutes');
		expect(formatDuration({ value: 1, unit: 'hours' }, 'en', tFor('en'))).toBe('1 hour');
		expect(formatDuration({ value: 2, unit: 'hours' }, 'pl', tFor('pl'))).toBe('2 godziny');
		expect(formatDuration({ value: 5, unit: 'hours' }, 'pl', tFor('pl'))).toBe('5 godzin');
		expect(formatDuration({ value: 45, unit: 'minutes' }, 'ko', tFor('en'))).toBe('45분');
		expect(formatDuration({ value: 8, unit: 'hours' }, 'zh-TW', tFor('en'))).toBe('8 小時');
	});
	test('business days come from the UI strings, with the right plural', () => {
		expect(formatDuration({ value: 1, unit: 'business-days' }, 'en', tFor('en'))).toBe(
			'1 business day'
		);
		expect(formatDuration({ value: 2, unit: 'business-days' }, 'pl', tFor('pl'))).toBe(
			'2 dni robocze'
		);
		expect(formatDuration({ value: 5, unit: 'business-days' }, 'pl', tFor('pl'))).toBe(
			'5 dni roboczych'
		);
	});
});
