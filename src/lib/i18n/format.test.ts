import { describe, expect, test } from 'vitest';
import {
	applyNumberUnitRule,
	formatDate,
	formatDateTime,
	formatDaysAgo,
	formatDuration,
	formatLanguageName,
	formatList,
	formatPercent,
	formatMinutes,
	inSentence,
	sentenceStart,
	formatPlanName,
	formatShortDateTime,
	formatTimeRange,
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
	test('Polish spells the month out, with a comma before the time as in its ranges', () => {
		expect(formatDateTime(at, 'pl', 'Europe/Warsaw')).toBe('pon., 30 listopada 2026, 09:00 GMT+1');
		expect(formatShortDateTime(at, 'pl', 'Europe/Warsaw')).toBe('pon., 30 listopada, 09:00');
		expect(formatTimeRange(at, at + 3_600_000, 'pl', 'Europe/Warsaw')).toBe(
			'pon., 30 listopada, 09:00–10:00'
		);
		// Over two days Intl sets the dash between thin spaces.
		expect(formatTimeRange(at, at + 86_400_000, 'pl', 'Europe/Warsaw')).toMatch(
			/^pon\., 30 listopada, 09:00\s–\swt\., 1 grudnia, 09:00$/u
		);
		expect(formatDate('2026-12-24', 'pl')).toBe('czw., 24 grudnia 2026');
	});
	test('a date to cite, not to plan by, goes without its weekday', () => {
		const plain = { weekday: false };
		expect(formatDate('2026-11-29', 'pl', plain)).toBe('29 listopada 2026');
		expect(formatDate('2026-11-29', 'en', plain)).toBe('Nov 29, 2026');
		expect(formatDate('2026-11-29', 'zh-CN', plain)).toBe('2026年11月29日');
		expect(formatDate('2026-11-29', 'ko', plain)).toBe('2026년 11월 29일');
		expect(formatDate('2026-11-29', 'zh-CN')).toBe('2026年11月29日（周日）');
	});
	test('Korean ranges take a tilde without spaces, as its texts write them', () => {
		expect(formatTimeRange(at, at + 3_600_000, 'ko', 'Asia/Seoul')).toBe(
			'11월 30일 (월) 17:00~18:00'
		);
		expect(formatTimeRange(at, at + 86_400_000, 'ko', 'Asia/Seoul')).toBe(
			'11월 30일 (월) 17:00~12월 1일 (화) 17:00'
		);
	});
	test('Chinese lists: spaced beside Latin words (and numbers in zh-TW), 、 only when nested', () => {
		expect(formatList(['P1', 'P2'], 'zh-CN')).toBe('P1 和 P2');
		expect(formatList(['标准版', '高级版', 'P3'], 'zh-CN')).toBe('标准版、高级版和 P3');
		expect(formatList(['12月24日', '12月25日'], 'zh-CN')).toBe('12月24日和12月25日');
		expect(formatList(['12月24日', '12月25日'], 'zh-TW')).toBe('12月24日和 12月25日');
		expect(formatList(['a', 'b', 'c'], 'zh-TW', { nested: true })).toBe('a、b、c');
		expect(formatList(['a', 'b'], 'en', { nested: true })).toBe('a and b');
	});
	test('alternatives join with the locale’s "or", spaced beside Latin words in Chinese', () => {
		expect(formatList(['Cloud', 'Server', 'Data Center'], 'en', { disjunction: true })).toBe(
			'Cloud, Server, or Data Center'
		);
		expect(formatList(['Chmura', 'Serwer'], 'pl', { disjunction: true })).toBe('Chmura lub Serwer');
		expect(formatList(['云端', 'Server'], 'zh-CN', { disjunction: true })).toBe('云端或 Server');
		expect(formatList(['클라우드', '서버'], 'ko', { disjunction: true })).toBe(
			'클라우드 또는 서버'
		);
	});
	test('percentages as each locale writes them', () => {
		expect(formatPercent(20, 'en')).toBe('20%');
		expect(formatPercent(12.5, 'pl')).toBe('12,5%');
		expect(formatPercent(100, 'zh-TW')).toBe('100%');
	});
	test('Korean nests a list with commas, so only the outer list says 및', () => {
		const dates = formatList(['2026년 12월 24일 (목)', '2026년 12월 25일 (금)'], 'ko', {
			nested: true,
		});
		expect(formatList([`공휴일 ${dates}`, '주말'], 'ko')).toBe(
			'공휴일 2026년 12월 24일 (목), 2026년 12월 25일 (금) 및 주말'
		);
	});
	test('how long ago a check was, in the locale’s words and number–unit rule', () => {
		expect([0, 1, 7].map((days) => formatDaysAgo(days, 'en'))).toEqual([
			'today',
			'yesterday',
			'7 days ago',
		]);
		expect(formatDaysAgo(7, 'pl')).toBe('7 dni temu');
		expect(formatDaysAgo(22, 'pl')).toBe('22 dni temu');
		expect(formatDaysAgo(7, 'zh-CN')).toBe('7天前');
		expect(formatDaysAgo(7, 'zh-TW')).toBe('7 天前');
		expect(formatDaysAgo(200, 'ko')).toBe('200일 전');
	});
	test('percentages as the locale writes them', () => {
		expect(formatPercent(10, 'en')).toBe('10%');
		expect(formatPercent(12.5, 'pl')).toBe('12,5%');
	});
	test('Chinese is named by its script', () => {
		expect(formatLanguageName('zh-CN', 'zh-CN')).toBe('简体中文');
		expect(formatLanguageName('zh-CN', 'zh-TW')).toBe('繁体中文');
		expect(formatLanguageName('zh-TW', 'zh-TW')).toBe('繁體中文');
		expect(formatLanguageName('en', 'zh-TW')).toBe('Traditional Chinese');
	});
});

describe('names inside a sentence', () => {
	test('an ordinary capitalised first word loses its capital in English and Polish', () => {
		expect(inSentence('Business hours, Mon–Fri 09:00–17:00', 'en')).toBe(
			'business hours, Mon–Fri 09:00–17:00'
		);
		expect(inSentence('W godzinach pracy', 'pl')).toBe('w godzinach pracy');
		expect(inSentence('Całodobowo, 24/7', 'pl')).toBe('całodobowo, 24/7');
	});
	test('codes, mixed-case words and uncased scripts stay as they are', () => {
		for (const text of ['P1 only', '24x7', 'SaaS hours', 'TAM'])
			expect(inSentence(text, 'en')).toBe(text);
		expect(inSentence('Pro 플랜', 'ko')).toBe('Pro 플랜');
		expect(inSentence('现地时间', 'zh-CN')).toBe('现地时间');
	});
	test('a sentence starts with a capital', () => {
		expect(sentenceStart('dla P1: całodobowo', 'pl')).toBe('Dla P1: całodobowo');
		expect(sentenceStart('24x7 for P1 only', 'en')).toBe('24x7 for P1 only');
	});
});

describe('formatPlanName', () => {
	const t: Translate = (_key, vars) => `${vars!.vendor} / ${vars!.tier}`;
	test('names the plan through the UI string, and adds the severity when there is one', () => {
		expect(formatPlanName('Acme', 'Standard', t)).toBe('Acme / Standard');
		expect(formatPlanName('Acme', 'Standard', t, 'P1')).toBe('Acme / Standard · P1');
	});
});
