/**
 * Coverage clocks: the catalogue's calendars made concrete for one ticket (the customer's zone
 * filled in, extra closed dates added).
 */
import type { WeeklyCalendar } from '../catalogue/schema.ts';

/** What the engine needs of a calendar: its rules, not its names. */
export type CalendarRules = { id: string } & (
	| { type: 'always' }
	| (Pick<WeeklyCalendar, 'type' | 'zone' | 'hours'> & { holidays: readonly string[] })
);
import { minutesOfDay, weekdays } from '../catalogue/values.ts';

/** Weekly covered hours in one IANA zone, minus closed dates. Minutes are minutes of the day. */
export interface WeeklyClock {
	type: 'weekly';
	zone: string;
	/** Index 1 (Monday) … 7 (Sunday), as Temporal's dayOfWeek: the covered [from, to) minute ranges. */
	blocks: ReadonlyMap<number, readonly (readonly [number, number])[]>;
	/** Closed dates, YYYY-MM-DD, in `zone`. */
	closed: ReadonlySet<string>;
	/** The same dates as day numbers since 1970-01-01, for the day-by-day walk. */
	closedDays: ReadonlySet<number>;
}

/** Day number since 1970-01-01 of a YYYY-MM-DD date (proleptic Gregorian calendar). */
export function epochDay(isoDate: string): number {
	const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Every instant counts: 24x7, or a target on the calendar clock. */
export interface ElapsedClock {
	type: 'elapsed';
}

export type CoverageClock = WeeklyClock | ElapsedClock;

/** Builds a weekly clock from hour blocks. */
export function weeklyClock(
	zone: string,
	hours: WeeklyCalendar['hours'],
	closed: Iterable<string> = []
): WeeklyClock {
	const blocks = new Map<number, [number, number][]>();
	for (const block of hours) {
		for (const day of block.days) {
			const index = weekdays.indexOf(day) + 1;
			const list = blocks.get(index) ?? [];
			list.push([minutesOfDay(block.from), minutesOfDay(block.to)]);
			blocks.set(index, list);
		}
	}
	for (const list of blocks.values()) list.sort((a, b) => a[0] - b[0]);
	const dates = new Set(closed);
	return {
		type: 'weekly',
		zone,
		blocks,
		closed: dates,
		closedDays: new Set([...dates].map(epochDay)),
	};
}

/** The zone a calendar's hours are read in, given the customer's zone. */
export function calendarZone(calendar: CalendarRules, customerZone: string): string {
	return calendar.type === 'weekly' && calendar.zone !== 'customer' ? calendar.zone : customerZone;
}

/** The clock that counts covered time for a calendar. Holidays apply to weekly hours only. */
export function clockForCalendar(
	calendar: CalendarRules,
	customerZone: string,
	extraClosed: readonly string[] = []
): CoverageClock {
	if (calendar.type === 'always') return { type: 'elapsed' };
	return weeklyClock(calendarZone(calendar, customerZone), calendar.hours, [
		...calendar.holidays,
		...extraClosed,
	]);
}

/** Business days on a 24x7 or calendar clock are whole Monday–Friday days in the customer's zone. */
export function wholeWeekdaysClock(customerZone: string): WeeklyClock {
	return weeklyClock(customerZone, [
		{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '00:00', to: '24:00' },
	]);
}

/** Minutes of one business day on a weekly clock: the covered minutes of its longest day. */
export function businessDayMinutes(clock: WeeklyClock): number {
	let longest = 0;
	for (const list of clock.blocks.values())
		longest = Math.max(
			longest,
			list.reduce((sum, [from, to]) => sum + (to - from), 0)
		);
	return longest;
}
