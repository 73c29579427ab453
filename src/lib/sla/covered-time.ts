/**
 * Covered-time arithmetic: from an instant, walk forward through covered intervals until a given
 * amount of covered time has passed. Works in days and windows, never minute by minute.
 */
import type { CoverageClock, WeeklyClock } from '#lib/time/clock.ts';
import { isoWeekday, type DayNote } from '#lib/time/days.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** No calendar the catalogue allows has a gap this long; reaching it means something is wrong. */
const MAX_DAYS = 366 * 20;

/**
 * The covered intervals [start, end) (epoch milliseconds) at or after `fromMs`, in time order.
 *
 * Why offsets appear here: a block such as 02:30–04:00 on a spring-forward night covers the instants
 * whose wall time lies in it (03:00–04:00), and on a fall-back night the repeated hour counts twice.
 * Temporal's disambiguation picks one instant per wall time and cannot say "the first instant at or
 * after 02:30", so the walk goes through stretches of constant UTC offset (between the zone's
 * transitions, which Temporal reports), where wall time and instants map one to one.
 */
function* coveredIntervals(
	clock: WeeklyClock,
	fromMs: number
): Generator<readonly [number, number]> {
	let segment = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(clock.zone);
	let segmentStart = fromMs;
	let days = 0;
	for (;;) {
		const offset = segment.offsetNanoseconds / 1e6;
		const transition = segment.getTimeZoneTransition('next');
		const segmentEnd = transition ? transition.epochMilliseconds : Infinity;
		const wallStart = segmentStart + offset;
		const wallEnd = segmentEnd + offset;
		// Wall-clock time on a day-number scale: day n starts at n × DAY. Weekdays and closed dates are
		// looked up by day number, which keeps the walk cheap (no date objects per day).
		for (let day = Math.floor(wallStart / DAY); day * DAY < wallEnd; day++) {
			if (++days > MAX_DAYS)
				throw new Error(`No covered time within ${MAX_DAYS} days in ${clock.zone}`);
			// A working date (a make-up Saturday) follows a weekday's hours; a closed date has none.
			const blocks =
				clock.blocks.get(isoWeekday(day)) ??
				(clock.days.hasWorking && clock.days.isWorking(day) ? clock.workingBlocks : undefined);
			if (!blocks || clock.days.isClosed(day)) continue;
			const midnight = day * DAY;
			for (const [from, to] of blocks) {
				const a = Math.max(midnight + from * MINUTE, wallStart);
				const b = Math.min(midnight + to * MINUTE, wallEnd);
				if (a < b) yield [a - offset, b - offset];
			}
		}
		if (!transition) return;
		segment = transition;
		segmentStart = segmentEnd;
	}
}

/** Where counting started and ended. */
export interface CoveredSpan {
	/** First covered instant at or after the start: when the clock actually started running. */
	clockStartMs: number;
	/** The earliest instant at which `minutes` of covered time have passed. */
	dueMs: number;
	/** True when the due instant is the end of a covered window (closing time). */
	atWindowEnd: boolean;
}

/**
 * Adds `minutes` of covered time to `fromMs`. A target used up exactly at the end of a window is due
 * at that end (closing time), not at the next opening. With `spans`, the counted stretches are
 * pushed there as [start, end) instants, stretches that touch merged into one (for the trace).
 */
export function addCoveredTime(
	clock: CoverageClock,
	fromMs: number,
	minutes: number,
	spans?: [number, number][]
): CoveredSpan {
	if (!(minutes > 0)) throw new RangeError(`Covered time must be positive, got ${minutes}`);
	if (clock.type === 'elapsed')
		return { clockStartMs: fromMs, dueMs: fromMs + minutes * MINUTE, atWindowEnd: false };
	let remaining = minutes * MINUTE;
	let clockStartMs: number | undefined;
	const record = (start: number, end: number) => {
		if (!spans) return;
		const last = spans.at(-1);
		if (last && last[1] === start) last[1] = end;
		else spans.push([start, end]);
	};
	for (const [start, end] of coveredIntervals(clock, fromMs)) {
		clockStartMs ??= start;
		if (remaining <= end - start) {
			record(start, start + remaining);
			return { clockStartMs, dueMs: start + remaining, atWindowEnd: remaining === end - start };
		}
		record(start, end);
		remaining -= end - start;
	}
	throw new Error('Coverage ended before the target was reached');
}

