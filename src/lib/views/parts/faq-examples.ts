/**
 * The worked examples of the general FAQ ("how targets are counted"). Each is an opening time chosen
 * to show one rule of the engine, run on a real plan of the catalogue that shows it; the deadlines are
 * computed by the engine when the site is built, never written by hand.
 */
import { countTimeline, type TimelineData } from './timeline.ts';
import { tierCoverage } from '#lib/catalogue/query.ts';
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Catalogue, Tier, Vendor } from '#lib/catalogue/schema.ts';
import { translatedIntoEveryLocale } from '#lib/catalogue/texts.ts';
import { formatDate, formatList, formatPlanName } from '#lib/i18n/format.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localize, localizePhrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { computeDeadlines, type TargetDeadline } from '#lib/sla/deadlines.ts';
import { holidaySources } from '#lib/time/clock.ts';
import { isOpeningError, parseOpening, type Opening } from '#lib/sla/opening.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import { describeDeadlines, type DeadlineView } from './deadlines.ts';
import { targetProvenance, type TargetProvenance } from './target-provenance.ts';

/**
 * One scenario: when and where a ticket was opened, and what the result must show. The plan is not
 * named here: it is chosen from the catalogue being built (see {@link runWorkedExample}), so any
 * catalogue that validates builds, and an example no plan can show is left out instead of failing.
 */
export interface WorkedExampleScenario {
	/** Local time the ticket was opened, `YYYY-MM-DDTHH:mm`, in `zone`. */
	opened: string;
	/** The customer's IANA zone. */
	zone: string;
	/** Extra closed dates the customer adds (to show what 24x7 coverage does with them). */
	extraClosed?: string[] | undefined;
	/**
	 * The deadlines of one plan and severity that show the rule, or undefined when they do not (then
	 * the next plan of the catalogue is tried). Returning a subset keeps the example short.
	 */
	select: (deadlines: TargetDeadline[], opening: Opening) => TargetDeadline[] | undefined;
}

/** The first deadline that passes `test`, alone, or undefined. */
function one(
	deadlines: TargetDeadline[],
	test: (d: TargetDeadline) => boolean
): TargetDeadline[] | undefined {
	const found = deadlines.find(test);
	return found ? [found] : undefined;
}

/** Minutes on the wall clock between two times in the same zone. */
function wallClockMinutes(from: Temporal.ZonedDateTime, to: Temporal.ZonedDateTime): number {
	return from.toPlainDateTime().until(to.toPlainDateTime(), { largestUnit: 'minutes' }).minutes;
}

/** Counted in covered hours or minutes (not business days), so the example reads simply. */
const inHours = (d: TargetDeadline) =>
	d.target.kind !== 'update' && d.target.within.unit !== 'business-days';

