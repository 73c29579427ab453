/**
 * The worked examples of the general FAQ ("how targets are counted"). Each is a real catalogue tier
 * and an opening time chosen to show one rule of the engine; the deadlines are computed by the
 * engine when the site is built, never written by hand.
 */
import type { Catalogue, Tier, Vendor } from '../catalogue/schema.ts';
import { formatDate, formatList } from '../i18n/format.ts';
import type { LocaleTag } from '../i18n/locales.ts';
import { localize } from '../i18n/text.ts';
import type { Translate } from '../i18n/translate.ts';
import { parsePlanId } from '../routes.ts';
import { computeDeadlines, type TargetDeadline } from '../sla/deadlines.ts';
import { isOpeningError, parseOpening, type Opening } from '../sla/opening.ts';
import { describeDeadlines, type DeadlineView } from './deadlines.ts';

/** One scenario: which plan, which severity, when and where the ticket was opened. */
export interface WorkedExampleScenario {
	/** `<vendor>/<tier>`. */
	plan: string;
	severity?: string | undefined;
	/** Local time the ticket was opened, `YYYY-MM-DDTHH:mm`, in `zone`. */
	opened: string;
	/** The customer's IANA zone. */
	zone: string;
	/** Extra closed dates the customer adds (to show what 24x7 coverage does with them). */
	extraClosed?: string[] | undefined;
	/** The target kinds the example is about; the others are left out so the example stays short. */
	kinds: TargetDeadline['kind'][];
}

/** The examples, by the rule each one shows. */
export const workedExamples = {
	/** Opened on a Saturday on a business-hours tier: the clock starts on Monday morning. */
	'outside-coverage': {
		plan: 'amanda/standard',
		severity: 'P1',
		opened: '2026-11-28T11:00',
		zone: 'Europe/Warsaw',
		kinds: ['first-response'],
	},
	/** A target used up exactly when coverage closes is due at closing time, not next morning. */
	'closing-time': {
		plan: 'amanda/standard',
		severity: 'P2',
		opened: '2026-11-24T14:00',
		zone: 'Europe/Warsaw',
		kinds: ['first-response'],
	},
	/** One business day on Mon–Fri 09:00–17:00 is 8 covered hours. */
	'business-day-hours': {
		plan: 'ptc/saas-premium',
		opened: '2026-11-24T10:00',
		zone: 'America/Chicago',
		kinds: ['inquiry-response'],
	},
	/** Business days on a 24x7 tier are whole Monday–Friday days in the customer's zone. */
	'business-day-24x7': {
		plan: 'wati/pro',
		severity: 'P2',
		opened: '2026-11-27T10:00',
		zone: 'Asia/Taipei',
		kinds: ['resolution'],
	},
	/** Elapsed time is real time: 4 hours across the spring DST change end 5 wall-clock hours later. */
	'dst-elapsed': {
		plan: 'amanda/premium',
		severity: 'P3',
		opened: '2026-03-28T23:00',
		zone: 'Europe/Warsaw',
		kinds: ['first-response'],
	},
	/** A local time in the spring DST gap moves forward. */
	'dst-gap': {
		plan: 'amanda/premium',
		severity: 'P1',
		opened: '2026-03-29T02:30',
		zone: 'Europe/Warsaw',
		kinds: ['first-response'],
	},
	/** A local time that occurs twice in autumn means the earlier instant. */
	'dst-repeated': {
		plan: 'amanda/premium',
		severity: 'P1',
		opened: '2026-10-25T02:30',
		zone: 'Europe/Warsaw',
		kinds: ['first-response'],
	},
	/** Holidays remove whole days from business-hours coverage. */
	holidays: {
		plan: 'ptc/saas-standard',
		opened: '2026-12-23T10:00',
		zone: 'Europe/Berlin',
		kinds: ['inquiry-response'],
	},
	/** 24x7x365 coverage ignores holidays, even closed dates the customer adds. */
	'holidays-24x7': {
		plan: 'amanda/premium',
		severity: 'P1',
		opened: '2026-12-25T23:50',
		zone: 'Europe/Warsaw',
		extraClosed: ['2026-12-26'],
		kinds: ['first-response'],
	},
	/** Updates are counted from the first response, one interval after another. */
	'update-cadence': {
		plan: 'tableau/premium',
		severity: 'P1',
		opened: '2026-11-24T10:00',
		zone: 'Europe/Warsaw',
		kinds: ['first-response', 'update'],
	},
} satisfies Record<string, WorkedExampleScenario>;

