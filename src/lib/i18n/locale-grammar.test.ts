import { describe, expect, test } from 'vitest';
import type { Target } from '#lib/catalogue/schema.ts';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import { readUiStringsFile } from '../../node/ui-strings-files.ts';
import type { TraceStep } from '#lib/sla/deadlines.ts';
import { describeTrace } from '#lib/views/parts/deadlines.ts';
import { tierKeyFacts } from '#lib/views/parts/tier-key-facts.ts';
import { formatLanguageName, formatMinutes, formatTargetAmount } from './format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { fixedFormErrors, glossarySchema } from '#lib/translation-report/glossary.ts';
import { createTranslate } from './ui-strings.ts';

// The site's own UI strings: these tests read the sentences a reader gets, values put in.
const english = readUiStringsFile('en');
const tFor = (tag: LocaleTag) => createTranslate(tag, readUiStringsFile(tag), english);

const every = (value: number, unit: 'minutes' | 'hours' | 'business-days'): Target =>
	({ kind: 'update', every: { value, unit } }) as unknown as Target;

describe('update cadences agree with their number', () => {
	test('Polish puts the amount in the accusative after "co"', () => {
		const t = tFor('pl');
		const hours = [1, 2, 4, 5, 12, 21, 22, 24].map((n) =>
			formatTargetAmount(every(n, 'hours'), 'pl', t)
		);
		expect(hours).toEqual([
			'co godzinę',
			'co 2 godziny',
			'co 4 godziny',
			'co 5 godzin',
			'co 12 godzin',
			'co 21 godzin',
			'co 22 godziny',
			'co 24 godziny',
		]);
		expect(formatTargetAmount(every(1.5, 'hours'), 'pl', t)).toBe('co 1,5 godziny');
		expect(formatTargetAmount(every(1, 'minutes'), 'pl', t)).toBe('co minutę');
		expect(formatTargetAmount(every(30, 'minutes'), 'pl', t)).toBe('co 30 minut');
		expect(formatTargetAmount(every(1, 'business-days'), 'pl', t)).toBe('co dzień roboczy');
		expect(formatTargetAmount(every(3, 'business-days'), 'pl', t)).toBe('co 3 dni robocze');
		expect(formatTargetAmount(every(5, 'business-days'), 'pl', t)).toBe('co 5 dni roboczych');
	});

	test('Korean writes the number with its unit and 마다', () => {
		const t = tFor('ko');
		expect(formatTargetAmount(every(1, 'hours'), 'ko', t)).toBe('1시간마다');
		expect(formatTargetAmount(every(24, 'hours'), 'ko', t)).toBe('24시간마다');
		expect(formatTargetAmount(every(2, 'business-days'), 'ko', t)).toBe('2영업일마다');
	});

	test('English and Chinese read as before', () => {
		expect(formatTargetAmount(every(1, 'hours'), 'en', tFor('en'))).toBe('every hour');
		expect(formatTargetAmount(every(24, 'hours'), 'en', tFor('en'))).toBe('every 24 hours');
		expect(formatTargetAmount(every(24, 'hours'), 'zh-CN', tFor('zh-CN'))).toBe('每24小时');
		expect(formatTargetAmount(every(72, 'hours'), 'zh-TW', tFor('zh-TW'))).toBe('每 72 小時');
	});
});

describe('formatted durations inside Polish sentences stay in the nominative', () => {
	test('a one-hour stretch in the trace reads "wliczono: 1 godzina"', () => {
		const t = tFor('pl');
		const duration = formatMinutes(60, 'pl');
		expect(t('atlas.calc.trace.span', { range: 'pon., 30 listopada, 08:00–09:00', duration })).toBe(
			'pon., 30 listopada, 08:00–09:00 (wliczono: 1 godzina).'
		);
		expect(t('atlas.calc.trace.cadenceAfterOpened', { duration })).toContain(
			'jeden odstęp to 1 godzina czasu objętego wsparciem'
		);
	});

	test('holidays agree with how many dates there are', () => {
		const t = tFor('pl');
		expect(t('atlas.calc.trace.reason.holidays', { count: 1, dates: 'A' })).toBe('święto w dniu A');
		expect(t('atlas.calc.trace.reason.holidays', { count: 2, dates: 'A i B' })).toBe(
			'święta w dniach A i B'
		);
	});
});

describe('source languages in Korean', () => {
	test('name the script first, without brackets inside the brackets they are shown in', () => {
		expect(formatLanguageName('ko', 'zh-TW')).toBe('번체 중국어');
		expect(formatLanguageName('ko', 'zh-CN')).toBe('간체 중국어');
		expect(formatLanguageName('ko', 'pl')).toBe('폴란드어');
	});
});

describe('the fixed-form rule of a glossary', () => {
	const glossary = glossarySchema.parse({
		terms: [],
		fixedForms: [{ placeholders: ['duration'], before: '(^|[:(–]\\s*|\\bto\\s+)' }],
	});
	test('flags a nominative value after a word that governs another case', () => {
		expect(fixedFormErrors('co {{duration}}', glossary)).toHaveLength(1);
		expect(fixedFormErrors('{{range}}: wliczono {{duration}}.', glossary)).toHaveLength(1);
	});
	test('accepts it after a colon, a bracket, a dash or "to", and ignores other placeholders', () => {
		expect(fixedFormErrors('Pozostało: {{duration}}', glossary)).toEqual([]);
		expect(fixedFormErrors('odcinki ({{duration}})', glossary)).toEqual([]);
		expect(fixedFormErrors('jeden odstęp to {{duration}} czasu', glossary)).toEqual([]);
		expect(fixedFormErrors('{{duration}} – koniec', glossary)).toEqual([]);
		expect(fixedFormErrors('co {{amount}} godzin', glossary)).toEqual([]);
	});
});

