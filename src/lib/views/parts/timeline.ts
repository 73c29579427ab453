/**
 * What a deadline's timeline shows, taken from what the engine counted: the opening, the counted
 * stretches and the time the clock stood still between them, with why. timeline-svg.ts draws it (a
 * module of its own, which the calculator loads only when it has a timeline to draw).
 */
import type { LocaleTag } from '#lib/locales.ts';
import type { ClosedReason } from '#lib/sla/covered-time.ts';
import type { TargetDeadline } from '#lib/sla/deadlines.ts';
import { holidayName } from '#lib/time/regions.ts';

/** A stretch the clock stood still, and why (no reasons: before coverage began). */
export interface TimelinePause {
	fromMs: number;
	toMs: number;
	reasons: ClosedReason[];
	/** Names of the named holidays in it, in the reader's language. */
	holidays: string[];
}

/** What a timeline draws, in epoch milliseconds. */
export interface TimelineData {
	/** The customer's zone, in which times are shown. */
	zone: string;
	openedMs: number;
	clockStartMs: number;
	dueMs: number;
	/** Covered minutes the target counts. */
	minutes: number;
	/** The counted stretches, in order. */
	spans: [number, number][];
	/** The stretches between them (and before the first, when the clock started later). */
	pauses: TimelinePause[];
}

/**
 * The timeline of a counted deadline, or undefined where the engine kept no stretches to draw (a count
 * to the end of a business day). A plain elapsed count is one stretch from its start to its end.
 */
export function countTimeline(d: TargetDeadline, tag: LocaleTag): TimelineData | undefined {
	const opened = d.trace.find((s) => s.step === 'opened');
	const openedMs =
		opened?.step === 'opened' ? opened.at.epochMilliseconds : d.clockStart.epochMilliseconds;
	const clockStartMs = d.clockStart.epochMilliseconds;
	const dueMs = d.due.epochMilliseconds;
	const spans: [number, number][] =
		d.spans.length > 0
			? d.spans.map(([a, b]) => [a, b])
			: d.counting === 'elapsed'
				? [[clockStartMs, dueMs]]
				: [];
	if (!spans.length) return undefined;
	const closed = new Map(
		d.trace.flatMap((s) => (s.step === 'closed' ? [[s.until.epochMilliseconds, s] as const] : []))
	);
	const pauses: TimelinePause[] = [];
	const start = Math.min(openedMs, spans[0]![0]);
	if (start < spans[0]![0])
		pauses.push({ fromMs: start, toMs: spans[0]![0], reasons: [], holidays: [] });
	for (let i = 1; i < spans.length; i++) {
		const step = closed.get(spans[i]![0]);
		pauses.push({
			fromMs: spans[i - 1]![1],
			toMs: spans[i]![0],
			reasons: step?.reasons ?? [],
			// By name; a date closed without one (the reader's own) is a holiday like the others.
			holidays: (step?.holidays ?? []).flatMap((h) => holidayName(h.name, tag) ?? []),
		});
	}
	return {
		zone: d.due.timeZoneId,
		openedMs,
		clockStartMs,
		dueMs,
		minutes: d.countedMinutes,
		spans,
		pauses,
	};
}
