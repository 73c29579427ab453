/**
 * The one place that resolves what a plan's terms are: a tier's own targets, those it includes from
 * another tier, and those an add-on sets or lifts it to; then which of them a ticket meets, by its
 * severity or request type and its attributes.
 */
import type { AddOn, ClockStart, Conditions, Target, Tier } from './schema.ts';

/** What resolving needs of a tier. */
export type TierTerms = Pick<Tier, 'id' | 'coverage' | 'targets' | 'includes' | 'levels'>;
/** What resolving needs of an add-on. */
export type AddOnTerms = Pick<AddOn, 'id' | 'liftsTo' | 'targets' | 'coverage'>;

/** What resolving needs of a vendor. */
export interface TermsOwner {
	/** Severity ids in the vendor's order. */
	levelIds: readonly string[];
	tiers: readonly TierTerms[];
	addOns?: readonly AddOnTerms[] | undefined;
}

/** Where a target of a plan comes from: the tier itself, a tier it includes, or an add-on. */
export type TermsOrigin =
	{ from: 'tier'; id: string } | { from: 'included'; id: string } | { from: 'add-on'; id: string };

/** A target of a plan, with where it comes from and the coverage it counts on. */
export interface PlanTarget {
	target: Target;
	origin: TermsOrigin;
	/** Where the target is written: the tier or add-on and its index there (for its provenance). */
	at: { owner: 'tier' | 'add-on'; id: string; index: number };
	coverage: NonNullable<Tier['coverage']> | undefined;
}

/** A plan's terms: its targets after inclusion and add-ons, its coverage, and the levels it offers. */
export interface PlanTerms {
	tierId: string;
	targets: PlanTarget[];
	coverage: NonNullable<Tier['coverage']> | undefined;
	/** Severity ids the plan offers, in the vendor's order (some may have no published target). */
	levels: string[];
	/** Add-ons taken into account. */
	addOns: string[];
}

/** Conditions written the same way whatever their order, to tell targets apart. */
function conditionsKey(when: Conditions | undefined): string {
	if (!when) return '';
	return Object.keys(when)
		.sort()
		.map((k) => `${k}=${[when[k]].flat().sort().join('|')}`)
		.join('&');
}

/** Targets with the same key answer the same question; a later one replaces an earlier one. */
export function targetKey(target: Target): string {
	return [
		target.kind,
		target.severity ?? '',
		target.requestType ?? '',
		conditionsKey(target.when),
	].join('/');
}

/**
 * Targets of another origin (an included tier, the terms before an add-on) give way to `over`: each
 * of its targets replaces every target of the same kind and level, whatever their conditions, so a
 * tier's own answer for a level is never undercut by a more specific inherited one.
 */
function merge(base: PlanTarget[], over: PlanTarget[]): PlanTarget[] {
	const level = (p: PlanTarget) =>
		[p.target.kind, p.target.severity ?? '', p.target.requestType ?? ''].join('/');
	const replaced = new Set(over.map(level));
	return [...base.filter((p) => !replaced.has(level(p))), ...over];
}

function ownTargets(
	targets: readonly Target[] | undefined,
	origin: TermsOrigin,
	owner: 'tier' | 'add-on',
	coverage: PlanTarget['coverage']
): PlanTarget[] {
	return (targets ?? []).map((target, index) => ({
		target,
		origin,
		at: { owner, id: origin.id, index },
		coverage,
	}));
}

/** The levels a set of targets names, in the vendor's order. */
function namedLevels(owner: TermsOwner, targets: readonly PlanTarget[]): string[] {
	const used = new Set(targets.map((p) => p.target.severity));
	return owner.levelIds.filter((id) => used.has(id));
}

/** A tier's terms with what it includes (validation rules out cycles; `seen` guards unvalidated data). */
function tierTerms(owner: TermsOwner, tier: TierTerms, seen: Set<string>): PlanTerms {
	seen.add(tier.id);
	const includedTier = tier.includes && owner.tiers.find((t) => t.id === tier.includes);
	const base =
		includedTier && !seen.has(includedTier.id) ? tierTerms(owner, includedTier, seen) : undefined;
	const coverage = tier.coverage ?? base?.coverage;
	const inherited = (base?.targets ?? []).map((p): PlanTarget => ({
		...p,
		origin: p.origin.from === 'tier' ? { from: 'included', id: p.origin.id } : p.origin,
		// The including tier's coverage governs what it includes, where it states one.
		coverage: tier.coverage ?? p.coverage,
	}));
	const targets = merge(
		inherited,
		ownTargets(tier.targets, { from: 'tier', id: tier.id }, 'tier', coverage)
	);
	const offered = new Set(tier.levels ?? [...(base?.levels ?? []), ...namedLevels(owner, targets)]);
	const levels = owner.levelIds.filter((id) => offered.has(id));
	return { tierId: tier.id, targets, coverage, levels, addOns: [] };
}

