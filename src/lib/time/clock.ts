/**
 * Coverage clocks: the catalogue's calendars made concrete for one ticket (the customer's zone
 * filled in, holidays of the calendar, of a region and of the reader gathered).
 */
import { minutesOfDay, weekdays, type Weekday } from './weekdays.ts';
import { DayRules, type DaySources, type YearlyRule } from './days.ts';
import type { HolidayName, HolidayRegion, RegionHolidays } from './regions.ts';

/**
 * Whose public holidays close a weekly calendar, as its terms say: the customer's region's, only the
 * vendor's own list, none (holidays are working days), or unstated (the terms are silent).
 */
export const publicHolidayRules = ['customer-region', 'vendor-list', 'none', 'unstated'] as const;
export type PublicHolidayRule = (typeof publicHolidayRules)[number];

/**
 * What a clock reads of a calendar's hours and yearly rules. These are the clock's parameters, not
 * the catalogue's format (declared once, in the catalogue's schema, whose values fit them).
 */
export interface HoursBlock {
	days: readonly Weekday[];
	from: string;
	to: string;
}

/** A yearly closed date as a calendar writes it: a month and day, or the nth weekday of a month. */
export type CalendarYearlyRule = { month: number; name?: HolidayName | undefined } & (
	{ day: number; weekend?: 'monday' | undefined } | { weekday: Weekday; nth: number }
);

export { epochDay } from './days.ts';

/** A calendar's holidays as the catalogue gives them: a list of dates, or a region, dates and rules. */
export type CalendarHolidays =
	| readonly string[]
	| {
			region?: HolidayRegion | undefined;
			dates?: readonly string[] | undefined;
			working?: readonly string[] | undefined;
			yearly?: readonly CalendarYearlyRule[] | undefined;
	  };

/** What the engine needs of a calendar: its rules, not its names. */
export type CalendarRules = { id: string } & (
	| { type: 'always' }
	| {
			type: 'weekly';
			/** An IANA zone, or `customer`: the customer's own zone. */
			zone: string;
			hours: readonly HoursBlock[];
			holidays: CalendarHolidays;
			/** Whose public holidays close it (absent: unstated). */
			publicHolidays?: PublicHolidayRule | undefined;
	  }
);

/**
 * Whether the reader's region closes a calendar: `applies` where its terms say the customer's
 * region's holidays close it; `what-if` where the terms are silent and the hours are read in the
 * customer's own zone (the count shows what the region's holidays would change, beside the reading
 * without them); `no` for round-the-clock coverage, a vendor's own list, holidays worked, or a
 * vendor's office in a fixed zone whose terms are silent.
 */
export type RegionRule = 'applies' | 'what-if' | 'no';

/** The reader's region's part in a calendar (see RegionRule). */
export function readerRegionRule(calendar: CalendarRules): RegionRule {
	if (calendar.type === 'always') return 'no';
	const rule = calendar.publicHolidays ?? 'unstated';
	if (rule === 'customer-region') return 'applies';
	if (rule === 'unstated' && calendar.zone === 'customer') return 'what-if';
	return 'no';
}

/** Weekly covered hours in one IANA zone, minus closed dates. Minutes are minutes of the day. */
export interface WeeklyClock {
	type: 'weekly';
	zone: string;
	/** Index 1 (Monday) … 7 (Sunday), as Temporal's dayOfWeek: the covered [from, to) minute ranges. */
	blocks: ReadonlyMap<number, readonly (readonly [number, number])[]>;
	/** The hours a working date on a day without hours (a make-up Saturday) follows: the first weekday's. */
	workingBlocks: readonly (readonly [number, number])[];
	/** Closed and working dates, by day number. */
	days: DayRules;
}

/** Every instant counts: 24x7, or a target on the calendar clock. */
export interface ElapsedClock {
	type: 'elapsed';
}

export type CoverageClock = WeeklyClock | ElapsedClock;

/** Builds a weekly clock from hour blocks and closed dates (a list, or every source of dates). */
export function weeklyClock(
	zone: string,
	hours: readonly HoursBlock[],
	days: Iterable<string> | DaySources = []
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
	const firstWeekday = [1, 2, 3, 4, 5, 6, 7].find((d) => blocks.has(d));
	return {
		type: 'weekly',
		zone,
		blocks,
		workingBlocks: firstWeekday ? blocks.get(firstWeekday)! : [],
		days: new DayRules(Symbol.iterator in days ? { closed: days } : days),
	};
}

/** A catalogue yearly rule as the engine reads it (weekdays as numbers, 1 = Monday). */
function engineYearlyRule(rule: CalendarYearlyRule): YearlyRule {
	return 'day' in rule
		? { month: rule.month, day: rule.day, weekend: rule.weekend, name: rule.name }
		: {
				month: rule.month,
				weekday: weekdays.indexOf(rule.weekday) + 1,
				nth: rule.nth,
				name: rule.name,
			};
}

/** A calendar's holidays in one shape. */
export function holidaySources(holidays: CalendarHolidays): {
	region?: HolidayRegion | undefined;
	dates: readonly string[];
	working: readonly string[];
	yearly: readonly YearlyRule[];
} {
	if (Array.isArray(holidays))
		return { dates: holidays as readonly string[], working: [], yearly: [] };
	const rules = holidays as Exclude<CalendarHolidays, readonly string[]>;
	return {
		region: rules.region,
		dates: rules.dates ?? [],
		working: rules.working ?? [],
		yearly: (rules.yearly ?? []).map(engineYearlyRule),
	};
}

/** What a clock needs besides its calendar: the reader's closed dates and region, and region data. */
export interface ClockContext {
	/** Extra closed dates (YYYY-MM-DD) the reader gave. */
	extraClosed?: readonly string[] | undefined;
	/** The reader's region: closes the calendars whose rule is not `no` (see readerRegionRule). */
	region?: RegionHolidays | undefined;
	/** Data of regions that calendars name (`holidays: { region: CN }`). */
	regionData?: ((region: HolidayRegion) => RegionHolidays | undefined) | undefined;
}

/** The zone a calendar's hours are read in, given the customer's zone. */
export function calendarZone(calendar: CalendarRules, customerZone: string): string {
	return calendar.type === 'weekly' && calendar.zone !== 'customer' ? calendar.zone : customerZone;
}

/**
 * The clock that counts covered time for a calendar. Holidays apply to weekly hours only; the
 * reader's region applies where readerRegionRule says it does or may (pass no region for the count
 * without it).
 */
export function clockForCalendar(
	calendar: CalendarRules,
	customerZone: string,
	context: ClockContext | readonly string[] = {}
): CoverageClock {
	if (calendar.type === 'always') return { type: 'elapsed' };
	const { extraClosed, region, regionData } = Array.isArray(context)
		? { extraClosed: context as readonly string[], region: undefined, regionData: undefined }
		: (context as ClockContext);
	const own = holidaySources(calendar.holidays);
	const regions: RegionHolidays[] = [];
	if (own.region) {
		const data = regionData?.(own.region);
		if (!data) throw new Error(`Holiday data for region ${own.region} was not provided`);
		regions.push(data);
	}
	if (region && readerRegionRule(calendar) !== 'no' && region.region !== own.region)
		regions.push(region);
	return weeklyClock(calendarZone(calendar, customerZone), calendar.hours, {
		closed: own.dates,
		working: own.working,
		yearly: own.yearly,
		regions,
		extraClosed: extraClosed ?? [],
	});
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
