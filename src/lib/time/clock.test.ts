import { describe, expect, test } from 'vitest';
import { readerRegionRule, type CalendarRules } from './clock.ts';

const weekly = (extra: Partial<Extract<CalendarRules, { type: 'weekly' }>>): CalendarRules => ({
	id: 'c',
	type: 'weekly',
	zone: 'customer',
	hours: [{ days: ['mon'], from: '09:00', to: '17:00' }],
	holidays: [],
	...extra,
});

describe('readerRegionRule: the reader’s region follows the calendar’s holiday rule', () => {
	test.each([
		['customer-region', 'customer', 'applies'],
		['customer-region', 'Asia/Tokyo', 'applies'],
		['unstated', 'customer', 'what-if'],
		// A vendor's office in its own zone whose terms are silent keeps its own calendar.
		['unstated', 'Asia/Tokyo', 'no'],
		['vendor-list', 'customer', 'no'],
		['none', 'customer', 'no'],
	] as const)('%s in zone %s: %s', (publicHolidays, zone, expected) => {
		expect(readerRegionRule(weekly({ publicHolidays, zone }))).toBe(expected);
	});
	test('absent means unstated; round-the-clock coverage ignores holidays', () => {
		expect(readerRegionRule(weekly({}))).toBe('what-if');
		expect(readerRegionRule({ id: 'a', type: 'always' })).toBe('no');
	});
});
