/**
 * The real wait behind a nominal target: "1 business hour" is one hour for a ticket sent on a
 * Tuesday morning and a weekend for one sent on a Friday evening. For a tier and a level, the
 * engine counts the first-response deadline of a ticket opened at every minute of one normal week
 * (Monday 00:00 to Sunday 23:59, nights and weekends included) and reports the typical (median) and
 * the worst wait. The week is read in the zone whose hours count the target, without holidays.
 */
import type { Vendor } from '#lib/catalogue/schema.ts';
import type { PlanTerms } from '#lib/catalogue/plan-terms.ts';
import { clockForCalendar, wholeWeekdaysClock, type CoverageClock } from '#lib/time/clock.ts';
import { addCoveredTime } from './covered-time.ts';
import { computeDeadlines, type TargetDeadline } from './deadlines.ts';

/**
 * The reference week: a Monday in January, when no zone changes its clocks (northern zones leave
 * summer time by November, southern ones by April), so every day of it has 24 hours.
 */
export const REFERENCE_WEEK_START = '2026-01-12';

/**
 * The zone a calendar in the customer's zone is read in: any zone gives the same waits in a week
 * without clock changes.
 */
const READING_ZONE = 'UTC';

export interface RealWaitRequest {
	vendor: Vendor;
	/** The plan's terms (tier with included tiers and add-ons resolved). */
	plan: PlanTerms;
	/** The level whose first response is measured. */
	severity: string;
	/** Ticket attributes that select a target or a calendar (e.g. the attributes' defaults). */
	attributes?: Readonly<Record<string, string>> | undefined;
	/** The Monday the week starts (ISO date); default REFERENCE_WEEK_START. */
	weekStart?: string | undefined;
	/**
	 * Minutes between the opening times counted first (default 15, which divides a week); the minutes
	 * between are filled in where that is exact and counted one by one elsewhere. 1 counts every one.
	 */
	stride?: number | undefined;
}

export interface RealWait {
	/** The median wait in minutes over the week's opening minutes (the lower middle one of an even count). */
	typicalMinutes: number;
	/** The longest wait in minutes. */
	worstMinutes: number;
	/** The nominal target in covered minutes, as the engine counts it. */
	countedMinutes: number;
	/** Id of the calendar that counts the target. */
	calendarId: string;
	/** The zone the week was read in: the calendar's own zone, or `customer` for the customer's. */
	zone: string;
	/** True when the target counts plain elapsed time (round-the-clock coverage or a calendar clock). */
	elapsed: boolean;
	/** The Monday the week started. */
	weekStart: string;
	/** How many opening minutes were counted (a week's, 10 080, where every level has a target). */
	samples: number;
}

/** Calendars without closed dates: the week is a normal one, whatever holidays the terms name. */
function withoutHolidays(vendor: Vendor): Vendor {
	return {
		...vendor,
		calendars: vendor.calendars.map((c) =>
			c.type === 'weekly' ? { ...c, holidays: [], publicHolidays: 'none' as const } : c
		),
	};
}

/** The nth smallest of the values (0-based), sorted numerically. */
function nthSmallest(values: readonly number[], n: number): number {
	return [...values].sort((a, b) => a - b)[n]!;
}

/**
 * The typical and worst first-response wait for a level of a plan over one normal week, or
 * undefined when the plan sets no first-response target for the level.
 *
 * Every opening minute counts. Where a stretch of `stride` minutes between two counted openings is
 * all closed time, or all covered time whose deadline moved on by exactly the stretch, the minutes
 * between follow without counting (see fillStretch); elsewhere each minute is counted.
 */
