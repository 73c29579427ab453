/**
 * Deadlines in words for one locale: what the calculator, the command line and the worked examples
 * show. Sentences come from the UI strings (`atlas.calc.*`); values from lib/i18n/format.
 */
import type { LocalizedText } from '../catalogue/schema.ts';
import {
	formatDate,
	formatDateTime,
	formatList,
	formatMinutes,
	formatTargetAmount,
} from '../i18n/format.ts';
import type { LocaleTag } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import type { TargetDeadline, TraceStep } from '../sla/deadlines.ts';

export interface DeadlineView {
	kind: TargetDeadline['kind'];
	/** e.g. "First response". */
	label: string;
	severity?: string | undefined;
	/** What the plan promises, e.g. "1 hour", "every 24 hours". */
	promise: string;
	/** The coverage that counts it, e.g. "Business hours (Mon–Fri 08:00–17:00, local time)". */
	coverage: string;
	/** The due instant, ISO 8601 in UTC, for `<time datetime>` and calendars. */
	dueInstant: string;
	/** The due instant with its zone, RFC 9557. */
	dueZoned: string;
	/** The due time in the customer's zone, for readers. */
	dueText: string;
	/** The due time in the coverage zone, when that zone differs from the customer's. */
	dueInCoverageZoneText?: string | undefined;
	/** For updates: every listed update time. */
	updates?: { instant: string; text: string }[] | undefined;
	/** How the deadline was reached, sentence by sentence. */
	trace: string[];
}

/** The trace, worded. `zone` is the customer's zone, in which times are shown. */
export function describeTrace(trace: readonly TraceStep[], tag: LocaleTag, t: Translate): string[] {
	const time = (at: Temporal.ZonedDateTime) =>
		formatDateTime(at.epochMilliseconds, tag, at.timeZoneId);
	return trace.flatMap((step): string[] => {
		switch (step.step) {
			case 'opened':
				if (step.adjustment === 'skipped-forward')
					return [
						t('atlas.calc.trace.openedSkipped', { zone: step.at.timeZoneId, time: time(step.at) }),
					];
				if (step.adjustment === 'ambiguous-earlier')
					return [
						t('atlas.calc.trace.openedAmbiguous', {
							zone: step.at.timeZoneId,
							time: time(step.at),
						}),
					];
				return [t('atlas.calc.trace.opened', { time: time(step.at) })];
			case 'clock-start':
				return [
					step.outsideCoverage
						? t('atlas.calc.trace.clockStartLater', { time: time(step.at) })
						: t('atlas.calc.trace.clockStartNow'),
				];
			case 'closed-dates':
				return [
					t('atlas.calc.trace.closedDates', {
						dates: formatList(
							step.dates.map((d) => formatDate(d, tag)),
							tag
						),
					}),
				];
			case 'business-days':
				return [
					t('atlas.calc.trace.businessDays', {
						count: step.days,
						duration: formatMinutes(step.days * step.minutesPerDay, tag),
						perDay: formatMinutes(step.minutesPerDay, tag),
					}),
					...(step.wholeWeekdays ? [t('atlas.calc.trace.wholeWeekdays')] : []),
				];
			case 'count':
				return [
					t(step.elapsed ? 'atlas.calc.trace.countElapsed' : 'atlas.calc.trace.countCovered', {
						duration: formatMinutes(step.minutes, tag),
					}),
				];
			case 'cadence':
				return [
					t(
						step.from === 'first-response'
							? 'atlas.calc.trace.cadenceAfterFirstResponse'
							: 'atlas.calc.trace.cadenceAfterOpened',
						{ duration: formatMinutes(step.minutes, tag) }
					),
				];
			case 'due':
				return [
					t(step.atClosing ? 'atlas.calc.trace.dueAtClosing' : 'atlas.calc.trace.due', {
						time: time(step.at),
					}),
				];
		}
	});
}

/** Deadlines as the reader sees them. `calendarNames` maps calendar ids to their (localized) names. */
export function describeDeadlines(
	deadlines: readonly TargetDeadline[],
	calendarNames: ReadonlyMap<string, LocalizedText | string>,
	tag: LocaleTag,
	t: Translate
): DeadlineView[] {
	return deadlines.map((d) => {
		const name = calendarNames.get(d.calendarId);
		const differentZone = d.coverageZone !== d.due.timeZoneId;
		return {
			kind: d.kind,
			label: t(`atlas.target.kind.${d.kind}`),
			severity: d.severity,
			promise: formatTargetAmount(d.target, tag, t),
			coverage: name === undefined ? d.calendarId : typeof name === 'string' ? name : name[tag],
			dueInstant: d.due.toInstant().toString(),
			dueZoned: d.due.toString(),
			dueText: formatDateTime(d.due.epochMilliseconds, tag, d.due.timeZoneId),
			dueInCoverageZoneText: differentZone
				? formatDateTime(d.due.epochMilliseconds, tag, d.coverageZone)
				: undefined,
			updates: d.updates?.map((u) => ({
				instant: u.toInstant().toString(),
				text: formatDateTime(u.epochMilliseconds, tag, u.timeZoneId),
			})),
			trace: describeTrace(d.trace, tag, t),
		};
	});
}
