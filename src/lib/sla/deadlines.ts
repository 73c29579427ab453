/**
 * The deadline engine: for a tier, a severity and the moment a ticket was opened, when each target
 * falls due, how much covered time it counts, and how that was reached.
 */
import type { Duration, Target, Tier } from '#lib/catalogue/schema.ts';
import { TARGET_KINDS } from '#lib/catalogue/query.ts';
import {
	businessDayMinutes,
	calendarZone,
	clockForCalendar,
	readerRegionRule,
	wholeWeekdaysClock,
	type CalendarRules,
	type ClockContext,
	type CoverageClock,
	type RegionRule,
} from '#lib/time/clock.ts';
import { resolveCalendar, type CalendarOwner } from '#lib/catalogue/coverage.ts';
import { addCoveredTime, datesBetween, describeGap, type ClosedReason } from './covered-time.ts';
import type { DayNote } from '#lib/time/days.ts';
import type { OpeningAdjustment } from './opening.ts';
import type { HolidayRegion } from '#lib/time/regions.ts';

/** At most this many counted stretches are listed one by one in a trace; the rest are summed up. */
const MAX_LISTED_SPANS = 10;

/** One step of how a deadline was reached, as data; lib/i18n words it for readers. */
export type TraceStep =
	| { step: 'opened'; at: Temporal.ZonedDateTime; adjustment?: OpeningAdjustment | undefined }
	| { step: 'clock-start'; at: Temporal.ZonedDateTime; outsideCoverage: boolean }
	| { step: 'business-days'; days: number; minutesPerDay: number; wholeWeekdays: boolean }
	| { step: 'count'; minutes: number; elapsed: boolean }
	| { step: 'closed-dates'; dates: DayNote[] }
	/** Weekend dates counted as working days (make-up days). */
	| { step: 'working-dates'; dates: DayNote[] }
	/** A stretch of covered time that was counted. */
	| { step: 'span'; from: Temporal.ZonedDateTime; to: Temporal.ZonedDateTime; minutes: number }
	/** Closed time skipped before the next counted stretch. */
	| {
			step: 'closed';
			until: Temporal.ZonedDateTime;
			reasons: ClosedReason[];
			holidays: DayNote[];
	  }
	/** Counted stretches not listed one by one. */
	| { step: 'spans-omitted'; count: number; minutes: number }
	/** A region's holiday data does not cover years the count reached. */
	| {
			step: 'region-years';
			region: HolidayRegion;
			years: number[];
			covered: readonly [number, number];
	  }
	| { step: 'cadence'; minutes: number; from: 'first-response' | 'opened' }
	| { step: 'due'; at: Temporal.ZonedDateTime; atClosing: boolean };

/** How a target's time is counted. */
export type Counting =
	/** Covered time on the calendar's weekly hours. */
	| 'weekly-hours'
	/** Plain elapsed time (24x7 coverage, or a calendar-clock target). */
	| 'elapsed'
	/** Business days on a 24x7 or calendar clock: whole Monday–Friday days in the customer's zone. */
	| 'whole-weekdays';

export interface TargetDeadline {
	kind: Target['kind'];
	severity?: string | undefined;
	/** The catalogue target this deadline comes from. */
	target: Target;
	/** Id of the coverage calendar that applies. */
	calendarId: string;
	counting: Counting;
	/** The zone coverage hours are read in (the customer's zone for 24x7). */
	coverageZone: string;
	/** Covered minutes the target counts (for updates: one interval). */
	countedMinutes: number;
	/** When the clock started running. */
	clockStart: Temporal.ZonedDateTime;
	/** The deadline, in the customer's zone. For updates, the first update. */
	due: Temporal.ZonedDateTime;
	/** For updates: the first few update times, in the customer's zone. */
	updates?: Temporal.ZonedDateTime[];
	/** True when the deadline falls exactly at the end of covered hours. */
	atClosing: boolean;
	/** Closed dates (holidays) the count passed over. */
	closedDates: string[];
	/** The same, with where each comes from and its name. */
	holidays: DayNote[];
	/** Weekend dates counted as working days (make-up days). */
	workingDates: DayNote[];
	/** Regions whose holiday data does not cover years the count reached. */
	uncoveredYears: { region: HolidayRegion; years: number[]; covered: readonly [number, number] }[];
	/** The reader's region's part in this deadline's clock (see readerRegionRule). */
	regionRule: RegionRule;
	/**
	 * Where the reader's region is only a what-if (the terms are silent) and one was given: the
	 * deadline without its holidays, which is the catalogue's reading of the terms.
	 */
	withoutRegion?: Temporal.ZonedDateTime | undefined;
	trace: TraceStep[];
}

/** What the engine needs of a tier: coverage and targets (names are for readers, not for the engine). */
export type TierRules = Pick<Tier, 'id' | 'coverage' | 'targets'>;