describe('calendar names read as values, inside sentences too', () => {
	const catalogue = loadCatalogue('content/vendors');
	test('no name starts with a label of its own (it follows "Godziny wsparcia:" or stands in brackets)', () => {
		for (const vendor of catalogue.vendors)
			for (const calendar of vendor.calendars)
				for (const tag of ['pl', 'ko'] as const)
					expect(calendar.name[tag], `${vendor.id}/${calendar.id}`).not.toMatch(/^[^\d:]+:\s/u);
	});
	test('a coverage split by severity is one sentence in Polish, English and Korean', () => {
		const tableau = catalogue.vendors.find((v) => v.id === 'tableau')!;
		const extended = tableau.tiers.find((tier) => tier.id === 'extended')!;
		const coverage = (tag: LocaleTag) =>
			tierKeyFacts(tableau, extended, tag, tFor(tag), () => []).coverage;
		expect(coverage('pl')).toBe(
			'Dla P1: całodobowo, 24/7; dla pozostałych: od poniedziałku do piątku, 09:00–17:00 czasu lokalnego'
		);
		expect(coverage('en')).toBe(
			'24x7 for P1 only; otherwise business hours, Mon–Fri 09:00–17:00 your local time'
		);
		expect(coverage('ko')).toBe('P1만 연중무휴 24시간, 그 밖에는 현지 시간 월~금 09:00~17:00');
	});
});

describe('closed time before and over holidays', () => {
	const step = {
		step: 'closed',
		until: Temporal.ZonedDateTime.from('2026-12-28T09:00:00+01:00[Europe/Berlin]'),
		reasons: ['holiday', 'weekend'],
		holidays: [
			{ date: '2026-12-24', origin: 'calendar' },
			{ date: '2026-12-25', origin: 'calendar' },
		],
	} as unknown as TraceStep;
	test('the holiday dates end the sentence, so one conjunction does not follow another', () => {
		expect(describeTrace([step], 'pl', tFor('pl'))).toEqual([
			'Przerwa do pon., 28 grudnia, 09:00: weekend i święta w dniach czw., 24 grudnia 2026 i pt., 25 grudnia 2026.',
		]);
		expect(describeTrace([step], 'en', tFor('en'))).toEqual([
			'Closed until Mon, Dec 28, 09:00: weekend and holiday on Thu, Dec 24, 2026 and Fri, Dec 25, 2026.',
		]);
		expect(describeTrace([step], 'ko', tFor('ko'))).toEqual([
			'12월 28일 (월) 09:00까지 지원 시간 외: 주말 및 공휴일 2026년 12월 24일 (목), 2026년 12월 25일 (금).',
		]);
	});
});

describe('a holiday named beside its date', () => {
	const step = {
		step: 'closed-dates',
		dates: [
			{
				date: '2026-10-05',
				origin: 'region',
				name: { ko: '개천절 대체공휴일', 'zh-CN': '开天节补休', en: 'National Foundation Day' },
			},
		],
	} as unknown as TraceStep;
	test('joins the brackets the date already has for its weekday, in Chinese and Korean', () => {
		expect(describeTrace([step], 'ko', tFor('ko'))).toEqual([
			'제외된 휴무일: 2026년 10월 5일 (월, 개천절 대체공휴일)',
		]);
		expect(describeTrace([step], 'zh-CN', tFor('zh-CN'))).toEqual([
			'已跳过的非服务日：2026年10月5日（周一，开天节补休）。',
		]);
		expect(describeTrace([step], 'en', tFor('en'))[0]).toContain(
			'Mon, Oct 5, 2026 (National Foundation Day)'
		);
	});
});

describe('business days counted as whole weekdays on round-the-clock coverage', () => {
	const at = (iso: string) => Temporal.ZonedDateTime.from(`${iso}+08:00[Asia/Taipei]`);
	const trace = (wholeWeekdays: boolean) =>
		[
			{ step: 'clock-start', at: at('2026-11-30T00:00:00'), outsideCoverage: true },
			{ step: 'business-days', days: 1, minutesPerDay: 1440, wholeWeekdays },
			{ step: 'due', at: at('2026-12-01T00:00:00'), atClosing: true },
		] as unknown as TraceStep[];
	test('a Saturday ticket waits for a business day, and is due at the end of one', () => {
		const words = describeTrace(trace(true), 'en', tFor('en'));
		expect(words[0]).toMatch(/^The ticket was opened outside business days, so the clock starts /);
		expect(words.at(-1)).toMatch(/exactly at the end of that business day\.$/);
		const zh = describeTrace(trace(true), 'zh-CN', tFor('zh-CN'));
		expect(zh[0]).toMatch(/^工单在工作日以外提交/);
		expect(zh.at(-1)).toMatch(/恰好是该工作日结束的时刻。$/);
	});
	test('weekly business hours keep speaking of coverage and closing time', () => {
		const words = describeTrace(trace(false), 'en', tFor('en'));
		expect(words[0]).toMatch(/^The ticket was opened outside covered hours/);
		expect(words.at(-1)).toMatch(/exactly at closing time\.$/);
	});
});
