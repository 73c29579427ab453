/**
 * Bounds that keep every validated catalogue computable: no target needs more covered time than the
 * deadline engine walks through (it gives up after twenty years of days), and no weekly calendar's
 * holidays (listed dates, yearly rules, a region's public holidays) leave it without covered time
 * for a whole year.
 */
import {
	businessDayMinutes,
	clockForCalendar,
	holidaySources,
	weeklyClock,
	type WeeklyClock,
} from '#lib/time/clock.ts';
import { epochDay, isoDateOfDay, isoWeekday } from '#lib/time/days.ts';
import type { HolidayRegion, RegionHolidays } from '#lib/time/regions.ts';
import type { ReferenceProblem } from './cross-references.ts';
import type { Calendar, Duration, Vendor, WeeklyCalendar } from './schema.ts';

/** A target may need at most this many years of a calendar's weekly covered time. */
const MAX_TARGET_YEARS = 5;

/** Covered minutes in one week of a weekly clock (holidays aside). */
function weeklyMinutes(clock: WeeklyClock): number {
	let sum = 0;
	for (const list of clock.blocks.values()) for (const [from, to] of list) sum += to - from;
	return sum;
}

/** Covered minutes a duration asks for on a weekly clock (a business day as the engine counts it). */
function neededMinutes(duration: Duration, clock: WeeklyClock): number {
	if (duration.unit === 'minutes') return duration.value;
	if (duration.unit === 'hours') return duration.value * 60;
	return duration.value * businessDayMinutes(clock);
}

/** What the bounds check needs besides the vendor. */
export interface BoundsOptions {
	/**
	 * The data of regions that calendars name (`holidays: { region: PL }`), as the engine gets it.
	 * Without it, a region's public holidays are left out of the check.
	 */
	regionData?: ((region: HolidayRegion) => RegionHolidays | undefined) | undefined;
	/** Today, YYYY-MM-DD: where a walk through yearly rules starts when no date anchors it. */
	today?: string | undefined;
}

/** Yearly rules repeat on the same weekdays every 28 years (within 1901–2099). */
const WEEKDAY_CYCLE_YEARS = 28;

/**
 * The first day of a stretch of 365 days or more in which the calendar has no covered time, or
 * undefined. The calendar's closed days come from the clock the deadline engine counts on
 * (clockForCalendar: listed dates, yearly rules, the region's public holidays and make-up working
 * days), so the check and the engine cannot disagree. The walk covers every year the dates and the
 * region data name and, with yearly rules, a full cycle of their weekdays; days outside it count as
 * open, as nothing closes them.
 */
function closedForAYear(calendar: WeeklyCalendar, options: BoundsOptions): string | undefined {
	const own = holidaySources(calendar.holidays);
	const region = own.region ? options.regionData?.(own.region) : undefined;
	const coveredWeekdays = new Set(calendar.hours.flatMap((b) => b.days)).size;
	// Any 365 days hold 52 of each covered weekday; a yearly rule closes at most two days of them.
	const closures =
		own.dates.length + (region ? Object.keys(region.closed).length : 0) + 2 * own.yearly.length;
	if (closures < coveredWeekdays * 52) return undefined;
	const clock = clockForCalendar(
		// A region without data closes nothing here (the engine is given the data when it counts).
		region || Array.isArray(calendar.holidays)
			? calendar
			: { ...calendar, holidays: { ...calendar.holidays, region: undefined } },
		'UTC',
		{ regionData: () => region }
	);
	if (clock.type !== 'weekly') return undefined;
	const years = own.dates.map((d) => Number(d.slice(0, 4)));
	if (region) years.push(...region.years);
	if (own.yearly.length) {
		const anchor = years.length
			? years.reduce((a, b) => Math.min(a, b))
			: Number((options.today ?? '1970').slice(0, 4));
		years.push(anchor, anchor + WEEKDAY_CYCLE_YEARS);
	}
	if (years.length === 0) return undefined;
	const first = years.reduce((a, b) => Math.min(a, b));
	const last = years.reduce((a, b) => Math.max(a, b));
	const from = epochDay(`${String(first).padStart(4, '0')}-01-01`);
	const to = epochDay(`${String(last).padStart(4, '0')}-12-31`);
	const covered = (day: number) =>
		clock.blocks.has(isoWeekday(day))
			? !clock.days.isClosed(day)
			: clock.days.hasWorking && clock.days.isWorking(day);
	// The last day with covered time so far; the day before the walk counts as one. From it, the
	// walk looks a year ahead and back for the latest covered day: none means a year without covered
	// time. Each day is looked at once at most, and most of them not at all, which keeps a calendar
	// of 300 000 dates (centuries of them) quick.
	let open = from - 1;
	while (open + 365 <= to) {
		let day = open + 365;
		while (day > open && !covered(day)) day--;
		if (day === open) return isoDateOfDay(open + 1);
		open = day;
	}
	return undefined;
}

/** Problems with targets or calendars the engine could not honour. */
export function checkBounds(vendor: Vendor, options: BoundsOptions = {}): ReferenceProblem[] {
	const problems: ReferenceProblem[] = [];
	const calendars = new Map<string, Calendar>(vendor.calendars.map((c) => [c.id, c]));
	vendor.calendars.forEach((calendar, index) => {
		if (calendar.type !== 'weekly') return;
		const from = closedForAYear(calendar, options);
		if (from)
			problems.push({
				path: ['calendars', index, 'holidays'],
				message: `expected covered time in every year: the holidays close every covered day for a year from ${from}`,
			});
	});
	vendor.tiers.forEach((tier, t) => {
		// Every calendar the tier can use: a target may be counted on any of them.
		if (!tier.coverage) return;
		const ids = new Set([
			tier.coverage.default,
			...Object.values(tier.coverage.severities ?? {}),
			...(tier.coverage.rules ?? []).map((r) => r.calendar),
		]);
		const weekly = [...ids]
			.map((id) => calendars.get(id))
			.filter((c): c is WeeklyCalendar => c?.type === 'weekly');
		tier.targets.forEach((target, i) => {
			if (target.clock === 'calendar') return;
			const key = target.kind === 'update' ? 'every' : 'within';
			const duration = target.kind === 'update' ? target.every : target.within;
			if (!duration) return;
			for (const calendar of weekly) {
				// The engine's own reading of the hours (holidays aside: the zone does not matter here).
				const clock = weeklyClock('UTC', calendar.hours);
				const perWeek = weeklyMinutes(clock);
				const years = neededMinutes(duration, clock) / (perWeek * 52);
				if (years > MAX_TARGET_YEARS) {
					problems.push({
						path: ['tiers', t, 'targets', i, key],
						message: `expected a target reachable within ${MAX_TARGET_YEARS} years of calendar "${calendar.id}" (${perWeek / 60} covered hours a week); this one needs about ${Math.round(years)} years`,
					});
					break;
				}
			}
		});
	});
	return problems;
}