export interface DeadlineRequest {
	vendor: CalendarOwner<CalendarRules>;
	tier: TierRules;
	/** Severity id; targets that depend on severity are computed only for it. */
	severity?: string | undefined;
	/** When the ticket was opened, in the customer's zone. */
	opened: Temporal.ZonedDateTime;
	/** How a DST change affected the opening time, to repeat in the trace. */
	openingAdjustment?: OpeningAdjustment | undefined;
	/** Extra closed dates (YYYY-MM-DD) for business-hours coverage. */
	extraClosed?: readonly string[];
	/** The reader's region and the data of regions calendars name (see ClockContext). */
	region?: ClockContext['region'];
	regionData?: ClockContext['regionData'];
	/** How many update times to list for update targets. */
	updateCount?: number;
}

/** The targets of a tier that apply to a severity: its own plus those that do not depend on severity. */
export function applicableTargets(tier: TierRules, severity: string | undefined): Target[] {
	return tier.targets.filter((t) => t.severity === undefined || t.severity === severity);
}

interface Measure {
	clock: CoverageClock;
	minutes: number;
	counting: Counting;
	businessDays?: { days: number; minutesPerDay: number };
}

/** Turns a duration into covered minutes on the right clock. */
function measure(duration: Duration, clock: CoverageClock, customerZone: string): Measure {
	if (duration.unit === 'minutes')
		return {
			clock,
			minutes: duration.value,
			counting: clock.type === 'weekly' ? 'weekly-hours' : 'elapsed',
		};
	if (duration.unit === 'hours')
		return {
			clock,
			minutes: duration.value * 60,
			counting: clock.type === 'weekly' ? 'weekly-hours' : 'elapsed',
		};
	if (clock.type === 'weekly') {
		const minutesPerDay = businessDayMinutes(clock);
		return {
			clock,
			minutes: duration.value * minutesPerDay,
			counting: 'weekly-hours',
			businessDays: { days: duration.value, minutesPerDay },
		};
	}
	const weekdays = wholeWeekdaysClock(customerZone);
	return {
		clock: weekdays,
		minutes: duration.value * 1440,
		counting: 'whole-weekdays',
		businessDays: { days: duration.value, minutesPerDay: 1440 },
	};
}

/** The interval between updates, in covered minutes of the given clock. */
function updateInterval(
	target: Extract<Target, { kind: 'update' }>,
	clock: CoverageClock,
	customerZone: string
): Measure {
	if (target.every) return measure(target.every, clock, customerZone);
	const perDay = clock.type === 'weekly' ? businessDayMinutes(clock) : 1440;
	return {
		clock,
		minutes: perDay / target.timesPerDay!,
		counting: clock.type === 'weekly' ? 'weekly-hours' : 'elapsed',
	};
}

/** The counted stretches and the closed time between them, as trace steps in the customer's zone. */
function spanSteps(
	clock: CoverageClock,
	spans: readonly (readonly [number, number])[],
	zoned: (ms: number) => Temporal.ZonedDateTime
): TraceStep[] {
	if (clock.type !== 'weekly') return [];
	const steps: TraceStep[] = [];
	spans.forEach(([from, to], i) => {
		if (i >= MAX_LISTED_SPANS) return;
		if (i > 0) {
			const gap = describeGap(clock, spans[i - 1]![1], from);
			steps.push({ step: 'closed', until: zoned(from), ...gap });
		}
		steps.push({ step: 'span', from: zoned(from), to: zoned(to), minutes: (to - from) / 60_000 });
	});
	const rest = spans.slice(MAX_LISTED_SPANS);
	if (rest.length)
		steps.push({
			step: 'spans-omitted',
			count: rest.length,
			minutes: rest.reduce((sum, [a, b]) => sum + (b - a) / 60_000, 0),
		});
	return steps;
}

/** What a count met on its way: holidays, make-up days, region years without data. */
interface Met {
	holidays: DayNote[];
	workingDates: DayNote[];
	uncoveredYears: TargetDeadline['uncoveredYears'];
}

function met(clock: CoverageClock, fromMs: number, toMs: number): Met {
	const { closed, working } = datesBetween(clock, fromMs, toMs);
	return {
		holidays: closed,
		workingDates: working,
		uncoveredYears: clock.type === 'weekly' ? clock.days.uncoveredYears() : [],
	};
}

/** The trace steps that say how a measure was counted and where it ended. */
function countingSteps(
	m: Measure,
	found: Met,
	spans: TraceStep[],
	due: Temporal.ZonedDateTime,
	atClosing: boolean
): TraceStep[] {
	const steps: TraceStep[] = [];
	if (m.businessDays)
		steps.push({
			step: 'business-days',
			...m.businessDays,
			wholeWeekdays: m.counting === 'whole-weekdays',
		});
	steps.push({ step: 'count', minutes: m.minutes, elapsed: m.counting === 'elapsed' }, ...spans);
	if (found.holidays.length) steps.push({ step: 'closed-dates', dates: found.holidays });
	if (found.workingDates.length) steps.push({ step: 'working-dates', dates: found.workingDates });
	for (const gap of found.uncoveredYears) steps.push({ step: 'region-years', ...gap });
	steps.push({ step: 'due', at: due, atClosing });
	return steps;
}

