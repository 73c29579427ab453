import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { propertySeed } from '../../../tests/support/property-seed.ts';
import { weeklyClock, type WeeklyClock } from '#lib/time/clock.ts';
import { addCoveredTime, describeGap } from './covered-time.ts';
import { weekdays } from '#lib/time/weekdays.ts';

const MINUTE = 60_000;
const ms = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const zoned = (at: number, zone: string) =>
	Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone).toString();

/**
 * The wall clock of an instant in a zone, read through Intl (ICU's zone data, not the engine's
 * Temporal): its date, minute of the day and ISO weekday. Swedish dates are written in ISO order
 * ("2026-11-24 10:00"), which makes them easy to read back; anything else fails the test.
 */
const clockFormats = new Map<string, Intl.DateTimeFormat>();
const weekdayOfDate = new Map<string, number>();
function wallClock(zone: string, at: number) {
	let format = clockFormats.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('sv-SE', {
			timeZone: zone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		clockFormats.set(zone, format);
	}
	const text = format.format(at);
	const parts = /^(\d{4}-\d\d-\d\d) (\d\d):(\d\d)$/.exec(text);
	if (!parts) throw new Error(`unexpected wall-clock text: ${text}`);
	const date = parts[1]!;
	let dayOfWeek = weekdayOfDate.get(date);
	if (dayOfWeek === undefined) {
		dayOfWeek = Temporal.PlainDate.from(date).dayOfWeek;
		weekdayOfDate.set(date, dayOfWeek);
	}
	return { date, minuteOfDay: Number(parts[2]) * 60 + Number(parts[3]), dayOfWeek };
}

/**
 * The reference: step one minute at a time and ask, for each minute, whether its wall-clock time in
 * the zone falls inside the hours of its weekday on a date that is not closed (a working date on a
 * day without hours follows the first weekday's hours). Slow and obviously right; it reads the dates
 * from the lists the test gave, not from the clock.
 * (In the zones and hours tested, block edges and DST changes fall on quarter hours of UTC, so the
 * answer is looked up once per quarter hour and reused for its minutes.)
 */
function bruteForceDue(
	clock: WeeklyClock,
	fromMs: number,
	minutes: number,
	closedDates: readonly string[] = [],
	workingDates: readonly string[] = []
): number {
	const firstWeekday = [1, 2, 3, 4, 5, 6, 7].find((d) => clock.blocks.has(d));
	const QUARTER = 15 * MINUTE;
	let slot = -1;
	let open = false;
	let counted = 0;
	for (let t = fromMs; ; t += MINUTE) {
		if (Math.floor(t / QUARTER) !== slot) {
			slot = Math.floor(t / QUARTER);
			const { date, minuteOfDay, dayOfWeek } = wallClock(clock.zone, t);
			const hours =
				clock.blocks.get(dayOfWeek) ??
				(workingDates.includes(date) && firstWeekday ? clock.blocks.get(firstWeekday) : []) ??
				[];
			open =
				!closedDates.includes(date) &&
				hours.some(([from, to]) => minuteOfDay >= from && minuteOfDay < to);
		}
		if (open && ++counted === minutes) return t + MINUTE;
		if (t - fromMs > 400 * 86_400_000) throw new Error('reference ran away');
	}
}

const warsawOffice = weeklyClock('Europe/Warsaw', [
	{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' },
]);

describe('addCoveredTime on weekly hours', () => {
	test('opened inside hours counts on from the opening', () => {
		const span = addCoveredTime(warsawOffice, ms('2026-11-24T09:00:00Z'), 60); // Tue 10:00 Warsaw
		expect(zoned(span.dueMs, 'Europe/Warsaw')).toBe('2026-11-24T11:00:00+01:00[Europe/Warsaw]');
		expect(span.clockStartMs).toBe(ms('2026-11-24T09:00:00Z'));
	});
	test('opened late on Friday carries over to Monday morning', () => {
		const span = addCoveredTime(warsawOffice, ms('2026-11-27T15:30:00Z'), 60); // Fri 16:30
		expect(zoned(span.dueMs, 'Europe/Warsaw')).toBe('2026-11-30T08:30:00+01:00[Europe/Warsaw]');
	});
	test('opened on Saturday starts the clock on Monday at opening time', () => {
		const span = addCoveredTime(warsawOffice, ms('2026-11-28T10:00:00Z'), 60);
		expect(zoned(span.clockStartMs, 'Europe/Warsaw')).toBe(
			'2026-11-30T08:00:00+01:00[Europe/Warsaw]'
		);
		expect(zoned(span.dueMs, 'Europe/Warsaw')).toBe('2026-11-30T09:00:00+01:00[Europe/Warsaw]');
	});
	test('a target used up exactly at closing time is due at closing time', () => {
		const span = addCoveredTime(warsawOffice, ms('2026-11-24T15:00:00Z'), 60); // Tue 16:00 + 1 h
		expect(zoned(span.dueMs, 'Europe/Warsaw')).toBe('2026-11-24T17:00:00+01:00[Europe/Warsaw]');
	});
	test('closed dates are skipped as whole days', () => {
		const withHoliday = weeklyClock(
			'Europe/Warsaw',
			[{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' }],
			['2026-11-30']
		);
		const span = addCoveredTime(withHoliday, ms('2026-11-27T15:30:00Z'), 60);
		expect(zoned(span.dueMs, 'Europe/Warsaw')).toBe('2026-12-01T08:30:00+01:00[Europe/Warsaw]');
	});
	test('hours are wall-clock hours across a DST change', () => {
		// Friday 27 March 2026 16:00 CET + 2 h → Monday 30 March 09:00 CEST (offset changed on Sunday).
		const span = addCoveredTime(warsawOffice, ms('2026-03-27T15:00:00Z'), 120);
		expect(zoned(span.dueMs, 'Europe/Warsaw')).toBe('2026-03-30T09:00:00+02:00[Europe/Warsaw]');
	});
	test('hours inside a skipped hour are not counted, hours inside a repeated hour are counted twice', () => {
		const night = weeklyClock('Europe/Warsaw', [{ days: ['sun'], from: '02:00', to: '04:00' }]);
		// 29 March 2026: 02:00–03:00 does not exist, so Sunday has 1 covered hour.
		expect(
			zoned(addCoveredTime(night, ms('2026-03-28T12:00:00Z'), 90).dueMs, 'Europe/Warsaw')
		).toBe('2026-04-05T02:30:00+02:00[Europe/Warsaw]');
		// 25 October 2026: 02:00–03:00 happens twice, so Sunday has 3 covered hours.
		expect(
			zoned(addCoveredTime(night, ms('2026-10-24T12:00:00Z'), 150).dueMs, 'Europe/Warsaw')
		).toBe('2026-10-25T03:30:00+01:00[Europe/Warsaw]');
	});
	test('cost does not grow with the number of minutes: a year of covered time is quick', () => {
		const span = addCoveredTime(warsawOffice, ms('2026-01-05T07:00:00Z'), 9 * 60 * 5 * 52);
		expect(zoned(span.dueMs, 'Europe/Warsaw')).toBe('2027-01-01T17:00:00+01:00[Europe/Warsaw]');
	});
});

describe('addCoveredTime on elapsed time', () => {
	test('is real time, so it can end at another wall-clock hour across DST', () => {
		const span = addCoveredTime({ type: 'elapsed' }, ms('2026-03-28T22:00:00Z'), 240); // Sat 23:00 CET
		expect(zoned(span.dueMs, 'Europe/Warsaw')).toBe('2026-03-29T04:00:00+02:00[Europe/Warsaw]');
	});
});

describe('agrees with minute-by-minute counting', () => {
	const zones = [
		'Europe/Warsaw',
		'America/New_York',
		'Asia/Taipei',
		'Australia/Lord_Howe',
		'America/Santiago',
		'Asia/Seoul',
		'Pacific/Chatham',
		'Europe/London',
	];
	const time = fc.integer({ min: 0, max: 24 * 4 }).map((q) => q * 15);
	const block = fc
		.tuple(fc.subarray([...weekdays], { minLength: 1 }), time, time)
		.filter(([, a, b]) => a !== b)
		.map(([days, a, b]) => ({ days, from: Math.min(a, b), to: Math.max(a, b) }));
	const hhmm = (m: number) =>
		`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
	// Non-overlapping blocks per day, as validation guarantees.
	const hours = fc
		.array(block, { minLength: 1, maxLength: 3 })
		.map((blocks) =>
			blocks.filter(
				(b, i) =>
					!blocks
						.slice(0, i)
						.some((o) => o.days.some((d) => b.days.includes(d)) && b.from < o.to && o.from < b.to)
			)
		);
	const start = fc
		.integer({ min: ms('2026-01-01T00:00:00Z') / MINUTE, max: ms('2027-12-20T00:00:00Z') / MINUTE })
		.map((m) => m * MINUTE);

	test('on random hours, zones (with DST), openings, closed dates and make-up working dates', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...zones),
				hours,
				start,
				fc.integer({ min: 1, max: 600 }),
				fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }),
				fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }),
				(zone, blocks, from, minutes, closedOffsets, workingOffsets) => {
					const firstDate = Temporal.Instant.fromEpochMilliseconds(from)
						.toZonedDateTimeISO(zone)
						.toPlainDate();
					const closed = closedOffsets.map((d) => firstDate.add({ days: d }).toString());
					const working = workingOffsets.map((d) => firstDate.add({ days: d }).toString());
					const clock = weeklyClock(
						zone,
						blocks.map((b) => ({ days: b.days, from: hhmm(b.from), to: hhmm(b.to) })),
						{ closed, working }
					);
					expect(addCoveredTime(clock, from, minutes).dueMs).toBe(
						bruteForceDue(clock, from, minutes, closed, working)
					);
				}
			),
			{ numRuns: 4000, seed: propertySeed }
		);
	}, 600_000);
});

describe('what lies between two counted stretches', () => {
	// Whole weekdays (00:00–24:00) in Warsaw, with Friday 1 May 2026 a holiday.
	const clock = weeklyClock(
		'Europe/Warsaw',
		[{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '00:00', to: '24:00' }],
		['2026-05-01']
	);
	const reasonsOf = (end: string, start: string) => {
		const gap = describeGap(clock, ms(end), ms(start));
		return { reasons: gap.reasons, holidays: gap.holidays.map((h) => h.date) };
	};

	test('a stretch that ends at midnight belongs to the day before: the holiday after it is named', () => {
		// Thursday 30 April ends at 24:00; Friday is a holiday, then the weekend; Monday 4 May resumes.
		expect(reasonsOf('2026-04-30T22:00:00Z', '2026-05-03T22:00:00Z')).toEqual({
			reasons: ['holiday', 'weekend'],
			holidays: ['2026-05-01'],
		});
	});

	test('a weekend after a Friday that ends at midnight is a weekend, not a night', () => {
		expect(reasonsOf('2026-05-08T22:00:00Z', '2026-05-10T22:00:00Z')).toEqual({
			reasons: ['weekend'],
			holidays: [],
		});
	});
});