/** The examples, by the rule each one shows. */
export const workedExamples = {
	/** Opened on a Saturday on a business-hours plan: the clock starts on Monday morning. */
	'outside-coverage': {
		opened: '2026-11-28T11:00',
		zone: 'Europe/Warsaw',
		select: (deadlines, opening) =>
			one(
				deadlines,
				(d) =>
					inHours(d) &&
					d.counting === 'weekly-hours' &&
					d.clockStart.epochMilliseconds > opening.at.epochMilliseconds
			),
	},
	/** A target used up exactly when coverage closes is due at closing time, not next morning. */
	'closing-time': {
		opened: '2026-11-24T14:00',
		zone: 'Europe/Warsaw',
		select: (deadlines) =>
			one(deadlines, (d) => inHours(d) && d.counting === 'weekly-hours' && d.atClosing),
	},
	/**
	 * One business day on weekly hours is the covered length of one day (8 hours on 09:00–17:00); a
	 * target due at the end of the Nth business day counts otherwise, so it does not show this rule.
	 */
	'business-day-hours': {
		opened: '2026-11-24T10:00',
		zone: 'America/Chicago',
		select: (deadlines) =>
			one(
				deadlines,
				(d) =>
					d.target.kind !== 'update' &&
					d.target.within.unit === 'business-days' &&
					d.target.within.count !== 'end-of-day' &&
					d.counting === 'weekly-hours'
			),
	},
	/** Business days on a 24x7 plan are whole Monday–Friday days in the customer's zone. */
	'business-day-24x7': {
		opened: '2026-11-27T10:00',
		zone: 'Asia/Taipei',
		select: (deadlines) => one(deadlines, (d) => d.counting === 'whole-weekdays'),
	},
	/** Elapsed time is real time: 4 hours across the spring DST change end 5 wall-clock hours later. */
	'dst-elapsed': {
		opened: '2026-03-28T23:00',
		zone: 'Europe/Warsaw',
		select: (deadlines, opening) =>
			one(
				deadlines,
				(d) =>
					inHours(d) &&
					d.counting === 'elapsed' &&
					wallClockMinutes(opening.at, d.due) === d.countedMinutes + 60
			),
	},
	/** A local time in the spring DST gap moves forward. */
	'dst-gap': {
		opened: '2026-03-29T02:30',
		zone: 'Europe/Warsaw',
		select: (deadlines, opening) =>
			opening.adjustment === 'skipped-forward'
				? one(deadlines, (d) => inHours(d) && d.counting === 'elapsed')
				: undefined,
	},
	/** A local time that occurs twice in autumn means the earlier instant. */
	'dst-repeated': {
		opened: '2026-10-25T02:30',
		zone: 'Europe/Warsaw',
		select: (deadlines, opening) =>
			opening.adjustment === 'ambiguous-earlier'
				? one(deadlines, (d) => inHours(d) && d.counting === 'elapsed')
				: undefined,
	},
	/** Holidays remove whole days from business-hours coverage. */
	holidays: {
		opened: '2026-12-23T10:00',
		zone: 'Europe/Berlin',
		select: (deadlines) =>
			one(deadlines, (d) => d.counting === 'weekly-hours' && d.closedDates.length > 0),
	},
	/** 24x7x365 coverage ignores holidays, even closed dates the customer adds. */
	'holidays-24x7': {
		opened: '2026-12-25T23:50',
		zone: 'Europe/Warsaw',
		extraClosed: ['2026-12-26'],
		select: (deadlines, opening) =>
			one(
				deadlines,
				(d) =>
					inHours(d) &&
					d.counting === 'elapsed' &&
					// Long enough to run past the closed date the customer added.
					d.due.toPlainDate().toString() > '2026-12-25' &&
					d.due.epochMilliseconds - opening.at.epochMilliseconds === d.countedMinutes * 60_000
			),
	},
	/** Updates are counted from the first response, one interval after another. */
	'update-cadence': {
		opened: '2026-11-24T10:00',
		zone: 'Europe/Warsaw',
		select: (deadlines) => {
			const response = deadlines.find((d) => d.kind === 'first-response');
			const update = deadlines.find(
				(d) =>
					d.kind === 'update' &&
					d.trace.some((s) => s.step === 'cadence' && s.from === 'first-response')
			);
			return response && update ? [response, update] : undefined;
		},
	},
} satisfies Record<string, WorkedExampleScenario>;

export type WorkedExampleId = keyof typeof workedExamples;

/** The ids of the examples, in the order the general FAQ shows them. */
export const workedExampleIds = Object.keys(workedExamples) as WorkedExampleId[];

/** A scenario run through the engine on the plan chosen for it. */
export interface WorkedExampleRun {
	vendor: Vendor;
	tier: Tier;
	severity?: string | undefined;
	scenario: WorkedExampleScenario;
	opening: Opening;
	deadlines: TargetDeadline[];
}

const runs = new WeakMap<Catalogue, Map<WorkedExampleId, WorkedExampleRun | undefined>>();

/**
 * Runs one example on the first plan and severity of the catalogue (in catalogue order, of vendors
 * written in every locale) whose deadlines show its rule; undefined when none does, so the page
 * leaves the example out. Results are kept per catalogue: every locale's page asks for the same
 * examples.
 */
export function runWorkedExample(
	catalogue: Catalogue,
	id: WorkedExampleId
): WorkedExampleRun | undefined {
	let cache = runs.get(catalogue);
	if (!cache) runs.set(catalogue, (cache = new Map()));
	if (cache.has(id)) return cache.get(id);
	const run = findRun(catalogue, workedExamples[id]);
	cache.set(id, run);
	return run;
}

