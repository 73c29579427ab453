/**
 * Which dates are closed and which weekend dates are working days, for one coverage clock: a
 * calendar's own dates and yearly rules, a region's public holidays and make-up working days, and the
 * reader's extra closed dates. Looked up by day number (days since 1970-01-01, wall-clock dates of the
 * clock's zone) so the covered-time walk creates no date objects; yearly rules are expanded one year
 * at a time, when the walk first reaches that year.
 */
import type { HolidayName, HolidayRegion, RegionHolidays } from './regions.ts';

/** Where a closed or working date comes from. */
export type DayOrigin = 'calendar' | 'region' | 'request';

/** A closed or working date the walk met, for the trace and the command line. */
export interface DayNote {
	/** YYYY-MM-DD in the clock's zone. */
	date: string;
	origin: DayOrigin;
	/** The holiday's name, where the source gives one. */
	name?: HolidayName | undefined;
	/** For region dates: which region. */
	region?: HolidayRegion | undefined;
}

/**
 * A date closed every year: a month and day (optionally moved to the Monday after when it falls on
 * a weekend), or the nth weekday of a month (nth -1: the last).
 */
export type YearlyRule = { month: number; name?: HolidayName | undefined } & (
	{ day: number; weekend?: 'monday' | undefined } | { weekday: number; nth: number }
);

/** Everything that decides a clock's closed and working dates. */
export interface DaySources {
	/** The calendar's own closed dates, YYYY-MM-DD. */
	closed?: Iterable<string>;
	/** The calendar's own working dates (a weekend date with a weekday's hours). */
	working?: Iterable<string>;
	/** The calendar's yearly rules. */
	yearly?: readonly YearlyRule[];
	/** Regions whose public holidays and make-up days apply. */
	regions?: readonly RegionHolidays[];
	/** The reader's extra closed dates. */
	extraClosed?: Iterable<string>;
}

/**
 * The years a written date may have: four digits, without year 0, which Intl shows as year 1 (it is
 * 1 BC); the catalogue, the command line and the calculator all read dates by this one rule.
 */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

/** Why a text is not a date: not written YYYY-MM-DD, a year outside FIRST_YEAR–LAST_YEAR, or no such day. */
export type IsoDateProblem = 'format' | 'year' | 'nonexistent';

/** What keeps a text from being a YYYY-MM-DD date of the proleptic Gregorian calendar, if anything. */
export function isoDateProblem(s: string): IsoDateProblem | undefined {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return 'format';
	const year = Number(s.slice(0, 4));
	if (year < FIRST_YEAR || year > LAST_YEAR) return 'year';
	// A day that does not exist (31 April, 29 February 2026) rolls into the next month.
	return isoDateOfDay(epochDay(s)) === s ? undefined : 'nonexistent';
}

