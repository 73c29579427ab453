/**
 * Deadlines in words for one locale: what the calculator, the command line and the worked examples
 * show. Sentences come from the UI strings (`atlas.calc.*`); values from lib/i18n/format.
 */
import {
	formatDate,
	formatDateTime,
	formatList,
	formatMinutes,
	formatShortDateTime,
	formatTargetAmount,
	formatTimeRange,
	inSentence,
} from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { editStart, type Phrase } from '#lib/i18n/text.ts';
import type { Translate, UiKey } from '#lib/i18n/translate.ts';
import type { ClosedReason } from '#lib/sla/covered-time.ts';
import type { DayNote } from '#lib/time/days.ts';
import type { TargetDeadline, TraceStep } from '#lib/sla/deadlines.ts';
import { holidayName } from '#lib/time/regions.ts';
import { regionName } from './region-note.ts';

export interface DeadlineView {
	kind: TargetDeadline['kind'];
	/** e.g. "First response". */
	label: string;
	severity?: string | undefined;
	/** What the plan promises, e.g. "1 hour", "every 24 hours". */
	promise: string;
	/** The coverage that counts it, e.g. "Business hours (Mon–Fri 08:00–17:00, local time)". */
	coverage: Phrase;
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
	/**
	 * Where the reader's region was counted as a what-if (the terms are silent): the deadline without
	 * its holidays, which is the catalogue's reading, in a sentence ("… : due Fri, Oct 9, 17:00").
	 */
	withoutRegionText?: string | undefined;
	/** How the deadline was reached, sentence by sentence. */
	trace: string[];
	/** The count in instants: when the clock starts, the deadline, the covered minutes and stretches. */
	count: {
		/** The customer's zone, in which the clock's state is told. */
		zone: string;
		clockStartMs: number;
		dueMs: number;
		minutes: number;
		spans: [number, number][];
	};
}

/** A closed or working date for readers, with its holiday name where there is one. */
function describeDay(note: DayNote, tag: LocaleTag, t: Translate): string {
	const name = holidayName(note.name, tag);
	const date = formatDate(note.date, tag);
	if (!name) return date;
	// A Chinese or Korean date already ends in its weekday's brackets: the name joins them
	// ("2026年10月1日（周四，国庆节）", "2026년 10월 5일 (월, 개천절 대체공휴일)") rather than opening a
	// second pair beside them.
	if (date.endsWith('）')) return `${date.slice(0, -1)}，${name}）`;
	if (date.endsWith(')')) return `${date.slice(0, -1)}, ${name})`;
	return `${date}${t('atlas.format.parenthetical', { note: name })}`;
}

/** UI string keys of the kinds of closed time. */
const reasonKeys: Readonly<Record<ClosedReason, UiKey>> = {
	break: 'atlas.calc.trace.reason.break',
	night: 'atlas.calc.trace.reason.night',
	weekend: 'atlas.calc.trace.reason.weekend',
	'day-off': 'atlas.calc.trace.reason.dayOff',
	holiday: 'atlas.calc.trace.reason.holiday',
	'clock-change': 'atlas.calc.trace.reason.clockChange',
};