/**
 * A plan's terms: the tier with what it includes, then each add-on in turn (one that lifts the plan
 * to another tier gives it that tier's targets and coverage, the plan keeping its own targets for
 * levels the other tier sets none for; one with targets replaces those they match).
 */
export function planTerms(
	owner: TermsOwner,
	tier: TierTerms,
	addOnIds: readonly string[] = []
): PlanTerms {
	let terms = tierTerms(owner, tier, new Set());
	for (const id of addOnIds) {
		const addOn = owner.addOns?.find((a) => a.id === id);
		if (!addOn) continue;
		const origin: TermsOrigin = { from: 'add-on', id };
		if (addOn.liftsTo) {
			const lifted = owner.tiers.find((t) => t.id === addOn.liftsTo);
			if (lifted) {
				const to = tierTerms(owner, lifted, new Set());
				// The lifted tier's targets replace the plan's for the levels it sets; a level it leaves
				// without a target keeps the plan's own.
				terms = {
					...to,
					tierId: terms.tierId,
					targets: merge(
						terms.targets,
						to.targets.map((p) => ({ ...p, origin }))
					),
					levels: owner.levelIds.filter((l) => to.levels.includes(l) || terms.levels.includes(l)),
				};
			}
		}
		const coverage = addOn.coverage ?? terms.coverage;
		const own = ownTargets(addOn.targets, origin, 'add-on', coverage);
		const targets = merge(terms.targets, own);
		terms = {
			...terms,
			targets,
			levels: owner.levelIds.filter(
				(l) => terms.levels.includes(l) || own.some((p) => p.target.severity === l)
			),
		};
	}
	return { ...terms, addOns: [...addOnIds] };
}

/** What a ticket brings that selects targets. */
export interface Ticket {
	severity?: string | undefined;
	requestType?: string | undefined;
	/** Attribute id → value id. */
	attributes?: Readonly<Record<string, string>> | undefined;
}

/** Whether a ticket's attributes meet every condition; unknown attributes never match. */
export function meetsConditions(
	when: Conditions | undefined,
	attributes: Readonly<Record<string, string>> | undefined
): boolean {
	if (!when) return true;
	return Object.entries(when).every(([id, wanted]) => {
		const value = attributes && Object.hasOwn(attributes, id) ? attributes[id] : undefined;
		return value !== undefined && [wanted].flat().includes(value);
	});
}

/** Whether a target is about the ticket's level or request type (its attributes aside). */
function concerns(target: Target, ticket: Ticket): boolean {
	if (ticket.requestType !== undefined) return target.requestType === ticket.requestType;
	return (
		target.requestType === undefined &&
		(target.severity === undefined || target.severity === ticket.severity)
	);
}

/**
 * The targets that apply to a ticket: for each kind and level, the matching target with the most
 * conditions (one without conditions applies when none with conditions matches).
 */
export function selectTargets(terms: PlanTerms, ticket: Ticket): PlanTarget[] {
	const best = new Map<string, PlanTarget>();
	for (const p of terms.targets) {
		if (!concerns(p.target, ticket) || !meetsConditions(p.target.when, ticket.attributes)) continue;
		const key = `${p.target.kind}/${p.target.severity ?? ''}`;
		const held = best.get(key);
		const weight = (x: PlanTarget) => Object.keys(x.target.when ?? {}).length;
		if (!held || weight(p) > weight(held)) best.set(key, p);
	}
	return terms.targets.filter((p) => [...best.values()].includes(p));
}

/**
 * The attributes whose value decides which target or calendar applies to a ticket of this level or
 * request type: those named by a target about it, or by a coverage rule that can apply to it.
 */
export function attributesThatMatter(
	terms: PlanTerms,
	ticket: Omit<Ticket, 'attributes'>
): string[] {
	const ids = new Set<string>();
	for (const p of terms.targets) {
		if (!concerns(p.target, ticket)) continue;
		for (const id of Object.keys(p.target.when ?? {})) ids.add(id);
		const level = p.target.severity ?? ticket.severity;
		for (const rule of p.coverage?.rules ?? [])
			if (!rule.severities || (level !== undefined && rule.severities.includes(level)))
				for (const id of Object.keys(rule.when)) ids.add(id);
	}
	return [...ids];
}

/**
 * When a target's clock starts: its own word, else (for a deadline) the vendor's, else at opening; an
 * update counts from the first response. `stated` is false where nothing in the terms says so.
 */
export function clockStartOf(
	target: Target,
	vendorStart: ClockStart | undefined
): { event: ClockStart['event']; start?: ClockStart | undefined } {
	if (target.starts) return { event: target.starts.event, start: target.starts };
	if (target.kind === 'update') return { event: 'first-response' };
	return vendorStart ? { event: vendorStart.event, start: vendorStart } : { event: 'opened' };
}
