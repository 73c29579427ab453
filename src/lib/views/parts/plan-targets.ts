/**
 * What a plan publishes for one kind of target at one level or request type, resolved from the plan's
 * terms (its own targets and those of a tier it includes, see catalogue/plan-terms.ts): the target,
 * or one per value of the ticket attributes that select it, or why there is none (the level is not
 * offered, it is offered with no published target, the tier has no technical support). Likewise the
 * coverage calendar of a level, per attribute value where coverage rules select it. The plan pages,
 * the severity guide and the cross-vendor comparison all read a plan through here, as data; the
 * wording is theirs (see target-cells.ts).
 */
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import {
	planTerms,
	selectTargets,
	type PlanTarget,
	type PlanTerms,
} from '#lib/catalogue/plan-terms.ts';
import { TARGET_KINDS, termsOwner, tierTerms } from '#lib/catalogue/query.ts';
import type { AddOn, Calendar, Target, Tier, Vendor } from '#lib/catalogue/schema.ts';

/** A tier read as a plan: its resolved terms, and what its terms state about the levels it offers. */
export interface TierPlan {
	tier: Tier;
	terms: PlanTerms;
	/** The tier (or a tier it includes) lists the levels it offers, so a missing one is not offered. */
	levelsStated: boolean;
	/** The tier states it offers no levels and has no targets: no technical support at all. */
	noSupport: boolean;
}

/** Whether a tier, or the tier it includes, lists its levels (validation rules out cycles). */
function statesLevels(vendor: Vendor, tier: Tier, seen = new Set<string>()): boolean {
	if (tier.levels) return true;
	seen.add(tier.id);
	const included = tier.includes && vendor.tiers.find((t) => t.id === tier.includes);
	return included && !seen.has(included.id) ? statesLevels(vendor, included, seen) : false;
}

/** A tier of a vendor as a plan (without add-ons). */
export function tierPlan(vendor: Vendor, tier: Tier): TierPlan {
	const terms = tierTerms(vendor, tier);
	const levelsStated = statesLevels(vendor, tier);
	return {
		tier,
		terms,
		levelsStated,
		noSupport: levelsStated && terms.levels.length === 0 && terms.targets.length === 0,
	};
}

/** A row of targets: one kind, at one level, for one request type, or for any ticket (neither). */
export interface SlotKey {
	kind: Target['kind'];
	severity?: string | undefined;
	requestType?: string | undefined;
}

/** The ticket attribute values a case stands for: attribute id → value ids, in the vendor's order. */
export type CaseValues = Readonly<Record<string, readonly string[]>>;

/** One answer for the tickets whose attributes have these values. */
export interface Case<T> {
	values: CaseValues;
	result: T;
}

/** What a plan publishes for one row. */
export type Slot<T> =
	/** The tier has no technical support (it states no levels and has no targets). */
	| { state: 'no-support' }
	/** The tier lists the levels it offers, and this is not one of them. */
	| { state: 'not-offered' }
	/** The tier lists this level as offered, with no published target of any kind (said of its first response). */
	| { state: 'offered' }
	/** Nothing published for this row. */
	| { state: 'none' }
	/**
	 * Published: one case, or one per group of attribute values (`attributes` names those that
	 * select it, in the vendor's order; empty when nothing does).
	 */
	| { state: 'set'; attributes: string[]; cases: Case<T>[] };

/** Whether a target answers a row (its attributes aside). */
export function answers(target: Target, key: SlotKey): boolean {
	return (
		target.kind === key.kind &&
		target.severity === key.severity &&
		target.requestType === key.requestType
	);
}

/** The vendor's attributes among `ids`, in the vendor's order (unknown ids are left out). */
function knownAttributes(vendor: Vendor, ids: Iterable<string>): string[] {
	const wanted = new Set(ids);
	return (vendor.attributes ?? []).filter((a) => wanted.has(a.id)).map((a) => a.id);
}

/** Every combination of the attributes' values, in the attributes' and values' order. */
function combinations(vendor: Vendor, attributeIds: readonly string[]): Record<string, string>[] {
	let combos: Record<string, string>[] = [{}];
	for (const id of attributeIds)
		combos = combos.flatMap((combo) => valuesOf(vendor, id).map((v) => ({ ...combo, [id]: v })));
	return combos;
}