/** The trace, worded. Times are shown in the zone of each step (the customer's zone). */
export function describeTrace(trace: readonly TraceStep[], tag: LocaleTag, t: Translate): string[] {
	const time = (at: Temporal.ZonedDateTime) =>
		formatDateTime(at.epochMilliseconds, tag, at.timeZoneId);
	// Business days counted as whole weekdays (on 24x7 coverage): the clock waits for a business day,
	// not for coverage, and a deadline at midnight is the end of a business day, not a closing time.
	const wholeWeekdays = trace.some((s) => s.step === 'business-days' && s.wholeWeekdays);
	const days = (notes: readonly DayNote[]) =>
		formatList(
			notes.map((d) => describeDay(d, tag, t)),
			tag
		);
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
			case 'start-event':
				if (step.event === 'severity-assigned')
					return [
						step.given
							? t('atlas.calc.trace.startAssigned', { time: time(step.at) })
							: t('atlas.calc.trace.startAssignedUnknown'),
					];
				return step.stated ? [] : [t('atlas.calc.trace.startUnstated')];
			case 'clock-start':
				return [
					step.outsideCoverage
						? t(
								wholeWeekdays
									? 'atlas.calc.trace.clockStartNextBusinessDay'
									: 'atlas.calc.trace.clockStartLater',
								{ time: time(step.at) }
							)
						: t('atlas.calc.trace.clockStartNow'),
				];
			case 'closed-dates':
				return [t('atlas.calc.trace.closedDates', { dates: days(step.dates) })];
			case 'working-dates':
				return [t('atlas.calc.trace.workingDates', { dates: days(step.dates) })];
			case 'span':
				return [
					t('atlas.calc.trace.span', {
						range: formatTimeRange(
							step.from.epochMilliseconds,
							step.to.epochMilliseconds,
							tag,
							step.from.timeZoneId
						),
						duration: formatMinutes(step.minutes, tag),
					}),
				];
			case 'closed': {
				// A holiday item holds its own list of dates: it goes last, so that list ends the sentence
				// and no word of the outer list follows it ("weekend and holiday on A and B").
				const ordered = [...step.reasons].sort(
					(a, b) => Number(a === 'holiday') - Number(b === 'holiday')
				);
				const reasons = ordered.map((r) =>
					r === 'holiday' && step.holidays.length
						? t('atlas.calc.trace.reason.holidays', {
								count: step.holidays.length,
								dates: formatList(
									step.holidays.map((d) => describeDay(d, tag, t)),
									tag,
									{ nested: true }
								),
							})
						: t(reasonKeys[r])
				);
				return [
					t('atlas.calc.trace.closedUntil', {
						time: formatShortDateTime(step.until.epochMilliseconds, tag, step.until.timeZoneId),
						reasons: formatList(reasons, tag),
					}),
				];
			}
			case 'spans-omitted':
				return [
					t('atlas.calc.trace.spansOmitted', {
						count: step.count,
						duration: formatMinutes(step.minutes, tag),
					}),
				];
			case 'region-years':
				return [
					t('atlas.calc.trace.regionYears', {
						count: step.years.length,
						region: regionName(step.region, tag, t),
						years: formatList(
							step.years.map((y) => String(y)),
							tag
						),
						from: String(step.covered[0]),
						to: String(step.covered[1]),
					}),
				];
			case 'business-days':
				if (step.endOfDay)
					return [
						t('atlas.calc.trace.businessDaysEndOfDay', { count: step.days }),
						...(step.wholeWeekdays ? [t('atlas.calc.trace.wholeWeekdays')] : []),
					];
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
					t(
						step.atClosing
							? wholeWeekdays
								? 'atlas.calc.trace.dueAtDayEnd'
								: 'atlas.calc.trace.dueAtClosing'
							: 'atlas.calc.trace.due',
						{ time: time(step.at) }
					),
				];
		}
	});
}

/** Deadlines as the reader sees them. `calendarNames` maps calendar ids to their names in the locale. */
export function describeDeadlines(
	deadlines: readonly TargetDeadline[],
	calendarNames: ReadonlyMap<string, Phrase>,
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
			// Shown after a label or in brackets, inside a line of text.
			coverage: editStart(name ?? d.calendarId, (text, lang) => inSentence(text, lang ?? tag)),
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
			withoutRegionText: d.withoutRegion
				? d.withoutRegion.epochMilliseconds === d.due.epochMilliseconds
					? t('atlas.calc.withoutRegionSame')
					: t('atlas.calc.withoutRegion', {
							time: formatDateTime(
								d.withoutRegion.epochMilliseconds,
								tag,
								d.withoutRegion.timeZoneId
							),
						})
				: undefined,
			trace: describeTrace(d.trace, tag, t),
			count: {
				zone: d.due.timeZoneId,
				clockStartMs: d.clockStart.epochMilliseconds,
				dueMs: d.due.epochMilliseconds,
				minutes: d.countedMinutes,
				spans: d.spans,
			},
		};
	});
}
