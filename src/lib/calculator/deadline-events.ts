/**
 * A result's deadlines as calendar events (for the calculator's .ics link): one per deadline, or one
 * per listed time of an update cadence, each a short entry at the due instant that says when it is
 * due and how that one was reached, reminds an hour before and at the time, and links back to the
 * result.
 */
import { plainText } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { DeadlineView } from '#lib/views/parts/deadlines.ts';
import type { IcsEvent } from './ics.ts';
import type { DeadlineTerms } from './state.ts';

/** The result page the events belong to: its query (which makes their ids) and its address. */
export interface ResultPage {
	/** The URL's query, e.g. `?plan=acme/standard&severity=P1&…`: the same inputs give the same ids. */
	search: string;
	/** The full address, the events' link back to the result. */
	href: string;
}

/** Reminders of each event, in minutes before it: an hour ahead, and when it is due. */
export const DEFAULT_ALARMS: readonly number[] = [60, 0];

/**
 * The calendar events of a result's deadlines. `summary` names the plan and level ("Acme · Standard ·
 * P1"); an event's id is stable for the same inputs, so importing the file again updates the entries
 * instead of adding them twice. `terms`, index for index with `views`, adds where each target comes
 * from and what chose it.
 */
export function deadlineEvents(
	views: readonly DeadlineView[],
	summary: string,
	page: ResultPage,
	t: Translate,
	terms: readonly (DeadlineTerms | undefined)[] = []
): IcsEvent[] {
	const due = t('atlas.format.label', { label: t('atlas.calc.label.due') });
	return views.flatMap((view, index) => {
		const times = view.updates ?? [{ instant: view.dueInstant, text: view.dueText }];
		return times.map((at, i) => ({
			uid: `${page.search}#${view.kind}-${i}@plan-atlas`,
			startMs: Date.parse(at.instant),
			// A reminder, not a block of time.
			durationMinutes: 15,
			summary: t('atlas.calc.ics.summary', { kind: view.label, plan: summary }),
			description: [
				`${due}${at.text}`,
				// A name not yet translated is a phrase of pieces: the calendar file takes its words.
				...[terms[index]?.origin, terms[index]?.selectedBy]
					.filter((line) => line !== undefined)
					.map(plainText),
				// The trace explains the first time of a cadence; each later one follows from the one before.
				...(i === 0
					? view.trace
					: [
							t('atlas.calc.ics.nextUpdate', {
								n: i + 1,
								total: times.length,
								previous: times[i - 1]!.text,
								promise: view.promise,
							}),
						]),
				page.href,
			].join('\n'),
			url: page.href,
			alarms: DEFAULT_ALARMS,
		}));
	});
}

/** The .ics file's name for a plan summary: `plan-atlas-acme-standard-p1.ics`. */
export function icsFileName(summary: string): string {
	return `plan-atlas-${summary.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.ics`;
}
