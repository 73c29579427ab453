/**
 * /plans/<vendor>/<tier>/: one tier's card, its targets per severity (then for any ticket and per
 * request type) with the coverage that counts them, or words saying it has no technical support; a
 * link to the calculator with the tier chosen; when the clock starts, the customer's duties and the
 * credits that concern the tier; then the vendor's comparison with this tier's column highlighted
 * and the back matter.
 */
import { TARGET_KINDS, vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Target, Vendor } from '#lib/catalogue/schema.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	localize,
	localizePhrase,
	localizeText,
	translatePhrase,
	type Phrase,
} from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import {
	calculatorPath,
	coverageRowAnchor,
	planId,
	requestTypeRowAnchor,
	tierPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { PageRefs } from '#lib/views/parts/page-refs.ts';
import { buildBackMatter, type PlanPageBackMatter } from '#lib/views/parts/plan-back-matter.ts';
import {
	hasTargetsForAnyTicket,
	kindsAt,
	requestTypesOf,
	tierPlan,
	type SlotKey,
	type TierPlan,
} from '#lib/views/parts/plan-targets.ts';
import { coverageCell, targetCell, type CellBody } from '#lib/views/parts/target-cells.ts';
import { buildTargetTerms, type TargetTermsView } from '#lib/views/parts/target-terms.ts';
import { buildTierComparison, type TierComparisonView } from '#lib/views/parts/tier-comparison.ts';
import { buildTierOverview, type TierOverview } from '#lib/views/parts/tier-overview.ts';

/**
 * One severity of a tier (or its targets for any ticket, or one request type), with the coverage
 * that counts it.
 */
export interface TierTargetRow {
	anchor: string;
	severity?: { id: string; name: Phrase } | undefined;
	requestType?: string | undefined;
	/** "P1 – Priority 1", "Any request" for targets for any ticket, or the request type's name. */
	label: Phrase;
	coverage: CellBody;
	/** By target kind, in the order of `TierPageView.targetKinds`; undefined where none is published. */
	targets: (CellBody | undefined)[];
}

/** /plans/<vendor>/<tier>/ */
export interface TierPageView extends PlanPageBackMatter {
	vendorId: string;
	vendorName: string;
	vendorHref: string;
	title: string;
	/**
	 * The language of the title's words when it is not the page's: the tier's name not yet translated
	 * (the title holds only names, the tier's and the vendor's, so the heading takes it whole).
	 */
	titleLang?: LocaleTag | undefined;
	description: string;
	tier: TierOverview;
	targetKinds: { kind: Target['kind']; label: string }[];
	targetRows: TierTargetRow[];
	/** Said instead of the targets where the tier has no technical support. */
	noSupport?: Phrase | undefined;
	/** When the clock starts, the customer's duties and the credits that concern the tier. */
	terms: TargetTermsView;
	calculator: { href: string; label: Phrase };
	table: TierComparisonView;
}

function targetRow(
	vendor: Vendor,
	plan: TierPlan,
	row: Pick<TierTargetRow, 'anchor' | 'severity' | 'requestType' | 'label'>,
	kinds: readonly Target['kind'][],
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): TierTargetRow {
	const key: Omit<SlotKey, 'kind'> = { severity: row.severity?.id, requestType: row.requestType };
	const ctx = {
		vendor,
		tag,
		t,
		markers: (ids: readonly string[]) => refs.markers(ids),
		footnotes: (ids: readonly string[] | undefined) => refs.footnotes(ids),
	};
	return {
		...row,
		coverage: coverageCell(plan, key, ctx),
		targets: kinds.map((kind) => targetCell(plan, { ...key, kind }, ctx)),
	};
}

/**
 * Builds /plans/<vendor>/<tier>/ for one locale: the tier, its targets per severity, and the
 * comparison with it highlighted. Throws when the vendor has no such tier.
 */
export function buildTierPage(
	vendor: Vendor,
	tierId: string,
	tag: LocaleTag,
	t: Translate
): TierPageView {
	const tier = vendor.tiers.find((x) => x.id === tierId);
	if (!tier) throw new Error(`Vendor "${vendor.id}" has no tier "${tierId}"`);
	const refs = new PageRefs(vendor, t, tag);
	const plan = tierPlan(vendor, tier);
	const levels = vendor.severities?.levels ?? [];
	const rows: Pick<TierTargetRow, 'anchor' | 'severity' | 'requestType' | 'label'>[] = [];
	if (!plan.noSupport) {
		for (const level of levels) {
			const name = localizePhrase(level.name, tag);
			rows.push({
				anchor: `tier-${coverageRowAnchor(level.id)}`,
				severity: { id: level.id, name },
				label: translatePhrase(t, 'atlas.plans.severityLabel', { severity: level.id, name }),
			});
		}
		if (!levels.length || hasTargetsForAnyTicket([plan]))
			rows.push({ anchor: `tier-${coverageRowAnchor()}`, label: t('atlas.plans.noSeverity') });
		for (const id of requestTypesOf(vendor, [plan]))
			rows.push({
				anchor: `tier-${requestTypeRowAnchor(id)}`,
				requestType: id,
				label: localizePhrase(vendor.requestTypes!.find((r) => r.id === id)!.name, tag),
			});
	}
	const kinds = TARGET_KINDS.filter((kind) =>
		rows.some((row) =>
			kindsAt(
				[plan],
				{ severity: row.severity?.id, requestType: row.requestType },
				vendor
			).includes(kind)
		)
	);
	// The targets come first on the page, so they cite footnotes first.
	const targetRows = rows.map((row) => targetRow(vendor, plan, row, kinds, tag, t, refs));
	const name = localizePhrase(tier.name, tag);
	const page = tierPath(tag, vendor.id, tier.id);
	return {
		vendorId: vendor.id,
		vendorName: vendor.name,
		vendorHref: vendorPlansPath(tag, vendor.id),
		title: t('atlas.plans.tierTitle', { tier: localize(tier.name, tag), vendor: vendor.name }),
		titleLang: localizeText(tier.name, tag).lang,
		description: localize(tier.summary, tag),
		tier: buildTierOverview(vendor, tier, tag, t, refs),
		targetKinds: kinds.map((kind) => ({ kind, label: t(`atlas.target.kind.${kind}`) })),
		targetRows,
		noSupport: plan.noSupport
			? translatePhrase(t, levelKey('atlas.plans.noSupportTier', vendorLevelTerm(vendor)), {
					tier: name,
				})
			: undefined,
		terms: buildTargetTerms(vendor, tag, t, (ids) => refs.markers(ids), plan),
		calculator: {
			href: calculatorPath(tag, { plan: planId(vendor.id, tier.id) }),
			label: translatePhrase(t, 'atlas.plans.openCalculator', { tier: name }),
		},
		table: buildTierComparison(vendor, tag, t, refs, { page, highlight: tier.id }),
		...buildBackMatter(vendor, tag, t, refs),
	};
}
