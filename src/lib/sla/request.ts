/**
 * Reads a deadline request given as text (command-line flags, calculator URL query) against the
 * catalogue, naming the bad value and the valid choices when something does not fit.
 */
import type { Vendor } from '#lib/catalogue/schema.ts';
import { isIsoDate } from '#lib/time/days.ts';
import { likelyZones } from '#lib/time/zones.ts';
import { planId } from '#lib/routes.ts';
import { isOpeningError, parseOpening, type Opening } from './opening.ts';
import { holidayRegions, isHolidayRegion, type HolidayRegion } from '#lib/time/regions.ts';
import {
	attributesThatMatter,
	planTerms,
	type AddOnTerms,
	type PlanTerms,
	type TierTerms,
} from '#lib/catalogue/plan-terms.ts';

/** A request given as text. */
export interface RequestText {
	plan?: string | undefined;
	severity?: string | undefined;
	opened?: string | undefined;
	tz?: string | undefined;
	holidays?: string | undefined;
	/** Region whose public holidays apply, e.g. `CN` (any case). */
	region?: string | undefined;
	/** A request type (licensing, billing) instead of a severity. */
	requestType?: string | undefined;
	/** Ticket attributes: attribute id → value id. */
	attributes?: Readonly<Record<string, string>> | undefined;
	/** Add-ons the customer holds, comma-separated. */
	addOns?: string | undefined;
	/** When a later clock-start event happened (YYYY-MM-DDTHH:mm, in the same zone as `opened`). */
	started?: string | undefined;
}

/** Why a request could not be read; `choices` lists valid values where they can be listed. */
export type RequestProblem =
	| { problem: 'missing-plan'; choices: string[] }
	| { problem: 'unknown-plan'; value: string; choices: string[] }
	| { problem: 'missing-severity'; choices: string[] }
	| { problem: 'unknown-severity'; value: string; choices: string[] }
	| { problem: 'missing-opened' }
	| { problem: 'invalid-time'; value: string }
	| { problem: 'missing-zone' }
	| { problem: 'invalid-zone'; value: string }
	/** A time zone abbreviation (PST, IST): `choices` are the zones it most likely means. */
	| { problem: 'abbreviated-zone'; value: string; choices: string[] }
	/** A severity given for a plan whose targets do not depend on severity. */
	| { problem: 'no-severities'; value: string }
	/** A severity given for a tier that offers no levels at all (no technical support). */
	| { problem: 'no-levels-offered'; value: string }
	| { problem: 'invalid-holiday'; value: string }
	| { problem: 'unknown-region'; value: string; choices: string[] }
	/** More closed dates than MAX_EXTRA_CLOSED (`value` is how many were given). */
	| { problem: 'too-many-holidays'; value: string; max: string }
	| { problem: 'unknown-request-type'; value: string; choices: string[] }
	/** Both a severity and a request type: a request type has reply times of its own. */
	| { problem: 'severity-and-request-type'; value: string }
	| { problem: 'unknown-add-on'; value: string; choices: string[] }
	/** An attribute the vendor does not have (`value` is its name as given). */
	| { problem: 'unknown-attribute'; value: string; choices: string[] }
	| { problem: 'unknown-attribute-value'; attribute: string; value: string; choices: string[] }
	/** An attribute that decides the answer, without a default: the reader must choose. */
	| { problem: 'missing-attribute'; attribute: string; choices: string[] }
	| { problem: 'invalid-started'; value: string }
	/** A day to read the terms on (`--as-of`) that is not a date. */
	| { problem: 'invalid-as-of'; value: string }
	/** A plan the terms in effect on `date` (YYYY-MM-DD) do not have. */
	| { problem: 'plan-not-in-terms'; value: string; date: string }
	| { problem: 'started-before-opening'; value: string };

/**
 * The most closed dates a request may add. With the catalogue's own bounds (see
 * lib/catalogue/bounds.ts) this keeps every deadline within the engine's reach.
 */
const MAX_EXTRA_CLOSED = 366;

