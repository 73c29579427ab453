/**
 * The calculator's state, free of the DOM: what the URL query says, what the form holds, every problem
 * with it (each tied to its field), and the deadlines it gives. The island in src/islands only reads
 * and writes elements; everything it decides comes from here, so it is unit-tested in Node.
 *
 * A new input is one more entry in CALCULATOR_FIELDS (and in RequestText and CalculatorQuery). Ticket
 * attributes are fields of their own, `attr-<attribute id>`, one for each attribute of the vendor.
 */
import { formatPlanName } from '#lib/i18n/format.ts';
import { defaultLevelTerm, type LevelTerm } from '#lib/catalogue/level-terms.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { plainText, translatePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { calculatorPath, parsePlanId } from '#lib/routes.ts';
import { clockStartOf, selectTargets } from '#lib/catalogue/plan-terms.ts';
import { holidaySources } from '#lib/time/clock.ts';
import { computeDeadlines, type TargetDeadline } from '#lib/sla/deadlines.ts';
import { isOpeningError, parseOpening } from '#lib/sla/opening.ts';
import type { HolidayRegion, RegionHolidays } from '#lib/time/regions.ts';
import {
	addOnProblem,
	attributeProblems,
	holidaysProblem,
	idList,
	isRequestProblem,
	levelProblem,
	neededAttributes,
	parseStarted,
	regionProblem,
	resolveRequest,
	sourcePlanOptions,
	zoneProblem,
	type PlanOption,
	type RequestProblem,
	type RequestText,
	type ResolvedRequest,
} from '#lib/sla/request.ts';
import type {
	CalculatorAttribute,
	CalculatorTerms,
	CalculatorTier,
	CalculatorVendor,
} from '#lib/views/pages/calculator.ts';
import {
	changesBetween,
	versionOn,
	type TermsOn,
	type TermsVersionOf,
} from '#lib/catalogue/versions.ts';
import { describeTermsChanges, describeTermsVersion } from '#lib/views/parts/terms-version.ts';
import { describeDeadlines, describeTrace, type DeadlineView } from '#lib/views/parts/deadlines.ts';
import {
	commitmentText,
	describeSelection,
	describeTicket,
	dutiesFor,
	type TicketLine,
	type Named,
} from '#lib/views/parts/ticket-terms.ts';
import { describeRegionNote } from '#lib/views/parts/region-note.ts';
import type { TargetProvenance } from '#lib/views/parts/target-provenance.ts';

/**
 * The form's fields, in form order, each also a URL query parameter of the same name; the attribute
 * fields (`attr-<id>`) come after the level. `addons` lists add-on ids separated by commas; `type` is
 * a request type, given instead of a level; `started` is when the vendor set the level.
 */
export const CALCULATOR_FIELDS = [
	'plan',
	'addons',
	'type',
	'severity',
	'opened',
	'started',
	'tz',
	'holidays',
	'region',
] as const;
/** A ticket attribute's field: `attr-<attribute id>`. */
export type AttributeField = `attr-${string}`;
export type CalculatorField = (typeof CALCULATOR_FIELDS)[number] | AttributeField;

/** The field of a ticket attribute. */
export const attributeField = (id: string): AttributeField => `attr-${id}`;
const ATTRIBUTE_PREFIX = 'attr-';

/** What the form (or the URL) holds: trimmed text per field, absent when empty. */
export type CalculatorInput = Partial<Record<CalculatorField, string>>;

/** A problem with the input and the field it belongs to. */
export interface FieldProblem {
	field: CalculatorField;
	problem: RequestProblem;
}

const PROBLEM_FIELD: Record<
	Exclude<RequestProblem['problem'], 'unknown-attribute-value' | 'missing-attribute'>,
	CalculatorField