export function realWait(request: RealWaitRequest): RealWait | undefined {
	const vendor = withoutHolidays(request.vendor);
	const weekStart = request.weekStart ?? REFERENCE_WEEK_START;
	const first = (opened: Temporal.ZonedDateTime) =>
		computeDeadlines({
			vendor,
			plan: request.plan,
			severity: request.severity,
			attributes: request.attributes,
			opened,
		}).find((d) => d.kind === 'first-response' && d.target.requestType === undefined);

	// The calendar (and so the zone) comes from a first count; a calendar in its own zone is read
	// there, one in the customer's zone in a zone without clock changes.
	const probe = first(
		Temporal.PlainDate.from(weekStart).toZonedDateTime({ timeZone: READING_ZONE })
	);
	if (!probe) return undefined;
	const calendar = vendor.calendars.find((c) => c.id === probe.calendarId);
	const ownZone = calendar?.type === 'weekly' && calendar.zone !== 'customer';
	const zone = ownZone ? calendar.zone : READING_ZONE;
	const monday = Temporal.PlainDate.from(weekStart).toZonedDateTime({ timeZone: zone });
	const end = monday.add({ days: 7 });

	const stride = request.stride ?? 15;
	if (!(Number.isInteger(stride) && stride > 0 && (7 * 1440) % stride === 0))
		throw new RangeError(`The stride must divide a week in whole minutes, got ${stride}`);
	// The clock the target counts on, to tell a stretch of covered time (see fillStretch).
	const clock: CoverageClock | undefined =
		probe.counting === 'whole-weekdays'
			? wholeWeekdaysClock(zone)
			: probe.counting === 'elapsed'
				? { type: 'elapsed' }
				: calendar && clockForCalendar(calendar, zone);
	const endOfDay = probe.target.kind !== 'update' && probe.target.within.count === 'end-of-day';
	const waitAt = (opened: Temporal.ZonedDateTime) => {
		const deadline = first(opened);
		return deadline && { deadline, minutes: deadline.due.since(opened).total({ unit: 'minutes' }) };
	};

	const waits: number[] = [];
	let countedMinutes = probe.countedMinutes;
	let elapsed = probe.counting === 'elapsed';
	let here = waitAt(monday);
	for (
		let opened = monday;
		Temporal.ZonedDateTime.compare(opened, end) < 0;
		opened = opened.add({ minutes: stride })
	) {
		const next = opened.add({ minutes: stride });
		const there = waitAt(next);
		const filled =
			here && there && !endOfDay
				? fillStretch(here.deadline, there.deadline, opened, stride, clock)
				: undefined;
		if (filled !== undefined && here)
			for (let k = 0; k < stride; k++) waits.push(here.minutes - filled * k);
		else
			for (let k = 0; k < stride; k++) {
				const one = k === 0 ? here : waitAt(opened.add({ minutes: k }));
				if (!one) continue;
				countedMinutes = one.deadline.countedMinutes;
				elapsed = one.deadline.counting === 'elapsed';
				waits.push(one.minutes);
			}
		here = there;
	}
	if (!waits.length) return undefined;
	return {
		typicalMinutes: nthSmallest(waits, Math.floor((waits.length - 1) / 2)),
		worstMinutes: Math.max(...waits),
		countedMinutes,
		calendarId: probe.calendarId,
		zone: ownZone ? zone : 'customer',
		elapsed,
		weekStart,
		samples: waits.length,
	};
}

/**
 * Whether the waits of the minutes between two counted openings follow from the first one, and how:
 * 1 where each minute's wait is a minute shorter (all closed time: the deadline stays put, so every
 * deadline between is the same, as deadlines never move back for a later opening), 0 where each wait
 * is the same (all covered time, and the deadline moved on by exactly the stretch: each covered
 * minute taken from the start needs at least one more at the end, so each minute moved it by one).
 * Undefined where neither holds and the minutes are counted one by one.
 */
function fillStretch(
	from: TargetDeadline,
	to: TargetDeadline,
	opened: Temporal.ZonedDateTime,
	stride: number,
	clock: CoverageClock | undefined
): 0 | 1 | undefined {
	if (from.target !== to.target || from.calendarId !== to.calendarId) return undefined;
	const moved = to.due.since(from.due).total({ unit: 'minutes' });
	if (moved === 0) return 1;
	if (moved !== stride || !clock) return undefined;
	// All covered: `stride` minutes of covered time from the opening end exactly `stride` minutes later.
	const covered = addCoveredTime(clock, opened.epochMilliseconds, stride);
	return covered.clockStartMs === opened.epochMilliseconds &&
		covered.dueMs === opened.epochMilliseconds + stride * 60_000
		? 0
		: undefined;
}
