/**
 * The deadline engine: for a tier, a severity and the moment a ticket was opened, when each target
 * falls due, how much covered time it counts, and how that was reached.
 */
import type { ClockStart, Conditions, Duration, Target, Tier } from '#lib/catalogue/schema.ts';
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
import { resolveCoverage, type CalendarOwner } from '#lib/catalogue/coverage.ts';
import {
	clockStartOf,
	planTerms,
	selectTargets,
	type PlanTarget,
	type PlanTerms,
	type TermsOrigin,
} from '#lib/catalogue/plan-terms.ts';
import {
	addCoveredTime,
	datesBetween,
	describeGap,
	endOfNthCoveredDay,
	type ClosedReason,
	type CoveredSpan,
} from './covered-time.ts';
import type { DayNote } from '#lib/time/days.ts';
import type { OpeningAdjustment } from './opening.ts';
import type { HolidayRegion } from '#lib/time/regions.ts';

/** At most this many counted stretches are listed one by one in a trace; the rest are summed up. */
const MAX_LISTED_SPANS = 10;

/** One step of how a deadline was reached, as data; lib/i18n words it for readers. */
export type TraceStep =
	| { step: 'opened'; at: Temporal.ZonedDateTime; adjustment?: OpeningAdjustment | undefined }
	/**
	 * The event the terms start the clock at, where it is not plainly the opening: a later event
	 * (`given` says whether its time was given, else the opening stands in), or an opening the terms
	 * do not name (`stated` false).
	 */
	| {
			step: 'start-event';
			event: ClockStart['event'];
			at: Temporal.ZonedDateTime;
			given: boolean;
			stated: boolean;
	  }
	| { step: 'clock-start'; at: Temporal.ZonedDateTime; outsideCoverage: boolean }
	| {
			step: 'business-days';
			days: number;
			minutesPerDay: number;
			wholeWeekdays: boolean;
			/** Due when covered hours end on the Nth business day, not after N days' worth of hours. */
			endOfDay?: boolean;
	  }
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
	/** Where in the plan the target comes from: the tier, a tier it includes, or an add-on. */
	origin: TermsOrigin;
	/** Where the target is written (for its provenance). */
	at: PlanTarget['at'];
	/** The ticket attributes that selected this target, if its terms depend on any. */
	selectedBy?: Conditions | undefined;
	/** The ticket attributes that selected the calendar, if a coverage rule did. */
	calendarSelectedBy?: Conditions | undefined;
	/** The event the clock starts at, and whether the terms state it. */
	startEvent: { event: ClockStart['event']; stated: boolean; given: boolean };
	/** Id of the coverage calendar that applies. */
	calendarId: string;
	counting: Counting;
	/** The zone coverage hours are read in (the customer's zone for 24x7). */
	coverageZone: string;
	/** Covered minutes the target counts (for updates: one interval). */
	countedMinutes: number;
	/** When the clock started running. */
	clockStart: Temporal.ZonedDateTime;
	/**
	 * Every counted stretch [start, end) in epoch milliseconds, touching ones merged (for updates: of
	 * the first interval); empty where the clock is plain elapsed time or counts to a day's end.
	 */
	spans: [number, number][];
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
	vendor: CalendarOwner<CalendarRules> & { clockStart?: ClockStart | undefined };
	/** The tier, read alone (without included tiers or add-ons) when no `plan` is given. */
	tier?: TierRules | undefined;
	/** The plan's terms (see catalogue/plan-terms.ts): included tiers and add-ons resolved. */
	plan?: PlanTerms | undefined;
	/** Severity id; targets that depend on severity are computed only for it. */
	severity?: string | undefined;
	/** A request type (licensing, billing) instead of a severity. */
	requestType?: string | undefined;
	/** Ticket attributes (attribute id → value id) that select targets and calendars. */
	attributes?: Readonly<Record<string, string>> | undefined;
	/** When a later clock-start event happened (e.g. the vendor assigned the severity). */
	startedAt?: Temporal.ZonedDateTime | undefined;
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

interface Measure {
	clock: CoverageClock;
	minutes: number;
	counting: Counting;
	businessDays?: { days: number; minutesPerDay: number };
	/** Due when covered hours end on the Nth business day. */
	endOfDay?: boolean;
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
			endOfDay: duration.count === 'end-of-day',
		};
	}
	const weekdays = wholeWeekdaysClock(customerZone);
	return {
		clock: weekdays,
		minutes: duration.value * 1440,
		counting: 'whole-weekdays',
		businessDays: { days: duration.value, minutesPerDay: 1440 },
		endOfDay: duration.count === 'end-of-day',
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
			...(m.endOfDay ? { endOfDay: true } : {}),
		});
	if (!m.endOfDay)
		steps.push({ step: 'count', minutes: m.minutes, elapsed: m.counting === 'elapsed' });
	steps.push(...spans);
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

