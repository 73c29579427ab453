/**
 * Covered-time arithmetic: from an instant, walk forward through covered intervals until a given
 * amount of covered time has passed. Works in days and windows, never minute by minute.
 */
import type { CoverageClock, WeeklyClock } from './clock.ts';

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
export function* coveredIntervals(clock: WeeklyClock, fromMs: number): Generator<readonly [number, number]> {
	let segment = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(clock.zone);
	let segmentStart = fromMs;
	let days = 0;
	for (;;) {
		const offset = segment.offsetNanoseconds / 1e6;
		const transition = segment.getTimeZoneTransition('next');
		const segmentEnd = transition ? transition.epochMilliseconds : Infinity;
		const wallStart = segmentStart + offset;
		const wallEnd = segmentEnd + offset;
		let date = segment.toPlainDate();
		// Wall-clock midnight of `date`, on the same scale as wallStart (epoch ms as if the zone were UTC).
		let midnight = date.toZonedDateTime('UTC').epochMilliseconds;
		while (midnight < wallEnd) {
			if (++days > MAX_DAYS) throw new Error(`No covered time within ${MAX_DAYS} days in ${clock.zone}`);
			const blocks = clock.blocks.get(date.dayOfWeek);
			if (blocks && !clock.closed.has(date.toString())) {
				for (const [from, to] of blocks) {
					const a = Math.max(midnight + from * MINUTE, wallStart);
					const b = Math.min(midnight + to * MINUTE, wallEnd);
					if (a < b) yield [a - offset, b - offset];
				}
			}
			date = date.add({ days: 1 });
			midnight += DAY;
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
}

/**
 * Adds `minutes` of covered time to `fromMs`. A target used up exactly at the end of a window is due
 * at that end (closing time), not at the next opening.
 */
export function addCoveredTime(clock: CoverageClock, fromMs: number, minutes: number): CoveredSpan {
	if (!(minutes > 0)) throw new RangeError(`Covered time must be positive, got ${minutes}`);
	if (clock.type === 'elapsed') return { clockStartMs: fromMs, dueMs: fromMs + minutes * MINUTE };
	let remaining = minutes * MINUTE;
	let clockStartMs: number | undefined;
	for (const [start, end] of coveredIntervals(clock, fromMs)) {
		clockStartMs ??= start;
		if (remaining <= end - start) return { clockStartMs, dueMs: start + remaining };
		remaining -= end - start;
	}
	throw new Error('Coverage ended before the target was reached');
}

/** Whether the instant is inside covered time (for the trace: "opened outside support hours"). */
export function isCovered(clock: CoverageClock, atMs: number): boolean {
	if (clock.type === 'elapsed') return true;
	const first = coveredIntervals(clock, atMs).next();
	return !first.done && first.value[0] === atMs;
}

/** Closed dates of the clock met between two instants, in the clock's zone (for the trace). */
export function closedDatesBetween(clock: CoverageClock, fromMs: number, toMs: number): string[] {
	if (clock.type === 'elapsed' || clock.closed.size === 0) return [];
	const first = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(clock.zone).toPlainDate();
	const last = Temporal.Instant.fromEpochMilliseconds(toMs).toZonedDateTimeISO(clock.zone).toPlainDate();
	return [...clock.closed]
		.filter((d) => {
			const date = Temporal.PlainDate.from(d);
			return Temporal.PlainDate.compare(date, first) >= 0 && Temporal.PlainDate.compare(date, last) <= 0 && clock.blocks.has(date.dayOfWeek);
		})
		.sort();
}