/** A ticket attribute as a request can give it: its id, value ids and the default, if any. */
export interface AttributeOption {
	id: string;
	values: readonly string[];
	default?: string | undefined;
}

/**
 * A plan that can be asked about: `<vendor>/<tier>`, the severities it offers, and what else a ticket
 * may bring: request types, add-ons, attributes, and the plan's terms with given add-ons.
 */
export interface PlanOption {
	plan: string;
	severities: readonly string[];
	requestTypes?: readonly string[] | undefined;
	addOns?: readonly string[] | undefined;
	attributes?: readonly AttributeOption[] | undefined;
	terms?: ((addOns: readonly string[]) => PlanTerms) | undefined;
	/** The tier says it offers no levels (`levels: []`): no technical support. */
	noLevels?: boolean | undefined;
}

export interface ResolvedRequest {
	plan: string;
	severity?: string | undefined;
	requestType?: string | undefined;
	opening: Opening;
	holidays: string[];
	region?: HolidayRegion | undefined;
	addOns: string[];
	/** Attribute values given or assumed: attribute id → value id. */
	attributes: Record<string, string>;
	/** Attributes that decide the answer and were not given, so their default was used. */
	assumedAttributes: string[];
	/** When the later clock-start event happened, if given. */
	started?: Temporal.ZonedDateTime | undefined;
	/** The plan's terms with the add-ons, when the option carries them. */
	terms?: PlanTerms | undefined;
}

/** The ids of a comma-separated list, trimmed, empty items left out. */
export function idList(text: string | undefined): string[] {
	return (text ?? '')
		.split(',')
		.map((d) => d.trim())
		.filter(Boolean);
}

/**
 * Every problem with the attributes a request gives for a plan: an attribute the vendor does not
 * have, a value it does not take, and each attribute that decides the answer for this level or request
 * type (under `terms`) but is neither given nor defaulted. Empty when they are fine.
 */
export function attributeProblems(
	option: Pick<PlanOption, 'attributes'>,
	given: Readonly<Record<string, string>>,
	needed: readonly string[]
): RequestProblem[] {
	const known = option.attributes ?? [];
	const problems: RequestProblem[] = [];
	for (const [id, value] of Object.entries(given)) {
		const attribute = known.find((a) => a.id === id);
		if (!attribute)
			problems.push({ problem: 'unknown-attribute', value: id, choices: known.map((a) => a.id) });
		else if (!attribute.values.includes(value))
			problems.push({
				problem: 'unknown-attribute-value',
				attribute: id,
				value,
				choices: [...attribute.values],
			});
	}
	for (const id of needed) {
		const attribute = known.find((a) => a.id === id);
		if (!Object.hasOwn(given, id) && attribute?.default === undefined)
			problems.push({
				problem: 'missing-attribute',
				attribute: id,
				choices: [...(attribute?.values ?? [])],
			});
	}
	return problems;
}

/**
 * The attributes that decide the answer for a plan's level or request type, with the given add-ons,
 * in the vendor's order of attributes (the order they are asked in).
 */
export function neededAttributes(
	option: Pick<PlanOption, 'terms' | 'attributes'>,
	addOns: readonly string[],
	ticket: { severity?: string | undefined; requestType?: string | undefined }
): string[] {
	const terms = option.terms?.(addOns);
	const known = option.attributes ?? [];
	return (terms ? attributesThatMatter(terms, ticket) : []).sort(
		(a, b) => known.findIndex((k) => k.id === a) - known.findIndex((k) => k.id === b)
	);
}

/**
 * Reads the attributes, request type and add-ons of a request against a plan: which attributes
 * decide the answer, given or defaulted; a problem when one is unknown or must be chosen.
 */