/** The value ids of an attribute, in the vendor's order. */
function valuesOf(vendor: Vendor, id: string): string[] {
	return vendor.attributes?.find((a) => a.id === id)?.values.map((v) => v.id) ?? [];
}

/**
 * A set of combinations as few blocks as this finds: the whole set where it is every value of some
 * attributes crossed with every value of the others (an attribute with all its values left out);
 * else split by the first attribute's values, each part named the same way, and parts named alike
 * joined again ("Cloud" for cloud tickets in any language, then "Server, English").
 */
function blocks(
	vendor: Vendor,
	attributeIds: readonly string[],
	combos: readonly Record<string, string>[]
): CaseValues[] {
	const sets = attributeIds.map((id) => {
		const present = new Set(combos.map((c) => c[id]!));
		const all = valuesOf(vendor, id);
		return { id, values: all.filter((v) => present.has(v)), all: all.length };
	});
	if (sets.reduce((n, s) => n * s.values.length, 1) === combos.length)
		return [
			Object.fromEntries(sets.filter((s) => s.values.length < s.all).map((s) => [s.id, s.values])),
		];
	const [first, ...rest] = attributeIds;
	const parts: { values: string[]; rest: CaseValues }[] = [];
	for (const value of sets[0]!.values)
		for (const block of blocks(
			vendor,
			rest,
			combos.filter((c) => c[first!] === value)
		)) {
			const same = parts.find((p) => JSON.stringify(p.rest) === JSON.stringify(block));
			if (same) same.values.push(value);
			else parts.push({ values: [value], rest: block });
		}
	return parts.map((p) => ({ [first!]: p.values, ...p.rest }));
}

/** The combinations grouped by their answer (in the order each answer first comes), as blocks. */
function groupCases<T>(
	vendor: Vendor,
	attributeIds: readonly string[],
	answer: (combo: Record<string, string>) => T,
	same: (a: T, b: T) => boolean
): Case<T>[] {
	const groups: { result: T; combos: Record<string, string>[] }[] = [];
	for (const combo of combinations(vendor, attributeIds)) {
		const result = answer(combo);
		const group = groups.find((g) => same(g.result, result));
		if (group) group.combos.push(combo);
		else groups.push({ result, combos: [combo] });
	}
	return groups.flatMap(({ result, combos }) =>
		blocks(vendor, attributeIds, combos).map((values) => ({ values, result }))
	);
}

/** Whether the plan has any target for a level (of any kind). */
function hasTargetFor(terms: PlanTerms, severity: string): boolean {
	return terms.targets.some((p) => p.target.severity === severity);
}

/** Why a row has nothing, or undefined when the reason is only that nothing is published. */
function absence(plan: TierPlan, key: Omit<SlotKey, 'kind'>): Slot<never> | undefined {
	if (plan.noSupport) return { state: 'no-support' };
	if (key.severity === undefined || !plan.levelsStated) return undefined;
	if (!plan.terms.levels.includes(key.severity)) return { state: 'not-offered' };
	return undefined;
}

/**
 * What the plan publishes for a row: its target, or one per group of attribute values where targets
 * with conditions select it (a group no target answers has `undefined`).
 */
export function targetSlot(
	vendor: Vendor,
	plan: TierPlan,
	key: SlotKey
): Slot<PlanTarget | undefined> {
	const candidates = plan.terms.targets.filter((p) => answers(p.target, key));
	if (!candidates.length) {
		const why = absence(plan, key);
		if (why) return why;
		// Said once, where a reader looks first: a level's other columns stay plain.
		if (
			key.kind === 'first-response' &&
			key.severity !== undefined &&
			plan.levelsStated &&
			!hasTargetFor(plan.terms, key.severity)
		)
			return { state: 'offered' };
		return { state: 'none' };
	}
	const attributes = knownAttributes(
		vendor,
		candidates.flatMap((p) => Object.keys(p.target.when ?? {}))
	);
	if (!attributes.length)
		return { state: 'set', attributes, cases: [{ values: {}, result: candidates[0] }] };
	const only = { ...plan.terms, targets: candidates };
	const cases = groupCases(
		vendor,
		attributes,
		(combo) =>
			selectTargets(only, {
				severity: key.severity,
				requestType: key.requestType,
				attributes: combo,
			})[0],
		(a, b) => a === b
	);
	return { state: 'set', attributes, cases };
}