> = {
	'missing-plan': 'plan',
	'unknown-plan': 'plan',
	'missing-severity': 'severity',
	'no-severities': 'severity',
	'no-levels-offered': 'severity',
	'unknown-severity': 'severity',
	'missing-opened': 'opened',
	'invalid-time': 'opened',
	'missing-zone': 'tz',
	'invalid-zone': 'tz',
	'abbreviated-zone': 'tz',
	'invalid-holiday': 'holidays',
	'too-many-holidays': 'holidays',
	'unknown-region': 'region',
	'unknown-request-type': 'type',
	'severity-and-request-type': 'type',
	'unknown-add-on': 'addons',
	// The plan's vendor has no such attribute, so there is no field for it.
	'unknown-attribute': 'plan',
	'invalid-started': 'started',
	'started-before-opening': 'started',
	'invalid-as-of': 'opened',
	'plan-not-in-terms': 'plan',
};

/** The field a problem belongs to: an attribute's own, or the one the problem is about. */
function problemField(problem: RequestProblem): CalculatorField {
	return 'attribute' in problem
		? attributeField(problem.attribute)
		: PROBLEM_FIELD[problem.problem];
}

/** A field's place in the form (attributes follow the level). */
const fieldOrder = (field: CalculatorField) =>
	field.startsWith(ATTRIBUTE_PREFIX)
		? CALCULATOR_FIELDS.indexOf('severity') + 0.5
		: CALCULATOR_FIELDS.indexOf(field as (typeof CALCULATOR_FIELDS)[number]);

/** The input as a request (the shape the command line's flags are read into). */
export function requestText(input: CalculatorInput): RequestText {
	const attributes: Record<string, string> = {};
	for (const [name, value] of Object.entries(input))
		if (name.startsWith(ATTRIBUTE_PREFIX) && value)
			attributes[name.slice(ATTRIBUTE_PREFIX.length)] = value;
	return {
		...input,
		requestType: input.type,
		addOns: input.addons,
		attributes,
	};
}

/**
 * Every plan of the calculator's data as `<vendor>/<tier>` with the levels it offers and what else a
 * ticket may bring, its terms resolved as the command line resolves the catalogue's.
 */
export function planOptions(vendors: readonly CalculatorVendor[]): PlanOption[] {
	return vendors.flatMap((v) =>
		sourcePlanOptions({
			...v,
			levelIds: v.severities.map((s) => s.id),
			requestTypes: v.names.requestTypes,
			attributes: v.names.attributes,
		})
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
	/** The request type field's choice for a ticket ranked by level: "A problem, by its priority". */
	typeLevel: string;
	/** What the request type field says of request types: they have no level. */
	typeHint: string;
	/** The field for when the vendor set the level: "When the vendor set the priority". */
	started: string;
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
		typeLevel: t(levelKey('atlas.calc.field.typeLevel', term)),
		typeHint: t(levelKey('atlas.calc.field.typeHint', term)),
		started: t(levelKey('atlas.calc.field.started', term)),
	};
}

/**
 * Reads the input from a URL query (`?plan=…&severity=…&attr-hours=business`); unknown parameters
 * are ignored.
 */
export function inputFromQuery(search: string | URLSearchParams): CalculatorInput {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const input: CalculatorInput = {};
	for (const [name, raw] of params) {
		const value = raw.trim();
		const known =
			(CALCULATOR_FIELDS as readonly string[]).includes(name) ||
			(name.startsWith(ATTRIBUTE_PREFIX) && name.length > ATTRIBUTE_PREFIX.length);
		if (value && known && !(name in input)) input[name as CalculatorField] = value;
	}
	return input;
}

