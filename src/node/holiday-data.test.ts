/**
 * The committed holiday data held against an independent, maintained library (the Python `holidays`
 * package, whose dates tests/holiday-reference/ keeps) and against official dates known by heart:
 * every offered region and year, closed weekdays and make-up working days. A difference fails unless
 * content/holidays/regions.yaml explains it under `reference`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	holidayRegions,
	suggestRegion,
	type HolidayRegion,
	type RegionHolidays,
	type RegionIndex,
} from '#lib/time/regions.ts';
import { readRegionHolidays } from './holiday-files.ts';
import { readRegionConfigs } from './holiday-region-config.ts';

interface Reference {
	source: string;
	years: [number, number];
	regions: Record<string, { closed: Record<string, string>; working: string[] }>;
}
const reference = JSON.parse(
	readFileSync('tests/holiday-reference/reference.json', 'utf8')
) as Reference;
const configs = readRegionConfigs();

const isWeekday = (date: string) => {
	const day = new Date(`${date}T00:00:00Z`).getUTCDay();
	return day !== 0 && day !== 6;
};
const inYears = (date: string, years: readonly [number, number]) => {
	const year = Number(date.slice(0, 4));
	return year >= years[0] && year <= years[1];
};

/** Every date where the data and the reference disagree, with what each says. */
function differences(region: HolidayRegion, data: RegionHolidays): Map<string, string> {
	const ref = reference.regions[region]!;
	const found = new Map<string, string>();
	const closed = Object.keys(data.closed).filter(isWeekday);
	const refClosed = Object.keys(ref.closed).filter((d) => inYears(d, data.years));
	for (const d of closed) if (!(d in ref.closed)) found.set(d, 'closed here, not in the reference');
	for (const d of refClosed)
		if (!(d in data.closed)) found.set(d, `closed in the reference (${ref.closed[d]}), not here`);
	const refWorking = ref.working.filter((d) => inYears(d, data.years));
	for (const d of Object.keys(data.working))
		if (!refWorking.includes(d)) found.set(d, 'a working day here, not in the reference');
	for (const d of refWorking)
		if (!(d in data.working)) found.set(d, 'a working day in the reference, not here');
	return found;
}

describe(`holiday data against ${reference.source}`, () => {
	test('the reference covers every offered region and year', () => {
		for (const region of holidayRegions) {
			expect(reference.regions[region], region).toBeDefined();
			const { years } = readRegionHolidays(region);
			expect(reference.years[0], region).toBeLessThanOrEqual(years[0]);
			expect(reference.years[1], region).toBeGreaterThanOrEqual(years[1]);
		}
	});

	test.each([...holidayRegions])(
		'%s: every difference is explained in regions.yaml, and every explanation is of a difference',
		(region) => {
			const found = differences(region, readRegionHolidays(region));
			const explained = configs[region].reference;
			const unexplained = [...found].filter(([d]) => !(d in explained));
			expect(unexplained.map(([d, what]) => `${d}: ${what}`)).toEqual([]);
			const stale = Object.keys(explained).filter((d) => !found.has(d));
			expect(stale).toEqual([]);
		}
	);
});

describe('official dates', () => {
	const closedOn = (region: HolidayRegion, date: string) =>
		date in readRegionHolidays(region).closed;
	test('Korea: every day of 설날 and 추석, election days and Labour Day 2026 are closed', () => {
		for (const date of [
			'2026-02-16',
			'2026-02-17',
			'2026-02-18',
			'2026-09-24',
			'2026-09-25',
			'2025-01-28',
			'2025-01-29',
			'2025-01-30',
			'2024-04-10',
			'2025-06-03',
			'2026-06-03',
			'2026-05-01',
		])
			expect(closedOn('KR', date), date).toBe(true);
		expect(closedOn('KR', '2026-02-19'), 'the day after 설날 is a working day').toBe(false);
	});
	test('Taiwan: the days off of 2026 after the 2025 amendment, and its make-up Saturdays', () => {
		for (const date of [
			'2026-02-27',
			'2026-04-03',
			'2026-05-01',
			'2026-09-28',
			'2026-10-09',
			'2026-10-26',
			'2026-12-25',
		])
			expect(closedOn('TW', date), date).toBe(true);
		const tw = readRegionHolidays('TW');
		expect(Object.keys(tw.working)).toEqual(['2024-02-17', '2025-02-08']);
	});
	test('a make-up working day is named as a working day, never as the holiday', () => {
		const cn = readRegionHolidays('CN');
		const name = cn.names[cn.working['2026-10-10']!]!;
		expect(name).toEqual({
			en: 'Make-up working day for National Day',
			'zh-CN': '国庆节调休上班',
			'zh-TW': '國慶節補班',
		});
		const tw = readRegionHolidays('TW');
		expect(tw.names[tw.working['2025-02-08']!]!['zh-TW']).toBe('補行上班日');
	});
	test('Korean and Taiwanese holidays are named in every locale', () => {
		for (const region of ['KR', 'TW'] as const) {
			const data = readRegionHolidays(region);
			for (const index of [...Object.values(data.closed), ...Object.values(data.working)])
				expect(Object.keys(data.names[index]!).sort(), JSON.stringify(data.names[index])).toEqual([
					'en',
					'ko',
					'pl',
					'zh-CN',
					'zh-TW',
				]);
		}
	});
});

describe('suggesting a region from a time zone', () => {
	const index = (
		JSON.parse(readFileSync('content/holidays/index.json', 'utf8')) as {
			regions: RegionIndex;
		}
	).regions;
	test('a zone of one region suggests it; a zone shared by parts of a country suggests none', () => {
		expect(suggestRegion(index, 'Asia/Taipei')).toBe('TW');
		expect(suggestRegion(index, 'Asia/Seoul')).toBe('KR');
		expect(suggestRegion(index, 'Europe/London')).toBeUndefined();
		expect(suggestRegion(index, 'Europe/Berlin')).toBeUndefined();
	});
});
