import { describe, expect, test } from 'vitest';
import { readRegionHolidays } from '../../node/holiday-files.ts';
import fc from 'fast-check';
import {
	DayRules,
	epochDay,
	isIsoDate,
	isoDateOfDay,
	isoDateProblem,
	yearlyRuleDays,
	type YearlyRule,
} from './days.ts';
import { holidayName } from './regions.ts';

const dates = (rule: YearlyRule, year: number) => yearlyRuleDays(rule, year).map(isoDateOfDay);

describe('yearly rules', () => {
	test('a month and day closes that date every year', () => {
		expect(dates({ month: 12, day: 25 }, 2028)).toEqual(['2028-12-25']);
		expect(dates({ month: 12, day: 25 }, 2031)).toEqual(['2031-12-25']);
	});
	test('"monday" moves a Saturday or Sunday date to the Monday after', () => {
		// 25 December 2027 is a Saturday, 2028 a Monday, 2033 a Sunday.
		expect(dates({ month: 12, day: 25, weekend: 'monday' }, 2027)).toEqual(['2027-12-27']);
		expect(dates({ month: 12, day: 25, weekend: 'monday' }, 2028)).toEqual(['2028-12-25']);
		expect(dates({ month: 12, day: 25, weekend: 'monday' }, 2033)).toEqual(['2033-12-26']);
	});
	test('the nth weekday of a month, and the last', () => {
		// US Thanksgiving: fourth Thursday of November; Memorial Day: last Monday of May.
		expect(dates({ month: 11, weekday: 4, nth: 4 }, 2026)).toEqual(['2026-11-26']);
		expect(dates({ month: 11, weekday: 4, nth: 4 }, 2027)).toEqual(['2027-11-25']);
		expect(dates({ month: 5, weekday: 1, nth: -1 }, 2026)).toEqual(['2026-05-25']);
		expect(dates({ month: 5, weekday: 1, nth: -1 }, 2027)).toEqual(['2027-05-31']);
		// A fifth Friday that a month does not have closes nothing.
		expect(dates({ month: 2, weekday: 5, nth: 5 }, 2026)).toEqual([]);
	});
	test('29 February closes only leap years', () => {
		expect(dates({ month: 2, day: 29 }, 2028)).toEqual(['2028-02-29']);
		expect(dates({ month: 2, day: 29 }, 2027)).toEqual([]);
	});
	test('a date moved across New Year closes the Monday of the next year', () => {
		// 31 December 2027 is a Friday; 31 December 2028 a Sunday → Monday 1 January 2029.
		const rules = new DayRules({ yearly: [{ month: 12, day: 31, weekend: 'monday' }] });
		expect(rules.isClosed(epochDay('2029-01-01'))).toBe(true);
		expect(rules.isClosed(epochDay('2028-12-31'))).toBe(false);
	});
});

describe('dates of every year the engine handles', () => {
	test('one rule: YYYY-MM-DD, years 0001 to 9999, a day the month has', () => {
		expect(isoDateProblem('0001-01-01')).toBeUndefined();
		expect(isoDateProblem('0050-02-28')).toBeUndefined();
		expect(isoDateProblem('0099-12-31')).toBeUndefined();
		expect(isoDateProblem('9999-12-31')).toBeUndefined();
		expect(isoDateProblem('0000-01-01')).toBe('year');
		expect(isoDateProblem('0100-02-29')).toBe('nonexistent');
		expect(isoDateProblem('0400-02-29')).toBeUndefined();
		expect(isoDateProblem('2026-02-30')).toBe('nonexistent');
		expect(isoDateProblem('2026-13-01')).toBe('nonexistent');
		expect(isoDateProblem('2026-1-01')).toBe('format');
		expect(isoDateProblem('+02026-01-01')).toBe('format');
	});

	test('years 0 to 99 are not read as 1900 to 1999', () => {
		expect(isoDateOfDay(epochDay('0050-03-01'))).toBe('0050-03-01');
		expect(epochDay('0001-01-01')).toBe(-719_162);
		expect(dates({ month: 12, day: 25 }, 50)).toEqual(['0050-12-25']);
		// 25 December 0050 was a Sunday (proleptic Gregorian): \"monday\" moves it to the 26th.
		expect(dates({ month: 12, day: 25, weekend: 'monday' }, 50)).toEqual(['0050-12-26']);
		const rules = new DayRules({ closed: ['0050-12-25'] });
		expect(rules.isClosed(epochDay('0050-12-25'))).toBe(true);
		expect(rules.isClosed(epochDay('1950-12-25'))).toBe(false);
	});

	test('agrees with Temporal on every day of years 1 to 9999', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: epochDay('0001-01-01'), max: epochDay('9999-12-31') }),
				(day) => {
					const iso = isoDateOfDay(day);
					expect(isIsoDate(iso)).toBe(true);
					expect(epochDay(iso)).toBe(day);
					const plain = Temporal.PlainDate.from(iso);
					expect(plain.since('1970-01-01').total('days')).toBe(day);
					expect(plain.dayOfWeek).toBe(((((day + 3) % 7) + 7) % 7) + 1);
				}
			),
			{ numRuns: 2_000 }
		);
	});
});