function resolveTicket(
	option: PlanOption,
	text: RequestText,
	severity: string | undefined
): Pick<ResolvedRequest, 'addOns' | 'attributes' | 'assumedAttributes' | 'terms'> | RequestProblem {
	const addOns = idList(text.addOns);
	const given = text.attributes ?? {};
	const needed = neededAttributes(option, addOns, { severity, requestType: text.requestType });
	const [problem] = attributeProblems(option, given, needed);
	if (problem) return problem;
	const attributes: Record<string, string> = { ...given };
	const assumedAttributes: string[] = [];
	for (const id of needed) {
		if (Object.hasOwn(given, id)) continue;
		attributes[id] = option.attributes!.find((a) => a.id === id)!.default!;
		assumedAttributes.push(id);
	}
	return { addOns, attributes, assumedAttributes, terms: option.terms?.(addOns) };
}

/** What listing a vendor's plans needs of it (the catalogue's vendors, or the calculator's data). */
export interface PlanSource {
	id: string;
	/** Severity ids in the vendor's order. */
	levelIds: readonly string[];
	tiers: readonly TierTerms[];
	addOns?: readonly (AddOnTerms & { availableFor: readonly string[] })[] | undefined;
	requestTypes?: readonly { id: string }[] | undefined;
	attributes?:
		| readonly { id: string; values: readonly { id: string }[]; default?: string | undefined }[]
		| undefined;
}

/** One vendor's plans with the levels each offers and what else a ticket may bring. */
export function sourcePlanOptions(v: PlanSource): PlanOption[] {
	const owner = { levelIds: v.levelIds, tiers: v.tiers, addOns: v.addOns };
	const attributes = (v.attributes ?? []).map((a) => ({
		id: a.id,
		values: a.values.map((x) => x.id),
		default: a.default,
	}));
	return v.tiers.map((tier): PlanOption => ({
		plan: planId(v.id, tier.id),
		severities: planTerms(owner, tier).levels,
		requestTypes: (v.requestTypes ?? []).map((r) => r.id),
		addOns: (v.addOns ?? []).filter((a) => a.availableFor.includes(tier.id)).map((a) => a.id),
		attributes,
		terms: (addOns) => planTerms(owner, tier, addOns),
		noLevels: tier.levels?.length === 0,
	}));
}

/** Every plan of the catalogue with the levels it offers and what else a ticket may bring. */
export function cataloguePlanOptions(
	vendors: readonly Pick<
		Vendor,
		'id' | 'tiers' | 'severities' | 'addOns' | 'requestTypes' | 'attributes'
	>[]
): PlanOption[] {
	return vendors.flatMap((v) =>
		sourcePlanOptions({ ...v, levelIds: (v.severities?.levels ?? []).map((l) => l.id) })
	);
}

/** A zone Temporal rejected: with likely zones when it is an abbreviation (PST, IST). */
function unknownZone(value: string): RequestProblem {
	const likely = likelyZones(value);
	return likely.length
		? { problem: 'abbreviated-zone', value, choices: [...likely] }
		: { problem: 'invalid-zone', value };
}

/** What is wrong with a time zone as given, checked on its own; undefined when it is a zone. */
export function zoneProblem(tz: string): RequestProblem | undefined {
	const opening = parseOpening('2000-01-01T12:00', tz);
	return isOpeningError(opening) ? unknownZone(opening.value) : undefined;
}

/** The extra closed dates of a comma-separated list, trimmed, empty items left out. */
function holidayList(text: string | undefined): string[] {
	return idList(text);
}

/** What is wrong with a list of extra closed dates, checked on its own; undefined when it is fine. */
export function holidaysProblem(text: string | undefined): RequestProblem | undefined {
	const holidays = holidayList(text);
	if (holidays.length > MAX_EXTRA_CLOSED)
		return {
			problem: 'too-many-holidays',
			value: String(holidays.length),
			max: String(MAX_EXTRA_CLOSED),
		};
	const badHoliday = holidays.find((d) => !isIsoDate(d));
	return badHoliday === undefined ? undefined : { problem: 'invalid-holiday', value: badHoliday };
}

/** What is wrong with a holiday region, checked on its own; undefined when it is one (or empty). */
export function regionProblem(text: string | undefined): RequestProblem | undefined {
	const region = text?.trim().toUpperCase();
	return region && !isHolidayRegion(region)
		? { problem: 'unknown-region', value: text!, choices: [...holidayRegions] }
		: undefined;
}

