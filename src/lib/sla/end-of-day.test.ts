import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { propertySeed } from '../../../tests/support/property-seed.ts';
import { weeklyClock } from '#lib/time/clock.ts';
import { endOfNthCoveredDay } from './covered-time.ts';

const ms = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const warsaw = (at: number) =>
	Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO('Europe/Warsaw').toString();
// Mon–Fri 09:00–17:00 in Warsaw, closed on Thursday 24 December 2026.
const office = weeklyClock(
	'Europe/Warsaw',
	[{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
	['2026-12-24']
);

describe('"by the end of the Nth business day"', () => {
	test.each([
		// Fri 16:30, inside hours: Friday is day 0, so the first business day is Monday.
		['2026-12-04T15:30:00Z', 1, '2026-12-07T17:00:00+01:00[Europe/Warsaw]'],
		// Fri 07:00, before hours: Friday itself is the first business day.
		['2026-12-04T06:00:00Z', 1, '2026-12-04T17:00:00+01:00[Europe/Warsaw]'],
		// Fri 17:30, after hours, and Saturday: Monday is the first.
		['2026-12-04T16:30:00Z', 1, '2026-12-07T17:00:00+01:00[Europe/Warsaw]'],
		['2026-12-05T09:00:00Z', 1, '2026-12-07T17:00:00+01:00[Europe/Warsaw]'],
		// Tue 22 Dec 10:00, two business days: Wednesday, then Friday (Thursday is closed).
		['2026-12-22T09:00:00Z', 2, '2026-12-25T17:00:00+01:00[Europe/Warsaw]'],
	])('opened %s, %i day(s): due %s', (opened, days, due) => {
		const span = endOfNthCoveredDay(office, ms(opened), days);
		expect(warsaw(span.dueMs)).toBe(due);
		expect(span.atWindowEnd).toBe(true);
	});

	test('agrees with a count of whole dates (every opening minute of a fortnight, 1–4 days)', () => {
		// The same rule read on dates: the first business day is the opening date when the ticket
		// arrives before 09:00 on a business date, else the next business date after it.
		const isBusiness = (d: Temporal.PlainDate) => d.dayOfWeek <= 5 && d.toString() !== '2026-12-24';
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 14 * 24 * 60 - 1 }),
				fc.integer({ min: 1, max: 4 }),
				(minute, days) => {
					const opened = Temporal.ZonedDateTime.from('2026-12-14T00:00[Europe/Warsaw]').add({
						minutes: minute,
					});
					let date = opened.toPlainDate();
					let counted = isBusiness(date) && opened.hour < 9 ? 1 : 0;
					while (counted < days) {
						date = date.add({ days: 1 });
						if (isBusiness(date)) counted++;
					}
					const expected = date.toZonedDateTime({
						timeZone: 'Europe/Warsaw',
						plainTime: '17:00',
					});
					const span = endOfNthCoveredDay(office, opened.epochMilliseconds, days);
					expect(span.dueMs).toBe(expected.epochMilliseconds);
				}
			),
			{ seed: propertySeed, numRuns: 300 }
		);
	}, 60_000);
});