/** Whether a string is a YYYY-MM-DD date that exists on the calendar, in a year from 0001 to 9999. */
export function isIsoDate(s: string): boolean {
	return isoDateProblem(s) === undefined;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
	return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

const DAY = 86_400_000;

/**
 * Day number since 1970-01-01 of a year, month (1–12) and day; a day or month past the end rolls
 * over as Date.UTC's do. Set through setUTCFullYear, because Date.UTC reads years 0 to 99 as 1900 to
 * 1999.
 */
export function dayNumber(year: number, month: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date.getTime() / DAY;
}

/** Day number since 1970-01-01 of a YYYY-MM-DD date (proleptic Gregorian calendar). */
export function epochDay(isoDate: string): number {
	return dayNumber(
		Number(isoDate.slice(0, 4)),
		Number(isoDate.slice(5, 7)),
		Number(isoDate.slice(8, 10))
	);
}

/** YYYY-MM-DD of a day number (years outside 0–9999 as ISO writes them: ±YYYYYY). */
export function isoDateOfDay(day: number): string {
	const iso = new Date(day * DAY).toISOString();
	return iso.slice(0, iso.indexOf('T'));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; day 0, 1970-01-01, was a Thursday. */
export function isoWeekday(day: number): number {
	return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The day numbers a yearly rule closes in one year (none when the date does not exist that year). */
export function yearlyRuleDays(rule: YearlyRule, year: number): number[] {
	if ('day' in rule) {
		// 29 February in a year without it: no holiday that year.
		if (rule.day > daysInMonth(year, rule.month)) return [];
		const day = dayNumber(year, rule.month, rule.day);
		const weekday = isoWeekday(day);
		if (rule.weekend === 'monday' && weekday >= 6) return [day + (8 - weekday)];
		return [day];
	}
	if (rule.nth > 0) {
		const first = dayNumber(year, rule.month, 1);
		const offset = ((rule.weekday - isoWeekday(first) + 7) % 7) + (rule.nth - 1) * 7;
		return offset < daysInMonth(year, rule.month) ? [first + offset] : [];
	}
	const last = dayNumber(year, rule.month, daysInMonth(year, rule.month));
	return [last - ((isoWeekday(last) - rule.weekday + 7) % 7)];
}

/** The year a day number falls in. */
export function yearOfDay(day: number): number {
	return new Date(day * DAY).getUTCFullYear();
}

/** Closed and working dates of one clock, by day number. */
export class DayRules {
	readonly #closed = new Map<number, DayNote>();
	readonly #working = new Map<number, DayNote>();
	readonly #yearly: readonly YearlyRule[];
	readonly #regions: readonly RegionHolidays[];
	readonly #expanded = new Set<number>();
	/** Years the walk reached that a region's data does not cover, per region. */
	readonly #uncovered = new Map<HolidayRegion, Set<number>>();
	// The year of the last day looked up, as a day-number range, so most lookups skip the year arithmetic.
	#from = 0;
	#to = 0;

	constructor(sources: DaySources = {}) {
		this.#yearly = sources.yearly ?? [];
		this.#regions = sources.regions ?? [];
		const add = (map: Map<number, DayNote>, note: DayNote) => {
			const day = epochDay(note.date);
			if (!map.has(day)) map.set(day, note);
		};
		for (const date of sources.closed ?? []) add(this.#closed, { date, origin: 'calendar' });
		for (const date of sources.working ?? []) add(this.#working, { date, origin: 'calendar' });
		for (const data of this.#regions) {
			for (const [date, index] of Object.entries(data.closed))
				add(this.#closed, { date, origin: 'region', region: data.region, name: data.names[index] });
			for (const [date, index] of Object.entries(data.working))
				add(this.#working, {
					date,
					origin: 'region',
					region: data.region,
					name: data.names[index],
				});
		}
		for (const date of sources.extraClosed ?? []) add(this.#closed, { date, origin: 'request' });
		this.hasWorking = this.#working.size > 0;
	}

	/** True when some date is a working date (the walk then looks at days without hours too). */
	readonly hasWorking: boolean;

	/** Expands yearly rules and notes uncovered region years when the walk enters another year. */
	#enter(day: number): void {
		if (day >= this.#from && day < this.#to) return;
		const year = yearOfDay(day);
		this.#from = dayNumber(year, 1, 1);
		this.#to = dayNumber(year + 1, 1, 1);
		// A rule of the year before can move a date into this one (31 December on a Saturday → Monday).
		for (const y of [year - 1, year]) {
			if (this.#expanded.has(y)) continue;
			this.#expanded.add(y);
			for (const rule of this.#yearly)
				for (const d of yearlyRuleDays(rule, y))
					if (!this.#closed.has(d))
						this.#closed.set(d, { date: isoDateOfDay(d), origin: 'calendar', name: rule.name });
		}
		for (const data of this.#regions) {
			if (year >= data.years[0] && year <= data.years[1]) continue;
			const years = this.#uncovered.get(data.region) ?? new Set<number>();
			years.add(year);
			this.#uncovered.set(data.region, years);
		}
	}

	/** True when the day is closed. */
	isClosed(day: number): boolean {
		this.#enter(day);
		return this.#closed.has(day);
	}

	/** True when the day is a working date that is not also closed. */
	isWorking(day: number): boolean {
		this.#enter(day);
		return this.#working.has(day) && !this.#closed.has(day);
	}

	/** What closes the day, if anything. */
	closedNote(day: number): DayNote | undefined {
		this.#enter(day);
		return this.#closed.get(day);
	}

	/** What makes the day a working date, if anything (and it is not closed). */
	workingNote(day: number): DayNote | undefined {
		return this.isWorking(day) ? this.#working.get(day) : undefined;
	}

	/** Regions whose data missed a year the walk reached so far, with those years and the covered range. */
	uncoveredYears(): {
		region: HolidayRegion;
		years: number[];
		covered: readonly [number, number];
	}[] {
		return this.#regions.flatMap((data) => {
			const years = this.#uncovered.get(data.region);
			return years?.size
				? [{ region: data.region, years: [...years].sort(), covered: data.years }]
				: [];
		});
	}
}