/** An add-on the plan does not offer, if the request names one. */
export function addOnProblem(
	option: Pick<PlanOption, 'addOns'>,
	addOns: readonly string[]
): RequestProblem | undefined {
	const offered = option.addOns ?? [];
	const bad = addOns.find((a) => !offered.includes(a));
	return bad === undefined
		? undefined
		: { problem: 'unknown-add-on', value: bad, choices: [...offered] };
}

/**
 * What is wrong with the level or request type of a request for a plan with the given add-ons (which
 * can change the levels a plan offers, when one lifts it to another tier); undefined when it is fine.
 */
export function levelProblem(
	option: PlanOption,
	addOns: readonly string[],
	text: Pick<RequestText, 'severity' | 'requestType'>
): RequestProblem | undefined {
	const severities = [...(option.terms?.(addOns).levels ?? option.severities)];
	const requestTypes = option.requestTypes ?? [];
	if (text.requestType) {
		if (text.severity) return { problem: 'severity-and-request-type', value: text.requestType };
		if (!requestTypes.includes(text.requestType))
			return {
				problem: 'unknown-request-type',
				value: text.requestType,
				choices: [...requestTypes],
			};
	} else if (text.severity) {
		if (severities.length === 0)
			return {
				problem: option.noLevels ? 'no-levels-offered' : 'no-severities',
				value: text.severity,
			};
		if (!severities.includes(text.severity))
			return { problem: 'unknown-severity', value: text.severity, choices: severities };
	} else if (severities.length) return { problem: 'missing-severity', choices: severities };
	return undefined;
}

/**
 * When the later clock-start event happened, read in the zone of the opening (`opened`, or UTC to
 * check the text alone), or what is wrong with it.
 */
export function parseStarted(
	text: string,
	opened: Temporal.ZonedDateTime | undefined
): Temporal.ZonedDateTime | RequestProblem {
	const at = parseOpening(text, opened?.timeZoneId ?? 'UTC');
	if (isOpeningError(at)) return { problem: 'invalid-started', value: text };
	if (opened && Temporal.ZonedDateTime.compare(at.at, opened) < 0)
		return { problem: 'started-before-opening', value: text };
	return at.at;
}

/** Resolves a request, or says what is wrong with it (the first problem found, in form order). */
export function resolveRequest(
	options: readonly PlanOption[],
	text: RequestText
): ResolvedRequest | RequestProblem {
	const plans = options.map((o) => o.plan);
	if (!text.plan) return { problem: 'missing-plan', choices: plans };
	const option = options.find((o) => o.plan === text.plan);
	if (!option) return { problem: 'unknown-plan', value: text.plan, choices: plans };
	const addOns = idList(text.addOns);
	const level = addOnProblem(option, addOns) ?? levelProblem(option, addOns, text);
	if (level) return level;
	const severity = text.requestType ? undefined : text.severity || undefined;
	if (!text.opened) return { problem: 'missing-opened' };
	if (!text.tz) return { problem: 'missing-zone' };
	const opening = parseOpening(text.opened, text.tz);
	if (isOpeningError(opening))
		return opening.error === 'invalid-time'
			? { problem: 'invalid-time', value: opening.value }
			: unknownZone(opening.value);
	const started = text.started ? parseStarted(text.started, opening.at) : undefined;
	if (started && 'problem' in started) return started;
	const problem = holidaysProblem(text.holidays) ?? regionProblem(text.region);
	if (problem) return problem;
	const ticket = resolveTicket(option, text, severity);
	if ('problem' in ticket) return ticket;
	const region = text.region?.trim().toUpperCase();
	return {
		plan: option.plan,
		severity,
		requestType: text.requestType || undefined,
		opening,
		holidays: holidayList(text.holidays),
		region: region ? (region as HolidayRegion) : undefined,
		started,
		...ticket,
	};
}

/** Narrows a resolve result. */
export function isRequestProblem(value: ResolvedRequest | RequestProblem): value is RequestProblem {
	return 'problem' in value;
}
