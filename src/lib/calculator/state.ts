/**
 * The calculator's state, free of the DOM: what the URL query says, what the form holds, every problem
 * with it (each tied to its field), and the deadlines it gives. The island in src/islands only reads
 * and writes elements; everything it decides comes from here, so it is unit-tested in Node.
 *
 * A new input is one more entry in CALCULATOR_FIELDS (and in RequestText and CalculatorQuery).
 */
import { formatChoices, formatDate, formatPlanName } from '#lib/i18n/format.ts';
import { defaultLevelTerm, type LevelTerm } from '#lib/catalogue/level-terms.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { plainText } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { calculatorPath, parsePlanId } from '#lib/routes.ts';
import { holidaySources } from '#lib/time/clock.ts';
import { computeDeadlines } from '#lib/sla/deadlines.ts';
import { isOpeningError, parseOpening } from '#lib/sla/opening.ts';
import type { HolidayRegion, RegionHolidays } from '#lib/time/regions.ts';
import {
	holidaysProblem,
	isRequestProblem,
	regionProblem,
	resolveRequest,
	vendorPlanOptions,
	zoneProblem,
	type PlanOption,
	type RequestProblem,
	type RequestText,
	type ResolvedRequest,
} from '#lib/sla/request.ts';
import type { CalculatorTier, CalculatorVendor } from '#lib/views/pages/calculator.ts';
import { describeDeadlines, type DeadlineView } from '#lib/views/parts/deadlines.ts';
import { describeRegionNote } from '#lib/views/parts/region-note.ts';
import type { TargetProvenance } from '#lib/views/parts/target-provenance.ts';

/** The form's fields, in form order; each is also a URL query parameter of the same name. */
export const CALCULATOR_FIELDS = [
	'plan',
	'severity',
	'opened',
	'tz',
	'holidays',
	'region',
] as const;
export type CalculatorField = (typeof CALCULATOR_FIELDS)[number];

/** What the form (or the URL) holds: trimmed text per field, absent when empty. */
export type CalculatorInput = Partial<Record<CalculatorField, string>>;

/** A problem with the input and the field it belongs to. */
export interface FieldProblem {
	field: CalculatorField;
	problem: RequestProblem;
}

const PROBLEM_FIELD: Record<RequestProblem['problem'], CalculatorField> = {
	'missing-plan': 'plan',
	'unknown-plan': 'plan',
	'missing-severity': 'severity',
	'no-severities': 'severity',
	'unknown-severity': 'severity',
	'missing-opened': 'opened',
	'invalid-time': 'opened',
	'missing-zone': 'tz',
	'invalid-zone': 'tz',
	'abbreviated-zone': 'tz',
	'invalid-holiday': 'holidays',
	'too-many-holidays': 'holidays',
	'unknown-region': 'region',
	'unknown-request-type': 'severity',
	'severity-and-request-type': 'severity',
	'unknown-add-on': 'plan',
	'unknown-attribute': 'plan',
	'unknown-attribute-value': 'plan',
	'missing-attribute': 'plan',
	'invalid-started': 'opened',
	'started-before-opening': 'opened',
	'invalid-as-of': 'opened',
	'plan-not-in-terms': 'plan',
};

/**
 * The problems of the severity field (see PROBLEM_FIELD), worded in the vendor's term for its levels
 * (see i18n/level-term.ts).
 */
const LEVEL_PROBLEMS = ['missing-severity', 'no-severities', 'unknown-severity'] as const;
const isLevelProblem = (name: RequestProblem['problem']): name is (typeof LEVEL_PROBLEMS)[number] =>
	LEVEL_PROBLEMS.some((level) => level === name);

/** Every plan of the calculator's data as `<vendor>/<tier>` with the severities its targets depend on. */
export function planOptions(vendors: readonly CalculatorVendor[]): PlanOption[] {
	return vendors.flatMap((v) =>
		vendorPlanOptions(
			v.id,
			v.severities.map((s) => s.id),
			v.tiers
		)
	);
}

/** The vendor and tier a `<vendor>/<tier>` value names, where they exist. */
export function findPlan(
	vendors: readonly CalculatorVendor[],
	plan: string | undefined
): { vendor?: CalculatorVendor | undefined; tier?: CalculatorTier | undefined } {
	const ids = plan === undefined ? undefined : parsePlanId(plan);
	if (!ids) return { vendor: undefined, tier: undefined };
	const vendor = vendors.find((v) => v.id === ids.vendorId);
	return { vendor, tier: vendor?.tiers.find((x) => x.id === ids.tierId) };
}

/** The word the plan's vendor uses for its levels (severity or priority); the default for no plan. */
export function levelTermForPlan(
	vendors: readonly CalculatorVendor[],
	plan: string | undefined
): LevelTerm {
	return findPlan(vendors, plan).vendor?.term ?? defaultLevelTerm;
}

/** The form's texts that name the levels, in the word of the plan's vendor. */
export interface LevelLabels {
	/** The level field's label: "Severity" or "Priority". */
	field: string;
	/** The impact × urgency helper's summary: "Help me choose the priority". */
	helpChoose: string;
}

