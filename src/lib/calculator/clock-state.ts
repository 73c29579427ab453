/**
 * Where a deadline's clock stands at a moment, and that in words, as a deadline card leads with it:
 * "Clock not running: starts Mon, Nov 30, 08:00 your time", "Running: 3 hours 20 minutes of 8 hours
 * left", "Paused until Mon, Nov 30, 08:00: 30 minutes of 1 hour left", "Passed 2 hours ago".
 */
import { formatMinutes, formatShortDateTime } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { TimelineData } from '#lib/views/parts/timeline.ts';

/** The count a state is read from: what a timeline draws (spans may be absent). */
export type ClockCount = Pick<TimelineData, 'clockStartMs' | 'dueMs' | 'minutes'> & {
	spans?: readonly (readonly [number, number])[] | undefined;
};

export type ClockState =
	/** Before the first covered minute. */
	| { state: 'waiting'; startsMs: number }
	/** Counting; `leftMinutes` of covered time remain of `ofMinutes`. */
	| { state: 'running'; leftMinutes: number; ofMinutes: number }
	/** Between two counted stretches: stands still until `resumesMs`. */
	| { state: 'paused'; leftMinutes: number; ofMinutes: number; resumesMs: number }
	/** The deadline is past, by `agoMinutes`. */
	| { state: 'passed'; agoMinutes: number };

const MINUTE = 60_000;

/**
 * The clock's state at `nowMs`. Covered time left is summed over the counted stretches after now;
 * without stretches (a count to a day's end) it is the time left on the wall clock.
 */
export function clockState(count: ClockCount, nowMs: number): ClockState {
	const { clockStartMs, dueMs, minutes } = count;
	if (nowMs >= dueMs) return { state: 'passed', agoMinutes: Math.floor((nowMs - dueMs) / MINUTE) };
	if (nowMs < clockStartMs) return { state: 'waiting', startsMs: clockStartMs };
	const spans = count.spans ?? [];
	if (!spans.length)
		return {
			state: 'running',
			leftMinutes: Math.ceil((dueMs - nowMs) / MINUTE),
			ofMinutes: minutes,
		};
	let left = 0;
	let inside = false;
	let resumesMs: number | undefined;
	for (const [from, to] of spans) {
		if (to <= nowMs) continue;
		if (from <= nowMs) inside = true;
		else resumesMs ??= from;
		left += to - Math.max(from, nowMs);
	}
	const leftMinutes = Math.ceil(left / MINUTE);
	return inside || resumesMs === undefined
		? { state: 'running', leftMinutes, ofMinutes: minutes }
		: { state: 'paused', leftMinutes, ofMinutes: minutes, resumesMs };
}

/** A clock's state in words, times in the reader's `zone`. */
export function describeClockState(
	state: ClockState,
	tag: LocaleTag,
	zone: string,
	t: Translate
): string {
	const time = (ms: number) => formatShortDateTime(ms, tag, zone);
	const amount = (minutes: number) => formatMinutes(minutes, tag, { days: true });
	switch (state.state) {
		case 'waiting':
			return t('atlas.calc.state.waiting', { time: time(state.startsMs) });
		case 'running':
			return t('atlas.calc.state.running', {
				left: amount(state.leftMinutes),
				total: amount(state.ofMinutes),
			});
		case 'paused':
			return t('atlas.calc.state.paused', {
				time: time(state.resumesMs),
				left: amount(state.leftMinutes),
				total: amount(state.ofMinutes),
			});
		case 'passed':
			return t('atlas.calc.countdown.overdue', { duration: amount(state.agoMinutes) });
	}
}
