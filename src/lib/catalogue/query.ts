/**
 * Questions pages ask of a validated catalogue. Pure functions over catalogue data.
 */
import { defaultLevelTerm, type LevelTerm } from './level-terms.ts';
import type { FeatureRole } from './schema/feature.ts';
import type { DeadlineTarget, Feature, Target, Tier, Vendor } from './schema.ts';
import { planTerms, selectTargets, type PlanTerms, type TermsOwner } from './plan-terms.ts';
import type { CoverageOf } from './coverage.ts';

/** Every kind of target, in the order pages and results list them: the first reply before the rest. */
export const TARGET_KINDS: readonly Target['kind'][] = [
	'first-response',
	'update',
	'resolution',
	'inquiry-response',
];

/** A severity matrix's levels as the catalogue writes them: by urgency id, then impact id. */
export type SeverityMatrixLevels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The severity level an impact and an urgency lead to, or undefined while either is not one of the
 * matrix's (nothing chosen yet). The one lookup the severity guide, its picker and the calculator use.
 */
export function matrixLevel(
	levels: SeverityMatrixLevels,
	impactId: string,
	urgencyId: string
): string | undefined {
	// Own keys only: a value such as "constructor" from a form must not reach Object's prototype.
	const row = Object.hasOwn(levels, urgencyId) ? levels[urgencyId] : undefined;
	return row && Object.hasOwn(row, impactId) ? row[impactId] : undefined;
}

/** Finds a vendor by id. */
export function findVendor(vendors: readonly Vendor[], id: string): Vendor | undefined {
	return vendors.find((v) => v.id === id);
}

/** The word the vendor uses for its levels (severity or priority); the default without a scheme. */
export function vendorLevelTerm(vendor: Pick<Vendor, 'severities'>): LevelTerm {
	return vendor.severities?.term ?? defaultLevelTerm;
}

/** The vendor's most severe level (the first listed), if it has a severity scheme. */
function topSeverity(vendor: Vendor) {
	return vendor.severities?.levels[0];
}

/** Ticket attributes at the vendor's defaults: the case a reader gets without saying more. */
export function defaultAttributes(vendor: Vendor): Record<string, string> {
	return Object.fromEntries(
		(vendor.attributes ?? []).flatMap((a) => (a.default ? [[a.id, a.default]] : []))
	);
}

/**
 * The one target that best summarises a tier on an overview, from its terms (targets of a tier it
 * includes too): first response for the most severe level, where attributes select it the one a
 * ticket gets with the attributes' defaults; failing that, the tier's first deadline of any kind (e.g.
 * an inquiry reply target).
 */
export function headlineTarget(vendor: Vendor, tier: Tier): DeadlineTarget | undefined {
	const terms = tierTerms(vendor, tier);
	const top = topSeverity(vendor)?.id;
	const isTop = (t: Target): t is DeadlineTarget =>
		t.kind === 'first-response' && t.severity === top;
	const selected = selectTargets(terms, { severity: top, attributes: defaultAttributes(vendor) });
	const deadlines = terms.targets
		.map((p) => p.target)
		.filter((t): t is DeadlineTarget => t.kind !== 'update');
	return selected.map((p) => p.target).find(isTop) ?? deadlines.find(isTop) ?? deadlines[0];
}

/** The vendor's feature rows with a role (e.g. its `channels` rows), in catalogue order. */
function roleFeatures(vendor: Vendor, role: FeatureRole): Feature[] {
	return vendor.categories.flatMap((c) => c.features.filter((f) => f.role === role));
}

/** The vendor's first feature row with a role (e.g. its `named-contacts` row), if it marks one. */
export function roleFeature(vendor: Vendor, role: FeatureRole): Feature | undefined {
	return roleFeatures(vendor, role)[0];
}

/** Whether every value of a row is yes, no or unstated (a row that names one channel, not several). */
function isYesNoRow(feature: Feature): boolean {
	return Object.values(feature.values).every((v) => v === null || typeof v === 'boolean');
}

/**
 * How the vendor states its tiers' channels: one row whose values name them in words, or yes/no rows,
 * one per channel (a tier has the channels whose row says yes); undefined when it marks none.
 */
export function channelRows(
	vendor: Vendor
): { kind: 'words'; feature: Feature } | { kind: 'yes-no'; features: Feature[] } | undefined {
	const rows = roleFeatures(vendor, 'channels');
	if (!rows.length) return undefined;
	if (rows.every(isYesNoRow)) return { kind: 'yes-no', features: rows };
	return { kind: 'words', feature: rows.find((r) => !isYesNoRow(r))! };
}

/** What resolving a plan's terms needs of a vendor (see plan-terms.ts). */
export function termsOwner(vendor: Pick<Vendor, 'severities' | 'tiers' | 'addOns'>): TermsOwner {
	return {
		levelIds: vendor.severities?.levels.map((l) => l.id) ?? [],
		tiers: vendor.tiers,
		addOns: vendor.addOns,
	};
}

/** A tier's terms with the tiers it includes and the given add-ons. */
export function tierTerms(
	vendor: Pick<Vendor, 'severities' | 'tiers' | 'addOns'>,
	tier: Tier,
	addOns: readonly string[] = []
): PlanTerms {
	return planTerms(termsOwner(vendor), tier, addOns);
}

/** A tier's coverage, its own or that of the tier it includes, for resolving calendars. */
export function tierCoverage(
	vendor: Pick<Vendor, 'severities' | 'tiers' | 'addOns'>,
	tier: Tier
): CoverageOf {
	return { id: tier.id, coverage: tierTerms(vendor, tier).coverage };
}
