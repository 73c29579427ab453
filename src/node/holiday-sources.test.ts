import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { holidayRegions } from '#lib/time/regions.ts';
import { committedYears, defaultYears, holidayFiles } from './holiday-sources.ts';

describe('generated holiday data', () => {
	test('the committed files are what the packages give for their years (run npm run holidays when not)', () => {
		for (const [path, text] of holidayFiles(committedYears()))
			expect(readFileSync(path, 'utf8'), path).toBe(text);
	}, 60_000);
	test('every region states its source and years, and weighs at most 3 KB gzipped', () => {
		for (const region of holidayRegions) {
			const text = readFileSync(`content/holidays/${region}.json`, 'utf8');
			const data = JSON.parse(text) as { source: string; years: [number, number] };
			expect(data.source, region).toMatch(/^(date-holidays|chinese-days) \d/);
			expect(data.years[0], region).toBeLessThanOrEqual(data.years[1]);
			expect(gzipSync(text, { level: 9 }).length, region).toBeLessThanOrEqual(3 * 1024);
		}
	});
	test('years run from two back to three ahead', () => {
		expect(defaultYears(Temporal.PlainDate.from('2026-11-29'))).toEqual([2024, 2029]);
	});
	test('only public holidays: observances such as Mother’s Day are left out', () => {
		const us = JSON.parse(readFileSync('content/holidays/US.json', 'utf8')) as {
			closed: Record<string, number>;
		};
		expect(us.closed['2026-05-10']).toBeUndefined(); // Mother's Day, an observance
		expect(us.closed['2026-07-03']).toBeDefined(); // Independence Day observed (4 July is a Saturday)
	});
});