/**
 * The form's texts that name the levels for a plan. The page renders them for its first plan and the
 * island renders them again when the plan changes, from the same function, so they always agree.
 */
export function levelLabels(
	vendors: readonly CalculatorVendor[],
	plan: string | undefined,
	t: Translate
): LevelLabels {
	const term = levelTermForPlan(vendors, plan);
	return {
		field: t(levelKey('atlas.calc.field.severity', term)),
		helpChoose: t(levelKey('atlas.calc.helpChoose', term)),
	};
}

/** Reads the input from a URL query (`?plan=…&severity=…`); unknown parameters are ignored. */
export function inputFromQuery(search: string | URLSearchParams): CalculatorInput {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const input: CalculatorInput = {};
	for (const name of CALCULATOR_FIELDS) {
		const value = params.get(name)?.trim();
		if (value) input[name] = value;
	}
	return input;
}

/** The calculator's URL for an input (what the address bar shows and a copied link reproduces). */
export function urlForInput(tag: LocaleTag, input: CalculatorInput): string {
	return calculatorPath(tag, {
		...input,
		holidays: input.holidays
			?.split(',')
			.map((d) => d.trim())
			.filter(Boolean),
	});
}

/**
 * The input the page starts with: what the URL gives, else the first plan and its most severe level,
 * the reader's zone and the current time there (`now(zone)` gives `YYYY-MM-DDTHH:mm`, throwing for an
 * unknown zone).
 */
export function initialInput(
	query: CalculatorInput,
	options: readonly PlanOption[],
	defaults: { zone: string; now: (zone: string) => string }
): CalculatorInput {
	const plan = query.plan ?? options[0]?.plan;
	const severity =
		query.severity ?? options.find((o) => o.plan === plan)?.severities[0] ?? undefined;
	const tz = query.tz ?? defaults.zone;
	let opened = query.opened;
	if (!opened) {
		try {
			opened = defaults.now(tz);
		} catch {
			opened = defaults.now(defaults.zone);
		}
	}
	const input: CalculatorInput = { ...query, tz, opened };
	if (plan) input.plan = plan;
	if (severity) input.severity = severity;
	return input;
}

/** The severity a plan keeps when the reader switches to it: the current one if it still applies. */
export function severityForPlan(
	options: readonly PlanOption[],
	plan: string,
	current: string | undefined
): string | undefined {
	const choices = options.find((o) => o.plan === plan)?.severities ?? [];
	if (current && choices.includes(current)) return current;
	return choices[0];
}

/**
 * Every problem with the input, one per field at most, in form order (unlike resolveRequest, which
 * stops at the first): the reader sees at once all that needs fixing.
 */
export function checkInput(options: readonly PlanOption[], input: CalculatorInput): FieldProblem[] {
	const found = new Map<CalculatorField, RequestProblem>();
	const add = (problem: RequestProblem) => {
		const field = PROBLEM_FIELD[problem.problem];
		if (!found.has(field)) found.set(field, problem);
	};
	const request = resolveRequest(options, input as RequestText);
	if (!isRequestProblem(request)) return [];
	add(request);
	// Each later field is checked on its own, so one bad value does not hide another.
	const option = options.find((o) => o.plan === input.plan);
	if (option && !found.has('plan')) {
		const choices = [...option.severities];
		if (input.severity && !choices.includes(input.severity))
			add({ problem: 'unknown-severity', value: input.severity, choices });
		else if (!input.severity && choices.length) add({ problem: 'missing-severity', choices });
	}
	if (!input.opened) add({ problem: 'missing-opened' });
	else {
		const time = parseOpening(input.opened, 'UTC');
		if (isOpeningError(time)) add({ problem: 'invalid-time', value: input.opened });
	}
	// The request's own per-field checks, so an abbreviation (PST) gets its suggested zones here too.
	const later = [
		input.tz ? zoneProblem(input.tz) : { problem: 'missing-zone' as const },
		holidaysProblem(input.holidays),
		regionProblem(input.region),
	];
	for (const problem of later) if (problem) add(problem);
	return CALCULATOR_FIELDS.filter((f) => found.has(f)).map((field) => ({
		field,
		problem: found.get(field)!,
	}));
}

/**
 * A problem in the reader's words. `inForm` words the missing time for the form's date-time field,
 * whose display format is the browser's, not the `YYYY-MM-DDTHH:mm` a link or the command line uses.
 * `term` is the plan's vendor's word for its levels, which problems with the level use. `tag` is the
 * reader's locale: it lists the valid choices (Chinese with 、).
 */