function findRun(
	catalogue: Catalogue,
	scenario: WorkedExampleScenario
): WorkedExampleRun | undefined {
	const opening = parseOpening(scenario.opened, scenario.zone);
	if (isOpeningError(opening)) return undefined;
	for (const vendor of catalogue.vendors) {
		// A region's public holidays come from generated data the page does not load; an example must
		// follow from what the catalogue itself states, so such vendors are not chosen.
		if (vendor.calendars.some((c) => c.type === 'weekly' && holidaySources(c.holidays).region))
			continue;
		// The general FAQ has no place to say that a text is shown in English: an example names a
		// plan whose texts every locale has.
		if (!translatedIntoEveryLocale(vendor)) continue;
		const severities: (string | undefined)[] = vendor.severities?.levels.map((l) => l.id) ?? [
			undefined,
		];
		for (const tier of vendor.tiers) {
			for (const severity of severities) {
				const all = computeDeadlines({
					vendor,
					tier,
					severity,
					opened: opening.at,
					openingAdjustment: opening.adjustment,
					extraClosed: scenario.extraClosed ?? [],
				});
				// An example gives only the opening: a target whose clock starts when the vendor sets the
				// level would count from a time the example does not give.
				const deadlines = scenario.select(
					all.filter((d) => d.startEvent.event !== 'severity-assigned'),
					opening
				);
				if (!deadlines?.length) continue;
				// Targets that do not depend on severity (an inquiry reply) are shown without one.
				const bySeverity = deadlines.some((d) => d.target.severity !== undefined);
				return {
					vendor,
					tier,
					severity: bySeverity ? severity : undefined,
					scenario,
					opening,
					deadlines,
				};
			}
		}
	}
	return undefined;
}

/** A worked example as the reader sees it. */
export interface WorkedExampleView {
	id: string;
	/** The vendor and tier the example runs on (its markers belong to that tier). */
	vendorId: string;
	tierId: string;
	/** "Acme · Standard". */
	plan: string;
	severity?: string | undefined;
	/** What the plan's vendor calls the level: "Severity" or "Priority". */
	severityLabel: string;
	/** The opening time as the customer wrote it, with the zone. */
	openedLocal: string;
	zone: string;
	/** Extra closed dates, formatted; absent when there are none. */
	extraClosed?: string | undefined;
	/** Each deadline with where its figure and clock come from, and its timeline where it has one. */
	deadlines: (DeadlineView & {
		provenance: TargetProvenance;
		timeline?: TimelineData | undefined;
	})[];
}

/** Builds one worked example for a locale. */
export function buildWorkedExample(
	catalogue: Catalogue,
	id: WorkedExampleId,
	tag: LocaleTag,
	t: Translate
): WorkedExampleView | undefined {
	const run = runWorkedExample(catalogue, id);
	if (!run) return undefined;
	const { vendor, tier, scenario } = run;
	const calendarNames = new Map(
		vendor.calendars.map((c) => [c.id, localizePhrase(c.name, tag)] as const)
	);
	// The wall-clock time the customer gave is shown as written (it may not exist, see the DST
	// examples), not as an instant.
	const [date, time] = scenario.opened.split('T') as [string, string];
	return {
		id,
		vendorId: vendor.id,
		tierId: tier.id,
		plan: formatPlanName(vendor.name, localize(tier.name, tag), t),
		severity: run.severity,
		severityLabel: t(levelKey('atlas.faq.example.severity', vendorLevelTerm(vendor))),
		openedLocal: t('atlas.faq.example.openedLocal', { date: formatDate(date, tag), time }),
		zone: scenario.zone,
		extraClosed: scenario.extraClosed?.length
			? formatList(
					scenario.extraClosed.map((d) => formatDate(d, tag)),
					tag
				)
			: undefined,
		deadlines: describeDeadlines(run.deadlines, calendarNames, tag, t).map((view, i) => {
			const deadline = run.deadlines[i]!;
			const calendar = resolveCalendar(
				vendor,
				tierCoverage(vendor, tier),
				deadline.target.severity
			);
			return {
				...view,
				provenance: targetProvenance(vendor, deadline.target, calendar, tag, t),
				timeline: countTimeline(deadline, tag),
			};
		}),
	};
}
