/**
 * Covered-time arithmetic: from an instant, walk forward through covered intervals until a given
 * amount of covered time has passed. Works in days and windows, never minute by minute.
 */
import { epochDay, type CoverageClock, type WeeklyClock } from './clock.ts';

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
export function* coveredIntervals(
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
			const blocks = clock.blocks.get(isoWeekday(day));
			if (!blocks || clock.closedDays.has(day)) continue;
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

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; day 0, 1970-01-01, was a Thursday. */
function isoWeekday(day: number): number {
	return ((((day + 3) % 7) + 7) % 7) + 1;
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
 * at that end (closing time), not at the next opening.
 */
export function addCoveredTime(clock: CoverageClock, fromMs: number, minutes: number): CoveredSpan {
	if (!(minutes > 0)) throw new RangeError(`Covered time must be positive, got ${minutes}`);
	if (clock.type === 'elapsed')
		return { clockStartMs: fromMs, dueMs: fromMs + minutes * MINUTE, atWindowEnd: false };
	let remaining = minutes * MINUTE;
	let clockStartMs: number | undefined;
	for (const [start, end] of coveredIntervals(clock, fromMs)) {
		clockStartMs ??= start;
		if (remaining <= end - start)
			return { clockStartMs, dueMs: start + remaining, atWindowEnd: remaining === end - start };
		remaining -= end - start;
	}
	throw new Error('Coverage ended before the target was reached');
}

/** Closed dates of the clock met between two instants, in the clock's zone (for the trace). */
export function closedDatesBetween(clock: CoverageClock, fromMs: number, toMs: number): string[] {
	if (clock.type === 'elapsed' || clock.closed.size === 0) return [];
	const wallDay = (ms: number) =>
		epochDay(
			Temporal.Instant.fromEpochMilliseconds(ms)
				.toZonedDateTimeISO(clock.zone)
				.toPlainDate()
				.toString()
		);
	const first = wallDay(fromMs);
	const last = wallDay(toMs);
	return [...clock.closed]
		.filter((d) => {
			const day = epochDay(d);
			return day >= first && day <= last && clock.blocks.has(isoWeekday(day));
		})
		.sort();
}
