import { describe, expect, test } from 'vitest';
import {
	applyNumberUnitRule,
	formatDate,
	formatDateTime,
	formatDuration,
	formatLanguageName,
	formatList,
	formatMinutes,
} from './format.ts';
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

describe('number–unit spacing, one rule per locale', () => {
	test('durations follow the rule whatever the runtime’s Intl data', () => {
		expect(formatDuration({ value: 1, unit: 'hours' }, 'zh-CN', tFor('en'))).toBe('1小时');
		expect(formatDuration({ value: 48, unit: 'hours' }, 'zh-TW', tFor('en'))).toBe('48 小時');
		expect(formatDuration({ value: 45, unit: 'minutes' }, 'ko', tFor('en'))).toBe('45분');
		expect(applyNumberUnitRule('1 小时', 'zh-CN')).toBe('1小时');
		expect(applyNumberUnitRule('1小時', 'zh-TW')).toBe('1 小時');
		expect(applyNumberUnitRule('2\u00a0godziny', 'pl')).toBe('2 godziny');
	});
	test('countdowns put each part in the locale’s way', () => {
		const minutes = 2 * 1440 + 3 * 60 + 30;
		expect(formatMinutes(minutes, 'zh-TW', { days: true })).toBe('2 天 3 小時 30 分鐘');
		expect(formatMinutes(minutes, 'zh-CN', { days: true })).toBe('2天3小时30分钟');
		expect(formatMinutes(minutes, 'ko', { days: true })).toBe('2일 3시간 30분');
		expect(formatMinutes(minutes, 'pl', { days: true })).toBe('2 dni, 3 godziny i 30 minut');
		expect(formatMinutes(90, 'en')).toBe('1 hour 30 minutes');
	});
});

describe('dates', () => {
	const at = Date.UTC(2026, 10, 30, 8, 0);
	test('Chinese puts the weekday and the zone in full-width brackets, zone after the time', () => {
		expect(formatDateTime(at, 'zh-CN', 'Europe/Warsaw')).toBe(
			'2026年11月30日（周一）09:00（GMT+1）'
		);
		expect(formatDate('2026-12-24', 'zh-TW')).toBe('2026年12月24日（週四）');
	});
	test('no zone abbreviation outside English: the offset instead', () => {
		expect(formatDateTime(at, 'zh-TW', 'America/Chicago')).toBe(
			'2026年11月30日（週一）02:00（GMT-6）'
		);
		expect(formatDateTime(at, 'ko', 'America/Chicago')).toContain('GMT-6');
		expect(formatDateTime(at, 'en', 'America/Chicago')).toContain('CST');
	});
	test('Polish spells the month out', () => {
		expect(formatDateTime(at, 'pl', 'Europe/Warsaw')).toContain('30 listopada 2026');
		expect(formatDate('2026-12-24', 'pl')).toBe('czw., 24 grudnia 2026');
	});
	test('Chinese lists: spaced beside Latin words (and numbers in zh-TW), 、 only when nested', () => {
		expect(formatList(['P1', 'P2'], 'zh-CN')).toBe('P1 和 P2');
		expect(formatList(['标准版', '高级版', 'P3'], 'zh-CN')).toBe('标准版、高级版和 P3');
		expect(formatList(['12月24日', '12月25日'], 'zh-CN')).toBe('12月24日和12月25日');
		expect(formatList(['12月24日', '12月25日'], 'zh-TW')).toBe('12月24日和 12月25日');
		expect(formatList(['a', 'b', 'c'], 'zh-TW', { nested: true })).toBe('a、b、c');
		expect(formatList(['a', 'b'], 'en', { nested: true })).toBe('a and b');
	});
	test('Chinese is named by its script', () => {
		expect(formatLanguageName('zh-CN', 'zh-CN')).toBe('简体中文');
		expect(formatLanguageName('zh-CN', 'zh-TW')).toBe('繁体中文');
		expect(formatLanguageName('zh-TW', 'zh-TW')).toBe('繁體中文');
		expect(formatLanguageName('en', 'zh-TW')).toBe('Traditional Chinese');
	});
});