/** The calculator's URL for an input (what the address bar shows and a copied link reproduces). */
export function urlForInput(tag: LocaleTag, input: CalculatorInput): string {
	const text = requestText(input);
	return calculatorPath(tag, {
		...input,
		addOns: idList(input.addons),
		attributes: text.attributes,
		holidays: idList(input.holidays),
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

/** The levels a plan offers with the given add-ons (one that lifts it to another tier adds some). */
export function levelsOffered(
	options: readonly PlanOption[],
	plan: string | undefined,
	addOns: readonly string[] = []
): string[] {
	const option = options.find((o) => o.plan === plan);
	return [...(option?.terms?.(addOns).levels ?? option?.severities ?? [])];
}

/**
 * The severity a plan keeps when the reader switches to it or to other add-ons: the current one if it
 * still applies.
 */
export function severityForPlan(
	options: readonly PlanOption[],
	plan: string,
	current: string | undefined,
	addOns: readonly string[] = []
): string | undefined {
	const choices = levelsOffered(options, plan, addOns);
	if (current && choices.includes(current)) return current;
	return choices[0];
}

/**
 * Every problem with the input, one per field at most, in form order (unlike resolveRequest, which
 * stops at the first): the reader sees at once all that needs fixing.
 */
export function checkInput(options: readonly PlanOption[], input: CalculatorInput): FieldProblem[] {
	const found = new Map<CalculatorField, RequestProblem>();
	const add = (problem: RequestProblem | undefined) => {
		const field = problem && problemField(problem);
		if (field && !found.has(field)) found.set(field, problem);
	};
	const text = requestText(input);
	const request = resolveRequest(options, text);
	if (!isRequestProblem(request)) return [];
	add(request);
	// Each later field is checked on its own, so one bad value does not hide another.
	const option = options.find((o) => o.plan === input.plan);
	if (option && !found.has('plan')) {
		const addOns = idList(input.addons);
		add(addOnProblem(option, addOns));
		const level = levelProblem(option, addOns, text);
		add(level);
		const ticket = {
			severity: text.requestType ? undefined : input.severity,
			requestType: text.requestType,
		};
		const needed = level ? [] : neededAttributes(option, addOns, ticket);
		for (const problem of attributeProblems(option, text.attributes ?? {}, needed)) add(problem);
	}
	if (!input.opened) add({ problem: 'missing-opened' });
	else {
		const time = parseOpening(input.opened, 'UTC');
		if (isOpeningError(time)) add({ problem: 'invalid-time', value: input.opened });
	}
	if (input.started) {
		const opening = input.opened && input.tz ? parseOpening(input.opened, input.tz) : undefined;
		const started = parseStarted(
			input.started,
			opening && !isOpeningError(opening) ? opening.at : undefined
		);
		if ('problem' in started) add(started);
	}
	// The request's own per-field checks, so an abbreviation (PST) gets its suggested zones here too.
	add(input.tz ? zoneProblem(input.tz) : { problem: 'missing-zone' });
	add(holidaysProblem(input.holidays));
	add(regionProblem(input.region));
	return [...found.keys()]
		.sort((a, b) => fieldOrder(a) - fieldOrder(b))
		.map((field) => ({ field, problem: found.get(field)! }));
}

/** What else the form asks for a plan and the level (or request type) chosen. */
export interface TicketFields {
	/** Add-ons the plan can have. */
	addOns: Named[];
	/** Request types the plan answers besides its levels. */
	requestTypes: Named[];
	/** Ids of the attributes that decide the answer (see attributesThatMatter). */
	attributes: string[];
	/** Whether a deadline's clock starts when the vendor sets the level: the form asks when. */
	started: boolean;
}

/**
 * An attribute field's choices: the value assumed when none is given, marked so (or a request to
 * choose, for an attribute without a default), then each value.
 */
export function attributeChoices(
	attribute: CalculatorAttribute,
	t: Translate
): { value: string; text: Phrase }[] {
	const assumed = attribute.values.find((v) => v.id === attribute.default)?.name;
	return [
		{
			value: '',
			text:
				assumed === undefined
					? t('atlas.calc.field.choose')
					: translatePhrase(t, 'atlas.calc.field.attributeAssumed', { value: assumed }),
		},
		...attribute.values.map((v) => ({ value: v.id, text: v.name })),
	];
}

/** What the form asks for an input besides the plan, level, time and place (see TicketFields). */
export function ticketFields(
	vendors: readonly CalculatorVendor[],
	options: readonly PlanOption[],
	input: CalculatorInput
): TicketFields {
	const { vendor } = findPlan(vendors, input.plan);
	const option = options.find((o) => o.plan === input.plan);
	if (!vendor || !option?.terms)
		return { addOns: [], requestTypes: [], attributes: [], started: false };
	const addOns = idList(input.addons);
	const terms = option.terms(addOns);
	const ticket = { severity: input.type ? undefined : input.severity, requestType: input.type };
	const attributes = neededAttributes(option, addOns, ticket);
	const given = requestText(input).attributes ?? {};
	const values = Object.fromEntries(
		attributes.map((id) => [
			id,
			given[id] ?? vendor.names.attributes.find((a) => a.id === id)?.default ?? '',
		])
	);
	const named = (list: readonly Named[], ids: readonly string[]) =>
		list.filter((x) => ids.includes(x.id));
	return {
		addOns: named(vendor.names.addOns, option.addOns ?? []),
		// Only the request types the plan has targets for: the others have nothing to count.
		requestTypes: named(
			vendor.names.requestTypes,
			terms.targets.flatMap((p) => p.target.requestType ?? [])
		),
		attributes,
		started: selectTargets(terms, { ...ticket, attributes: values }).some(
			(p) => clockStartOf(p.target, vendor.clockStart).event === 'severity-assigned'
		),
	};
}

/** The deadlines of a valid input, worded for the locale. */
export interface CalculatorResult {
	request: ResolvedRequest;
	/** The deadlines as counted (for what is drawn from them, such as timelines). */
	deadlines: TargetDeadline[];
	views: DeadlineView[];
	/** Where each deadline's figure and clock come from, in the order of `views`. */
	provenance: (TargetProvenance | undefined)[];
	/** What each deadline's target is, as the terms say, in the order of `views`. */
	terms: DeadlineTerms[];
	/**
	 * What the ticket brought: the version of dated terms it counts on, the request type, attributes
	 * (those assumed said so), add-ons.
	 */
	ticket: TicketLine[];
	/** The sources of the terms counted on, each with the day it was checked. */
	sources: string;
	/** The customer's duties for this plan and level, each with what happens otherwise. */
	duties: Phrase[];
	/** True when the plan offers the level but publishes no target for it. */
	noPublishedTarget: boolean;
	/** e.g. "Acme · Standard · P1", for calendar entries and file names. */
	summary: string;
	/** The sentence that explains a DST adjustment of the opening time, when there was one. */
	openingNote?: string | undefined;
	/** The reader's region whose holidays were counted, when one was chosen and its data given. */
	region?: RegionHolidays | undefined;
	/** What the result says of the reader's region under the plan's terms (see describeRegionNote). */
	regionNote?: string | undefined;
}

/** A deadline's target as the terms say, in words (each absent when there is nothing to say). */
export interface DeadlineTerms {
	/** Where it comes from: a tier the plan includes, or an add-on. */
	origin?: Phrase | undefined;
	/** The ticket attributes that chose it or its calendar: "Applies to tickets with …". */
	selectedBy?: Phrase | undefined;
	/** How firm it is: guaranteed, a target, best effort. */
	commitment?: string | undefined;
	/** When its clock starts, where that is not plainly the opening (the trace's first words on it). */
	startEvent?: string | undefined;
	/** Changes of terms that take effect before it falls, each a warning that it keeps the old terms. */
	termsChanges: string[];
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
	const request = resolveRequest(options, requestText(input));
	if (isRequestProblem(request)) return [];
	const { vendor } = findPlan(vendors, request.plan);
	// The calendars of every version: which one counts depends on the day the ticket was opened.
	const calendars = vendor ? calculatorVersions(vendor).flatMap((v) => v.vendor.calendars) : [];
	const named = calendars.flatMap((c) => {
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
			/** The version of the vendor's terms in effect when the ticket was opened. */
			vendor: CalculatorTerms;
			tier: CalculatorTier;
			/** Which version that is, and the vendor's versions (current first). */
			termsOn: TermsOn<CalculatorTerms>;
			versions: TermsVersionOf<CalculatorTerms>[];
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
	const text = requestText(input);
	const asCurrent = resolveRequest(options, text);
	if (isRequestProblem(asCurrent)) return { ok: false, problems: checkInput(options, input) };
	// The terms in effect on the day the ticket was opened (its local date), as on the command line.
	const openDay = asCurrent.opening.at.toPlainDate().toString();
	const versions = calculatorVersions(findPlan(vendors, asCurrent.plan).vendor!);
	const termsOn = versionOn(versions, openDay);
	const vendor = termsOn.version.vendor;
	const tier = vendor.tiers.find((x) => x.id === parsePlanId(asCurrent.plan)?.tierId);
	if (!tier) {
		const problem = { problem: 'plan-not-in-terms', value: asCurrent.plan, date: openDay } as const;
		return { ok: false, problems: [{ field: 'plan', problem }] };
	}
	const older = termsOn.version.current ? undefined : planOptions([vendor]);
	const request = older ? resolveRequest(older, text) : asCurrent;
	if (isRequestProblem(request)) return { ok: false, problems: checkInput(older!, input) };
	const region = request.region ? regionData?.(request.region) : undefined;
	const deadlines = computeDeadlines({
		vendor,
		plan: request.terms,
		severity: request.severity,
		requestType: request.requestType,
		attributes: request.attributes,
		startedAt: request.started,
		opened: request.opening.at,
		openingAdjustment: request.opening.adjustment,
		extraClosed: request.holidays,
		region,
		regionData,
	});
	return { ok: true, request, vendor, tier, termsOn, versions, deadlines, region };
}

/** A vendor's versions of its terms, current first, as catalogue/versions.ts reads versions. */
export function calculatorVersions(vendor: CalculatorVendor): TermsVersionOf<CalculatorTerms>[] {
	return [
		{ effective: vendor.effective, current: true, vendor },
		...(vendor.earlier ?? []).map((v) => ({ effective: v.effective, current: false, vendor: v })),
	];
}

/** Puts counted deadlines into words in locale `tag` (the problems pass through). */
export function describeCount(
	count: CalculatorCount,
	tag: LocaleTag,
	t: Translate
): CalculatorOutcome {
	if (!count.ok) return count;
	const { request, vendor, tier, deadlines, region, termsOn, versions } = count;
	const openDay = request.opening.at.toPlainDate().toString();
	const version = describeTermsVersion(termsOn, tag, t);
	const views = describeDeadlines(
		deadlines,
		new Map(vendor.calendars.map((c) => [c.id, c.name])),
		tag,
		t
	);
	const { names } = vendor;
	const provenance = deadlines.map(({ at, calendarId }) => {
		const owner =
			at.owner === 'tier'
				? vendor.tiers.find((x) => x.id === at.id)
				: vendor.addOns.find((x) => x.id === at.id);
		return owner?.provenance[at.index]?.[calendarId];
	});
	const requestTypeName = names.requestTypes.find((r) => r.id === request.requestType)?.name;
	const requestType = requestTypeName === undefined ? undefined : plainText(requestTypeName);
	return {
		ok: true,
		result: {
			request,
			deadlines,
			views,
			provenance,
			terms: deadlines.map((d) => {
				const start = d.trace.find((step) => step.step === 'start-event');
				return {
					...describeSelection(names, d, tag, t),
					commitment: commitmentText(d.target, t),
					startEvent: start && describeTrace([start], tag, t)[0],
					termsChanges: describeTermsChanges(
						changesBetween(versions, openDay, d.due.toPlainDate().toString()),
						tag,
						t
					),
				};
			}),
			ticket: [
				...(version
					? [
							{
								label: t('atlas.calc.label.terms'),
								value: version,
								assumptions: vendor.effectiveAssumptions,
							},
						]
					: []),
				...describeTicket(names, request, tag, t),
			],
			sources: vendor.terms,
			duties: dutiesFor(names, tier.id, request.severity, t),
			noPublishedTarget: deadlines.length === 0 && request.severity !== undefined,
			summary: formatPlanName(
				vendor.name,
				plainText(tier.name),
				t,
				request.severity ?? requestType
			),
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