/** What every deadline says about the target it comes from and how it was counted. */
function described(target: Target, calendarId: string, m: Measure, coverageZone: string) {
	return {
		kind: target.kind,
		severity: target.severity,
		target,
		calendarId,
		counting: m.counting,
		coverageZone,
		countedMinutes: m.minutes,
	};
}

/** Computes every applicable target's deadline. */
export function computeDeadlines(request: DeadlineRequest): TargetDeadline[] {
	const { vendor, tier, severity, opened } = request;
	const customerZone = opened.timeZoneId;
	const openedMs = opened.epochMilliseconds;
	const zoned = (ms: number) =>
		Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(customerZone);
	const targets = applicableTargets(tier, severity);
	const results: TargetDeadline[] = [];

	const base = (target: Target) => {
		const calendar = resolveCalendar(vendor, tier, target.severity);
		const clock: CoverageClock =
			target.clock === 'calendar'
				? { type: 'elapsed' }
				: clockForCalendar(calendar, customerZone, {
						extraClosed: request.extraClosed,
						region: request.region,
						regionData: request.regionData,
					});
		return {
			calendar,
			clock,
			coverageZone: calendarZone(calendar, customerZone),
			regionRule: target.clock === 'calendar' ? 'no' : readerRegionRule(calendar),
		} as const;
	};
	const opening: TraceStep = { step: 'opened', at: opened, adjustment: request.openingAdjustment };

	const deadlines = new Map<string, number>();
	for (const target of targets) {
		if (target.kind === 'update') continue;
		const { calendar, clock, coverageZone, regionRule } = base(target);
		const m = measure(target.within, clock, customerZone);
		const spans: [number, number][] = [];
		const span = addCoveredTime(m.clock, openedMs, m.minutes, spans);
		const atClosing = span.atWindowEnd;
		const found = met(m.clock, openedMs, span.dueMs);
		const trace: TraceStep[] = [
			opening,
			{
				step: 'clock-start',
				at: zoned(span.clockStartMs),
				outsideCoverage: span.clockStartMs !== openedMs,
			},
			...countingSteps(m, found, spanSteps(m.clock, spans, zoned), zoned(span.dueMs), atClosing),
		];
		deadlines.set(`${target.kind}/${target.severity ?? ''}`, span.dueMs);
		results.push({
			...described(target, calendar.id, m, coverageZone),
			clockStart: zoned(span.clockStartMs),
			due: zoned(span.dueMs),
			atClosing,
			closedDates: found.holidays.map((d) => d.date),
			...found,
			regionRule,
			trace,
		});
	}

	for (const target of targets) {
		if (target.kind !== 'update') continue;
		const { calendar, clock, coverageZone, regionRule } = base(target);
		const m = updateInterval(target, clock, customerZone);
		const firstResponse = deadlines.get(`first-response/${target.severity ?? ''}`);
		const fromMs = firstResponse ?? openedMs;
		const times: number[] = [];
		let previous = fromMs;
		let clockStartMs = fromMs;
		let atClosing = false;
		const spans: [number, number][] = [];
		for (let i = 0; i < (request.updateCount ?? 3); i++) {
			const span = addCoveredTime(m.clock, previous, m.minutes, i === 0 ? spans : undefined);
			if (i === 0) [clockStartMs, atClosing] = [span.clockStartMs, span.atWindowEnd];
			times.push(span.dueMs);
			previous = span.dueMs;
		}
		const first = times[0]!;
		const found = met(m.clock, fromMs, times.at(-1)!);
		const trace: TraceStep[] = [
			opening,
			{
				step: 'cadence',
				minutes: m.minutes,
				from: firstResponse === undefined ? 'opened' : 'first-response',
			},
			...countingSteps(m, found, spanSteps(m.clock, spans, zoned), zoned(first), atClosing),
		];
		results.push({
			...described(target, calendar.id, m, coverageZone),
			clockStart: zoned(clockStartMs),
			due: zoned(first),
			updates: times.map(zoned),
			atClosing,
			closedDates: found.holidays.map((d) => d.date),
			...found,
			regionRule,
			trace,
		});
	}
	results.sort((a, b) => TARGET_KINDS.indexOf(a.kind) - TARGET_KINDS.indexOf(b.kind));
	// Where the region is a what-if, the reading without it is counted too, so both can be shown.
	if (request.region && results.some((d) => d.regionRule === 'what-if')) {
		const reading = computeDeadlines({ ...request, region: undefined });
		return results.map((d, i) =>
			d.regionRule === 'what-if' ? { ...d, withoutRegion: reading[i]!.due } : d
		);
	}
	return results;
}