export function problemMessage(
	problem: RequestProblem,
	t: Translate,
	inForm = true,
	term: LevelTerm = defaultLevelTerm,
	tag: LocaleTag = 'en'
): string {
	const vars: Record<string, string> = {};
	if ('value' in problem) vars.value = problem.value;
	if ('choices' in problem) vars.choices = formatChoices(problem.choices, tag);
	if ('max' in problem) vars.max = String(problem.max);
	if ('attribute' in problem) vars.attribute = problem.attribute;
	if ('date' in problem) vars.date = formatDate(problem.date, tag, { weekday: false });
	const name = problem.problem;
	if (inForm && name === 'missing-opened') return t('atlas.calc.error.missing-opened-field', vars);
	return t(
		isLevelProblem(name) ? levelKey(`atlas.calc.error.${name}`, term) : `atlas.calc.error.${name}`,
		vars
	);
}

/** The deadlines of a valid input, worded for the locale. */
export interface CalculatorResult {
	request: ResolvedRequest;
	views: DeadlineView[];
	/** Where each deadline's figure and clock come from, in the order of `views`. */
	provenance: (TargetProvenance | undefined)[];
	/** e.g. "Acme · Standard · P1", for calendar entries and file names. */
	summary: string;
	/** The sentence that explains a DST adjustment of the opening time, when there was one. */
	openingNote?: string | undefined;
	/** The reader's region whose holidays were counted, when one was chosen and its data given. */
	region?: RegionHolidays | undefined;
	/** What the result says of the reader's region under the plan's terms (see describeRegionNote). */
	regionNote?: string | undefined;
}

/** Every problem, or the deadlines. */
export type CalculatorOutcome =
	{ ok: true; result: CalculatorResult } | { ok: false; problems: FieldProblem[] };

/**
 * The regions whose holiday data `evaluate` needs for an input: the reader's region (when it is one
 * with data) and every region the plan's calendars name. The caller loads them and passes them in, so
 * this module never fetches anything.
 */
export function regionsNeeded(
	vendors: readonly CalculatorVendor[],
	input: CalculatorInput
): HolidayRegion[] {
	const options = planOptions(vendors);
	const request = resolveRequest(options, input as RequestText);
	if (isRequestProblem(request)) return [];
	const { vendor } = findPlan(vendors, request.plan);
	const named = (vendor?.calendars ?? []).flatMap((c) => {
		const region = c.type === 'weekly' ? holidaySources(c.holidays).region : undefined;
		return region ? [region] : [];
	});
	return [...new Set([...named, ...(request.region ? [request.region] : [])])];
}

/** Holiday data of regions, by region (what the caller loaded for `regionsNeeded`). */
export type RegionDataLookup = (region: HolidayRegion) => RegionHolidays | undefined;

/** The deadlines counted for an input, before they are put into words; or every problem. */
export type CalculatorCount =
	| {
			ok: true;
			request: ResolvedRequest;
			vendor: CalculatorVendor;
			tier: CalculatorTier;
			deadlines: ReturnType<typeof computeDeadlines>;
			region: RegionHolidays | undefined;
	  }
	| { ok: false; problems: FieldProblem[] };

/**
 * Counts the deadlines for an input (Temporal must be available). `regionData` gives the data of
 * the regions `regionsNeeded` lists; without it, no region's holidays are counted.
 */
export function countDeadlines(
	vendors: readonly CalculatorVendor[],
	input: CalculatorInput,
	regionData?: RegionDataLookup
): CalculatorCount {
	const options = planOptions(vendors);
	const request = resolveRequest(options, input as RequestText);
	if (isRequestProblem(request)) return { ok: false, problems: checkInput(options, input) };
	const { vendor, tier } = findPlan(vendors, request.plan);
	const region = request.region ? regionData?.(request.region) : undefined;
	const deadlines = computeDeadlines({
		vendor: vendor!,
		tier: tier!,
		severity: request.severity,
		opened: request.opening.at,
		openingAdjustment: request.opening.adjustment,
		extraClosed: request.holidays,
		region,
		regionData,
	});
	return { ok: true, request, vendor: vendor!, tier: tier!, deadlines, region };
}

/** Puts counted deadlines into words in locale `tag` (the problems pass through). */
export function describeCount(
	count: CalculatorCount,
	tag: LocaleTag,
	t: Translate
): CalculatorOutcome {
	if (!count.ok) return count;
	const { request, vendor, tier, deadlines, region } = count;
	const views = describeDeadlines(
		deadlines,
		new Map(vendor.calendars.map((c) => [c.id, c.name])),
		tag,
		t
	);
	return {
		ok: true,
		result: {
			request,
			views,
			provenance: deadlines.map((d) => tier.provenance[tier.targets.indexOf(d.target)]),
			summary: formatPlanName(vendor.name, plainText(tier.name), t, request.severity),
			openingNote: request.opening.adjustment ? views[0]?.trace[0] : undefined,
			region,
			regionNote: describeRegionNote(deadlines, region, tag, t),
		},
	};
}

/**
 * Computes the deadlines for an input and puts them into words: `countDeadlines`, then
 * `describeCount` (the calculator runs the two as separate tasks).
 */
export function evaluate(
	vendors: readonly CalculatorVendor[],
	input: CalculatorInput,
	tag: LocaleTag,
	t: Translate,
	regionData?: RegionDataLookup
): CalculatorOutcome {
	return describeCount(countDeadlines(vendors, input, regionData), tag, t);
}