describe('region data (generated from the maintained packages)', () => {
	const pl = new DayRules({ regions: [readRegionHolidays('PL')] });
	const kr = new DayRules({ regions: [readRegionHolidays('KR')] });
	const cn = new DayRules({ regions: [readRegionHolidays('CN')] });
	const closed = (rules: DayRules, date: string) => rules.isClosed(epochDay(date));

	test('Poland: 11 November every year, 24 December from 2025 on', () => {
		for (const year of [2024, 2025, 2026, 2029]) expect(closed(pl, `${year}-11-11`)).toBe(true);
		expect(closed(pl, '2024-12-24')).toBe(false);
		expect(closed(pl, '2025-12-24')).toBe(true);
		expect(closed(pl, '2026-12-24')).toBe(true);
		expect(holidayName(pl.closedNote(epochDay('2026-11-11'))!.name, 'pl')).toBe(
			'Narodowe Święto Niepodległości'
		);
	});
	test('Korea: the substitute holiday for Independence Movement Day on Monday 2 March 2026', () => {
		expect(closed(kr, '2026-03-01')).toBe(true); // a Sunday
		expect(closed(kr, '2026-03-02')).toBe(true);
		expect(holidayName(kr.closedNote(epochDay('2026-03-02'))!.name, 'ko')).toContain('대체공휴일');
	});
	test('China 2026: National Day closes 1–7 October; Saturdays 20 September and 10 October are working days', () => {
		for (let d = 1; d <= 7; d++) expect(closed(cn, `2026-10-0${d}`)).toBe(true);
		expect(closed(cn, '2026-10-08')).toBe(false);
		for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10'])
			expect(cn.isWorking(epochDay(date)), date).toBe(true);
		expect(cn.isWorking(epochDay('2026-10-17'))).toBe(false);
		expect(holidayName(cn.workingNote(epochDay('2026-10-10'))!.name, 'zh-CN')).toBe(
			'国庆节调休上班'
		);
		expect(holidayName(cn.closedNote(epochDay('2026-10-01'))!.name, 'zh-TW')).toBe('國慶節');
	});
	test('Chinese names in each script; no English name in a sentence of another language', () => {
		const tw = new DayRules({ regions: [readRegionHolidays('TW')] });
		const us = new DayRules({ regions: [readRegionHolidays('US')] });
		expect(holidayName(tw.closedNote(epochDay('2026-04-04'))!.name, 'zh-TW')).toBe('兒童節');
		expect(holidayName(tw.closedNote(epochDay('2026-04-04'))!.name, 'zh-CN')).toBe('儿童节');
		const thanksgiving = us.closedNote(epochDay('2026-11-26'))!.name;
		expect(holidayName(thanksgiving, 'en')).toBe('Thanksgiving Day');
		expect(holidayName(thanksgiving, 'pl')).toBeUndefined();
		expect(holidayName(thanksgiving, 'zh-CN')).toBeUndefined();
		expect(holidayName(thanksgiving, 'ko')).toBeUndefined();
	});
	test('a year outside the data is reported', () => {
		const rules = new DayRules({ regions: [readRegionHolidays('CN')] });
		rules.isClosed(epochDay('2026-12-31'));
		expect(rules.uncoveredYears()).toEqual([]);
		rules.isClosed(epochDay('2027-01-04'));
		expect(rules.uncoveredYears()).toEqual([
			{ region: 'CN', years: [2027], covered: [2024, 2026] },
		]);
	});
	test('a closed date wins over a working date', () => {
		const rules = new DayRules({ working: ['2026-10-10'], extraClosed: ['2026-10-10'] });
		expect(rules.isWorking(epochDay('2026-10-10'))).toBe(false);
		expect(rules.closedNote(epochDay('2026-10-10'))).toMatchObject({ origin: 'request' });
	});
});