/** Counts a measure from an instant: covered time, or to the end of the Nth business day. */
function count(m: Measure, fromMs: number, spans: [number, number][] | undefined): CoveredSpan {
	if (m.endOfDay && m.clock.type === 'weekly')
		return endOfNthCoveredDay(m.clock, fromMs, m.businessDays!.days);
	return addCoveredTime(m.clock, fromMs, m.minutes, spans);
}

/** The plan a request is about: given, or the tier read alone. */
function requestPlan(request: DeadlineRequest): PlanTerms {
	if (request.plan) return request.plan;
	if (!request.tier) throw new Error('A deadline request needs a plan or a tier');
	return planTerms({ levelIds: [], tiers: [request.tier] }, request.tier);
}

/** Computes every applicable target's deadline. */
export function computeDeadlines(request: DeadlineRequest): TargetDeadline[] {
	const { vendor, severity, opened, attributes } = request;
	const customerZone = opened.timeZoneId;
	const openedMs = opened.epochMilliseconds;
	const zoned = (ms: number) =>
		Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(customerZone);
	const plan = requestPlan(request);
	const targets = selectTargets(plan, {
		severity,
		requestType: request.requestType,
		attributes,
	});
	const results: TargetDeadline[] = [];

	const base = (p: PlanTarget) => {
		const { target } = p;
		const { calendar, rule } = resolveCoverage(
			vendor,
			{ id: plan.tierId, coverage: p.coverage },
			target.severity,
			attributes
		);
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
			selection: {
				origin: p.origin,
				at: p.at,
				selectedBy: target.when,
				calendarSelectedBy: rule?.when,
			},
		} as const;
	};
	const opening: TraceStep = { step: 'opened', at: opened, adjustment: request.openingAdjustment };

	const deadlines = new Map<string, number>();
	for (const p of targets) {
		const { target } = p;
		if (target.kind === 'update') continue;
		const { calendar, clock, coverageZone, regionRule, selection } = base(p);
		const m = measure(target.within, clock, customerZone);
		const { event, start } = clockStartOf(target, vendor.clockStart);
		const later = event === 'severity-assigned';
		const given =
			later && request.startedAt !== undefined && request.startedAt.epochMilliseconds >= openedMs;
		const fromMs = given ? request.startedAt!.epochMilliseconds : openedMs;
		const spans: [number, number][] = [];
		const span = count(m, fromMs, spans);
		const atClosing = span.atWindowEnd;
		const found = met(m.clock, fromMs, span.dueMs);
		const startSteps: TraceStep[] =
			later || !start
				? [{ step: 'start-event', event, at: zoned(fromMs), given, stated: start !== undefined }]
				: [];
		const trace: TraceStep[] = [
			opening,
			...startSteps,
			{
				step: 'clock-start',
				at: zoned(span.clockStartMs),
				outsideCoverage: span.clockStartMs !== fromMs,
			},
			...countingSteps(m, found, spanSteps(m.clock, spans, zoned), zoned(span.dueMs), atClosing),
		];
		deadlines.set(`${target.kind}/${target.severity ?? ''}`, span.dueMs);
		results.push({
			...described(target, calendar.id, m, coverageZone),
			...selection,
			startEvent: { event, stated: start !== undefined, given },
			clockStart: zoned(span.clockStartMs),
			due: zoned(span.dueMs),
			spans,
			atClosing,
			closedDates: found.holidays.map((d) => d.date),
			...found,
			regionRule,
			trace,
		});
	}

	for (const p of targets) {
		const { target } = p;
		if (target.kind !== 'update') continue;
		const { calendar, clock, coverageZone, regionRule, selection } = base(p);
		const m = updateInterval(target, clock, customerZone);
		const firstResponse = deadlines.get(`first-response/${target.severity ?? ''}`);
		const fromMs = firstResponse ?? openedMs;
		const times: number[] = [];
		let previous = fromMs;
		let clockStartMs = fromMs;
		let atClosing = false;
		const spans: [number, number][] = [];
		for (let i = 0; i < (request.updateCount ?? 3); i++) {
			const span = count(m, previous, i === 0 ? spans : undefined);
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
		const { start } = clockStartOf(target, vendor.clockStart);
		results.push({
			...described(target, calendar.id, m, coverageZone),
			...selection,
			startEvent: {
				event: firstResponse === undefined ? 'opened' : 'first-response',
				stated: start !== undefined,
				given: false,
			},
			clockStart: zoned(clockStartMs),
			due: zoned(first),
			spans,
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
