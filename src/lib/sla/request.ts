/**
 * Reads a deadline request given as text (command-line flags, calculator URL query) against the
 * catalogue, naming the bad value and the valid choices when something does not fit.
 */
import type { Tier, Vendor } from '../catalogue/schema.ts';
import { isIsoDate } from '../catalogue/schema.ts';
import { isOpeningError, parseOpening, type Opening } from './opening.ts';

/** A request given as text. */
export interface RequestText {
	plan?: string | undefined;
	severity?: string | undefined;
	opened?: string | undefined;
	tz?: string | undefined;
	holidays?: string | undefined;
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
	| { problem: 'invalid-holiday'; value: string };

export interface ResolvedRequest<V extends Vendor = Vendor> {
	vendor: V;
	tier: Tier;
	severity?: string | undefined;
	opening: Opening;
	holidays: string[];
}

/** Every `<vendor>/<tier>` of the catalogue. */
export function planIds(vendors: readonly Pick<Vendor, 'id' | 'tiers'>[]): string[] {
	return vendors.flatMap((v) => v.tiers.map((t) => `${v.id}/${t.id}`));
}

/** The severity ids a tier's targets depend on (in the vendor's order). */
export function severityChoices(vendor: Pick<Vendor, 'severities'>, tier: Pick<Tier, 'targets'>): string[] {
	const used = new Set(tier.targets.map((t) => t.severity).filter((s): s is string => s !== undefined));
	return (vendor.severities?.levels ?? []).map((l) => l.id).filter((id) => used.has(id));
}

/** Resolves a request, or says what is wrong with it (the first problem found). */
export function resolveRequest<V extends Vendor>(vendors: readonly V[], text: RequestText): ResolvedRequest<V> | RequestProblem {
	const plans = planIds(vendors);
	if (!text.plan) return { problem: 'missing-plan', choices: plans };
	const [vendorId, tierId] = text.plan.split('/');
	const vendor = vendors.find((v) => v.id === vendorId);
	const tier = vendor?.tiers.find((t) => t.id === tierId);
	if (!vendor || !tier) return { problem: 'unknown-plan', value: text.plan, choices: plans };
	const severities = severityChoices(vendor, tier);
	let severity: string | undefined;
	if (text.severity) {
		if (!severities.includes(text.severity)) return { problem: 'unknown-severity', value: text.severity, choices: severities };
		severity = text.severity;
	} else if (severities.length) return { problem: 'missing-severity', choices: severities };
	if (!text.opened) return { problem: 'missing-opened' };
	if (!text.tz) return { problem: 'missing-zone' };
	const opening = parseOpening(text.opened, text.tz);
	if (isOpeningError(opening)) return opening.error === 'invalid-zone' ? { problem: 'invalid-zone', value: opening.value } : { problem: 'invalid-time', value: opening.value };
	const holidays = (text.holidays ?? '').split(',').map((d) => d.trim()).filter(Boolean);
	const badHoliday = holidays.find((d) => !isIsoDate(d));
	if (badHoliday !== undefined) return { problem: 'invalid-holiday', value: badHoliday };
	return { vendor, tier, severity, opening, holidays };
}

/** Narrows a resolve result. */
export function isRequestProblem<V extends Vendor>(value: ResolvedRequest<V> | RequestProblem): value is RequestProblem {
	return 'problem' in value;
}
