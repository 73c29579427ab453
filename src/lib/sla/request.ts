/**
 * Reads a deadline request given as text (command-line flags, calculator URL query) against the
 * catalogue, naming the bad value and the valid choices when something does not fit.
 */
import type { Target, Vendor } from '#lib/catalogue/schema.ts';
import { isIsoDate } from '#lib/time/days.ts';
import { likelyZones } from '#lib/time/zones.ts';
import { planId } from '#lib/routes.ts';
import { isOpeningError, parseOpening, type Opening } from './opening.ts';
import { holidayRegions, isHolidayRegion, type HolidayRegion } from '#lib/time/regions.ts';

/** A request given as text. */
export interface RequestText {
	plan?: string | undefined;
	severity?: string | undefined;
	opened?: string | undefined;
	tz?: string | undefined;
	holidays?: string | undefined;
	/** Region whose public holidays apply, e.g. `CN` (any case). */
	region?: string | undefined;
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
	| { problem: 'invalid-holiday'; value: string }
	| { problem: 'unknown-region'; value: string; choices: string[] }
	/** More closed dates than MAX_EXTRA_CLOSED (`value` is how many were given). */
	| { problem: 'too-many-holidays'; value: string; max: string };

/**
 * The most closed dates a request may add. With the catalogue's own bounds (see
 * lib/catalogue/bounds.ts) this keeps every deadline within the engine's reach.
 */
const MAX_EXTRA_CLOSED = 366;

/** A plan that can be asked about: `<vendor>/<tier>` and the severities its targets depend on. */
export interface PlanOption {
	plan: string;
	severities: readonly string[];
}

export interface ResolvedRequest {
	plan: string;
	severity?: string | undefined;
	opening: Opening;
	holidays: string[];
	region?: HolidayRegion | undefined;
}

/** The severity ids a tier's targets depend on, in the vendor's order of levels. */
export function severityChoices(
	levelIds: readonly string[],
	targets: readonly Pick<Target, 'severity'>[]
): string[] {
	const used = new Set(targets.map((t) => t.severity).filter((s): s is string => s !== undefined));
	return levelIds.filter((id) => used.has(id));
}

/**
 * One vendor's plans as `<vendor>/<tier>` with their severity choices, given the vendor's level ids
 * in order: the one shape both the catalogue and the calculator's data are read into.
 */
export function vendorPlanOptions(
	vendorId: string,
	levelIds: readonly string[],
	tiers: readonly { id: string; targets: readonly Pick<Target, 'severity'>[] }[]
): PlanOption[] {
	return tiers.map((tier) => ({
		plan: planId(vendorId, tier.id),
		severities: severityChoices(levelIds, tier.targets),
	}));
}

/** Every plan of the catalogue with its severity choices. */
export function cataloguePlanOptions(
	vendors: readonly Pick<Vendor, 'id' | 'tiers' | 'severities'>[]
): PlanOption[] {
	return vendors.flatMap((v) =>
		vendorPlanOptions(
			v.id,
			(v.severities?.levels ?? []).map((l) => l.id),
			v.tiers
		)
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
	return (text ?? '')
		.split(',')
		.map((d) => d.trim())
		.filter(Boolean);
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

/** Resolves a request, or says what is wrong with it (the first problem found, in form order). */
export function resolveRequest(
	options: readonly PlanOption[],
	text: RequestText
): ResolvedRequest | RequestProblem {
	const plans = options.map((o) => o.plan);
	if (!text.plan) return { problem: 'missing-plan', choices: plans };
	const option = options.find((o) => o.plan === text.plan);
	if (!option) return { problem: 'unknown-plan', value: text.plan, choices: plans };
	const severities = [...option.severities];
	let severity: string | undefined;
	if (text.severity) {
		if (severities.length === 0) return { problem: 'no-severities', value: text.severity };
		if (!severities.includes(text.severity))
			return { problem: 'unknown-severity', value: text.severity, choices: severities };
		severity = text.severity;
	} else if (severities.length) return { problem: 'missing-severity', choices: severities };
	if (!text.opened) return { problem: 'missing-opened' };
	if (!text.tz) return { problem: 'missing-zone' };
	const opening = parseOpening(text.opened, text.tz);
	if (isOpeningError(opening))
		return opening.error === 'invalid-time'
			? { problem: 'invalid-time', value: opening.value }
			: unknownZone(opening.value);
	const problem = holidaysProblem(text.holidays) ?? regionProblem(text.region);
	if (problem) return problem;
	const region = text.region?.trim().toUpperCase();
	return {
		plan: option.plan,
		severity,
		opening,
		holidays: holidayList(text.holidays),
		region: region ? (region as HolidayRegion) : undefined,
	};
}

/** Narrows a resolve result. */
export function isRequestProblem(value: ResolvedRequest | RequestProblem): value is RequestProblem {
	return 'problem' in value;
}