/** The coverage rules of a plan that can apply at a level (or, without one, to any ticket). */
function rulesAt(terms: PlanTerms, severity: string | undefined) {
	return (terms.coverage?.rules ?? []).filter(
		(r) => !r.severities || (severity !== undefined && r.severities.includes(severity))
	);
}

/**
 * The calendar that counts a plan's targets at a level (or for request types and targets without a
 * level: `severity` undefined), one per group of attribute values where coverage rules select it.
 */
export function coverageSlot(
	vendor: Vendor,
	plan: TierPlan,
	key: Omit<SlotKey, 'kind'>
): Slot<Calendar> {
	const why = absence(plan, key);
	if (why) return why;
	const owner = { id: plan.tier.id, coverage: plan.terms.coverage };
	if (!owner.coverage) return { state: 'none' };
	const attributes = knownAttributes(
		vendor,
		rulesAt(plan.terms, key.severity).flatMap((r) => Object.keys(r.when))
	);
	if (!attributes.length)
		return {
			state: 'set',
			attributes,
			cases: [{ values: {}, result: resolveCalendar(vendor, owner, key.severity) }],
		};
	const cases = groupCases(
		vendor,
		attributes,
		(combo) => resolveCalendar(vendor, owner, key.severity, combo),
		(a, b) => a.id === b.id
	);
	return { state: 'set', attributes, cases };
}

/** The calendar a target of the plan counts on, without attributes (for its assumptions). */
export function targetCalendar(vendor: Vendor, plan: TierPlan, p: PlanTarget): Calendar {
	return resolveCalendar(vendor, { id: plan.tier.id, coverage: p.coverage }, p.target.severity);
}

/** A target an add-on sets on a plan, for a row. */
export interface AddOnTarget {
	addOn: AddOn;
	target: PlanTarget;
}

/** The targets add-ons available with the tier set for a row (those that lift a plan aside). */
export function addOnTargets(vendor: Vendor, plan: TierPlan, key: SlotKey): AddOnTarget[] {
	const owner = termsOwner(vendor);
	return (vendor.addOns ?? [])
		.filter((a) => a.availableFor.includes(plan.tier.id) && a.targets?.length)
		.flatMap((addOn) =>
			planTerms(owner, plan.tier, [addOn.id])
				.targets.filter(
					(p) => p.origin.from === 'add-on' && p.origin.id === addOn.id && answers(p.target, key)
				)
				.map((target) => ({ addOn, target }))
		);
}

/** The rows of a level (or, without one, of targets for any ticket) across plans: the kinds any has. */
export function kindsAt(
	plans: readonly TierPlan[],
	key: Omit<SlotKey, 'kind'>,
	vendor?: Vendor
): Target['kind'][] {
	const has = (kind: Target['kind']) =>
		plans.some(
			(plan) =>
				plan.terms.targets.some((p) => answers(p.target, { ...key, kind })) ||
				(vendor !== undefined && addOnTargets(vendor, plan, { ...key, kind }).length > 0)
		);
	const kinds = TARGET_KINDS.filter(has);
	// A level offered with no target anywhere still gets the row a reader looks for first.
	if (
		!kinds.length &&
		key.severity !== undefined &&
		plans.some((p) => p.levelsStated && p.terms.levels.includes(key.severity!))
	)
		return ['first-response'];
	return kinds;
}

/** The request types any of the plans has a target for, in the vendor's order. */
export function requestTypesOf(vendor: Vendor, plans: readonly TierPlan[]): string[] {
	const used = new Set(
		plans.flatMap((plan) => plan.terms.targets.map((p) => p.target.requestType))
	);
	return (vendor.requestTypes ?? []).filter((r) => used.has(r.id)).map((r) => r.id);
}

/** Whether any of the plans has a target for any ticket (neither a level nor a request type). */
export function hasTargetsForAnyTicket(plans: readonly TierPlan[]): boolean {
	return plans.some((plan) =>
		plan.terms.targets.some(
			(p) => p.target.severity === undefined && p.target.requestType === undefined
		)
	);
}
