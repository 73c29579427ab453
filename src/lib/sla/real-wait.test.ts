import { describe, expect, test } from 'vitest';
import {
	extendedFixtureCatalogue,
	fixtureFolderVendor,
} from '../../../tests/support/fixture-catalogue.ts';
import { tierTerms } from '#lib/catalogue/query.ts';
import { realWait, REFERENCE_WEEK_START } from './real-wait.ts';

// Fixtures (tests/fixtures/): orbit basic counts office hours Mon–Fri 08:00–17:00 in Warsaw
// (closed 24 and 25 December 2026): P1 3 hours, P2 8 hours, P3 2 business days. Orbit premium's P1
// is 240 minutes 24x7, its P2 2 hours on the customer's Mon–Fri 09:00–17:00. Solo's one target is
// a business day on the customer's Mon–Fri 09:00–17:00.
const catalogue = extendedFixtureCatalogue();

function wait(vendorId: string, tierId: string, severity: string) {
	const vendor = catalogue.vendors.find((v) => v.id === vendorId)!;
	const tier = vendor.tiers.find((t) => t.id === tierId)!;
	return realWait({ vendor, plan: tierTerms(vendor, tier), severity });
}

/**
 * A count that knows nothing of the engine: a week as minutes from Monday 00:00, open Monday to
 * Friday from `from` to `to` (minutes of the day), every opening minute walked forward one minute at
 * a time until `target` open minutes have passed. Returns the median (lower middle) and worst wait.
 */
function bruteForce(from: number, to: number, target: number) {
	const open = (m: number) => {
		const day = Math.floor(m / 1440) % 7;
		const minute = m % 1440;
		return day < 5 && minute >= from && minute < to;
	};
	const waits: number[] = [];
	for (let opened = 0; opened < 7 * 1440; opened++) {
		let counted = 0;
		let m = opened;
		while (counted < target) if (open(m++)) counted++;
		waits.push(m - opened);
	}
	waits.sort((a, b) => a - b);
	return { typical: waits[Math.floor((waits.length - 1) / 2)], worst: waits.at(-1) };
}

describe('real wait behind a first-response target', () => {
	test('3 business hours on Mon–Fri 08:00–17:00: typically 3 h, worst 66 h (Friday 14:01 to Monday 08:01)', () => {
		const result = wait('orbit', 'basic', 'P1')!;
		expect(result.worstMinutes).toBe(66 * 60);
		expect(result.typicalMinutes).toBeGreaterThan(3 * 60);
		expect(result).toMatchObject({
			countedMinutes: 180,
			calendarId: 'office',
			zone: 'Europe/Warsaw',
			elapsed: false,
			weekStart: REFERENCE_WEEK_START,
			samples: 7 * 24 * 60,
		});
	});

	test('a round-the-clock target waits exactly its length from every opening time', () => {
		const result = wait('orbit', 'premium', 'P1')!;
		expect(result).toMatchObject({
			typicalMinutes: 240,
			worstMinutes: 240,
			elapsed: true,
			calendarId: 'always',
		});
	});

	test("a calendar in the customer's zone is reported as such", () => {
		expect(wait('orbit', 'premium', 'P2')!.zone).toBe('customer');
	});

	test('a level offered with no published first response has no real wait; a stride must divide a week', () => {
		// Keystone (tests/fixtures/terms): Premium offers P3 and P4 with no published target.
		const keystone = fixtureFolderVendor('terms');
		const premium = keystone.tiers.find((t) => t.id === 'premium')!;
		const plan = tierTerms(keystone, premium);
		expect(realWait({ vendor: keystone, plan, severity: 'P3' })).toBeUndefined();
		expect(realWait({ vendor: keystone, plan, severity: 'P1' })).toMatchObject({
			elapsed: true,
			worstMinutes: 30,
		});
		expect(() => realWait({ vendor: keystone, plan, severity: 'P1', stride: 11 })).toThrow(
			RangeError
		);
	});

	test('holidays of the calendar are left out: the week of 24 and 25 December waits as a January one', () => {
		const vendor = catalogue.vendors.find((v) => v.id === 'orbit')!;
		const tier = vendor.tiers.find((t) => t.id === 'basic')!;
		const christmas = realWait({
			vendor,
			plan: tierTerms(vendor, tier),
			severity: 'P2',
			weekStart: '2026-12-21',
		})!;
		expect(christmas.worstMinutes).toBe(wait('orbit', 'basic', 'P2')!.worstMinutes);
		expect(christmas.typicalMinutes).toBe(wait('orbit', 'basic', 'P2')!.typicalMinutes);
	});

	test.each([
		['orbit', 'basic', 'P1', 8 * 60, 17 * 60, 3 * 60],
		['orbit', 'basic', 'P2', 8 * 60, 17 * 60, 8 * 60],
		['orbit', 'basic', 'P3', 8 * 60, 17 * 60, 2 * 9 * 60],
		['orbit', 'premium', 'P2', 9 * 60, 17 * 60, 2 * 60],
		['orbit', 'premium', 'P3', 9 * 60, 17 * 60, 8 * 60],
	] as const)(
		'%s %s %s matches a minute-by-minute count of the open hours',
		(vendor, tier, severity, from, to, target) => {
			const result = wait(vendor, tier, severity)!;
			const expected = bruteForce(from, to, target);
			expect(result.countedMinutes).toBe(target);
			expect(result.samples).toBe(7 * 24 * 60);
			expect({ typical: result.typicalMinutes, worst: result.worstMinutes }).toEqual(expected);
		},
		60_000
	);
});

test('filling in between counted openings gives what counting every minute gives, on every fixture level', () => {
	const levels = catalogue.vendors.flatMap((vendor) =>
		vendor.tiers.flatMap((tier) =>
			(vendor.severities?.levels ?? []).map((level) => ({ vendor, tier, severity: level.id }))
		)
	);
	expect(levels.length).toBeGreaterThan(4);
	for (const { vendor, tier, severity } of levels) {
		const request = { vendor, plan: tierTerms(vendor, tier), severity };
		expect(realWait(request), `${vendor.id}/${tier.id} ${severity}`).toEqual(
			realWait({ ...request, stride: 1 })
		);
	}
}, 240_000);