/**
 * "By the end of the Nth business day": when covered hours end on the Nth covered day. The day the
 * clock starts is the first when the clock was not yet running at `fromMs` (the ticket arrived
 * before that day's hours, or on a closed day); a ticket that arrives while the clock runs makes the
 * next covered day the first.
 */
export function endOfNthCoveredDay(clock: WeeklyClock, fromMs: number, days: number): CoveredSpan {
	if (!(days >= 1 && Number.isInteger(days)))
		throw new RangeError(`Business days must be a whole number from 1, got ${days}`);
	let clockStartMs: number | undefined;
	let counted = 0;
	let currentDay: number | undefined;
	let lastEnd: number | undefined;
	for (const [start, end] of coveredIntervals(clock, fromMs)) {
		clockStartMs ??= start;
		const day = wallDay(start, clock.zone);
		if (day !== currentDay) {
			// Leaving the Nth day: its last covered instant is the deadline.
			if (counted === days) break;
			const running = start === fromMs && currentDay === undefined;
			currentDay = day;
			if (!running) counted++;
		}
		lastEnd = end;
	}
	if (lastEnd === undefined || clockStartMs === undefined || counted < days)
		throw new Error('Coverage ended before the target was reached');
	return { clockStartMs, dueMs: lastEnd, atWindowEnd: true };
}

/** Day number of an instant's wall-clock date in a zone. */
function wallDay(ms: number, zone: string): number {
	const offset =
		Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds;
	return Math.floor((ms + offset / 1e6) / DAY);
}

/** Closed and working dates of the clock met between two instants, in the clock's zone (for the trace). */
export function datesBetween(
	clock: CoverageClock,
	fromMs: number,
	toMs: number
): { closed: DayNote[]; working: DayNote[] } {
	const closed: DayNote[] = [];
	const working: DayNote[] = [];
	if (clock.type === 'elapsed') return { closed, working };
	const last = wallDay(toMs, clock.zone);
	for (let day = wallDay(fromMs, clock.zone); day <= last; day++) {
		const hasHours = clock.blocks.has(isoWeekday(day));
		const closedNote = clock.days.closedNote(day);
		if (closedNote && (hasHours || clock.days.isWorking(day))) closed.push(closedNote);
		if (!hasHours) {
			const workingNote = clock.days.workingNote(day);
			if (workingNote) working.push(workingNote);
		}
	}
	return { closed, working };
}

/** Why the clock stood still between two counted stretches. */
export type ClosedReason = 'break' | 'night' | 'weekend' | 'day-off' | 'holiday' | 'clock-change';

/**
 * What lies between the end of one counted stretch and the start of the next: the kinds of closed
 * time (a break within a day, a night, a weekend, other days without hours, holidays, a change of
 * the clocks) and the holidays by name.
 */
export function describeGap(
	clock: WeeklyClock,
	endMs: number,
	startMs: number
): { reasons: ClosedReason[]; holidays: DayNote[] } {
	const reasons = new Set<ClosedReason>();
	const holidays: DayNote[] = [];
	// A stretch that ends at midnight belongs to the day before: the day after it is one to explain.
	const first = wallDay(endMs - 1, clock.zone);
	const last = wallDay(startMs, clock.zone);
	if (first === last) reasons.add('break');
	for (let day = first + 1; day < last; day++) {
		const weekday = isoWeekday(day);
		const note = clock.days.closedNote(day);
		if (note && (clock.blocks.has(weekday) || clock.days.isWorking(day))) {
			reasons.add('holiday');
			holidays.push(note);
		} else if (!clock.blocks.has(weekday) && !clock.days.isWorking(day))
			reasons.add(weekday >= 6 ? 'weekend' : 'day-off');
	}
	// A night is any gap into a later day that has no other reason.
	if (reasons.size === 0) reasons.add('night');
	const transition = Temporal.Instant.fromEpochMilliseconds(endMs)
		.toZonedDateTimeISO(clock.zone)
		.getTimeZoneTransition('next');
	if (transition && transition.epochMilliseconds < startMs) reasons.add('clock-change');
	return { reasons: [...reasons], holidays };
}