export type WorkedExampleId = keyof typeof workedExamples;

/** A scenario run through the engine. */
export interface WorkedExampleRun {
	vendor: Vendor;
	tier: Tier;
	scenario: WorkedExampleScenario;
	opening: Opening;
	deadlines: TargetDeadline[];
}

/**
 * Runs one example through the engine. Throws when the catalogue no longer has the plan or the
 * severity, so a catalogue edit that breaks an example fails the build instead of showing nonsense.
 */
export function runWorkedExample(catalogue: Catalogue, id: WorkedExampleId): WorkedExampleRun {
	const scenario: WorkedExampleScenario = workedExamples[id];
	const ids = parsePlanId(scenario.plan);
	const vendor = catalogue.vendors.find((v) => v.id === ids?.vendorId);
	const tier = vendor?.tiers.find((t) => t.id === ids?.tierId);
	if (!vendor || !tier)
		throw new Error(`Worked example "${id}": the catalogue has no plan ${scenario.plan}`);
	if (scenario.severity && !vendor.severities?.levels.some((l) => l.id === scenario.severity)) {
		throw new Error(`Worked example "${id}": ${vendor.id} has no severity ${scenario.severity}`);
	}
	const opening = parseOpening(scenario.opened, scenario.zone);
	if (isOpeningError(opening))
		throw new Error(`Worked example "${id}": ${opening.error} ${opening.value}`);
	const deadlines = computeDeadlines({
		vendor,
		tier,
		severity: scenario.severity,
		opened: opening.at,
		openingAdjustment: opening.adjustment,
		extraClosed: scenario.extraClosed ?? [],
	}).filter((d) => scenario.kinds.includes(d.kind));
	if (deadlines.length === 0)
		throw new Error(
			`Worked example "${id}": ${scenario.plan} has no ${scenario.kinds.join('/')} target`
		);
	return { vendor, tier, scenario, opening, deadlines };
}

/** A worked example as the reader sees it. */
export interface WorkedExampleView {
	id: string;
	/** "Amanda · Standard". */
	plan: string;
	severity?: string | undefined;
	/** The opening time as the customer wrote it, with the zone. */
	openedLocal: string;
	zone: string;
	/** Extra closed dates, formatted; absent when there are none. */
	extraClosed?: string | undefined;
	deadlines: DeadlineView[];
}

/** Builds one worked example for a locale. */
export function buildWorkedExample(
	catalogue: Catalogue,
	id: WorkedExampleId,
	tag: LocaleTag,
	t: Translate
): WorkedExampleView {
	const run = runWorkedExample(catalogue, id);
	const { vendor, tier, scenario } = run;
	const calendarNames = new Map(vendor.calendars.map((c) => [c.id, c.name] as const));
	// The wall-clock time the customer gave is shown as given (it may not exist, see the DST examples);
	// formatting it as an instant in UTC keeps the digits unchanged.
	const [date, time] = scenario.opened.split('T') as [string, string];
	return {
		id,
		plan: t('atlas.faq.example.planName', { vendor: vendor.name, tier: localize(tier.name, tag) }),
		severity: scenario.severity,
		openedLocal: t('atlas.faq.example.openedLocal', { date: formatDate(date, tag), time }),
		zone: scenario.zone,
		extraClosed: scenario.extraClosed?.length
			? formatList(
					scenario.extraClosed.map((d) => formatDate(d, tag)),
					tag
				)
			: undefined,
		deadlines: describeDeadlines(run.deadlines, calendarNames, tag, t),
	};
}
