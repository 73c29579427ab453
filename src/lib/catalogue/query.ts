/**
 * Questions pages ask of a validated catalogue. Pure functions over catalogue data.
 */
import type { DeadlineTarget, Feature, FeatureRole, Target, Tier, Vendor } from './schema.ts';

/** Every kind of target, in the order pages and results list them: the first reply before the rest. */
export const TARGET_KINDS: readonly Target['kind'][] = [
	'first-response',
	'update',
	'resolution',
	'inquiry-response',
];

/** Finds a vendor by id. */
export function findVendor(vendors: readonly Vendor[], id: string): Vendor | undefined {
	return vendors.find((v) => v.id === id);
}

/** The vendor's most severe level (the first listed), if it has a severity scheme. */
export function topSeverity(vendor: Vendor) {
	return vendor.severities?.levels[0];
}

/**
 * The one target that best summarises a tier on an overview: first response for the most severe
 * level; failing that, the tier's first deadline of any kind (e.g. an inquiry reply target).
 */
export function headlineTarget(vendor: Vendor, tier: Tier): DeadlineTarget | undefined {
	const top = topSeverity(vendor);
	const deadlines = tier.targets.filter((t): t is DeadlineTarget => t.kind !== 'update');
	return (
		deadlines.find((t) => t.kind === 'first-response' && t.severity === top?.id) ?? deadlines[0]
	);
}

/** The vendor's feature row with a role (e.g. its `channels` row), if it marks one. */
export function roleFeature(vendor: Vendor, role: FeatureRole): Feature | undefined {
	for (const category of vendor.categories) {
		const feature = category.features.find((f) => f.role === role);
		if (feature) return feature;
	}
	return undefined;
}
