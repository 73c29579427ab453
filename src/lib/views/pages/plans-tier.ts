/**
 * /plans/<vendor>/<tier>/: one tier's card, its targets per severity with the coverage that counts
 * them, a link to the calculator with the tier chosen, then the vendor's comparison with this tier's
 * column highlighted and the back matter.
 */
import { tierCoverage } from '#lib/catalogue/query.ts';
import { TARGET_KINDS } from '#lib/catalogue/query.ts';
import type { Target, Tier, Vendor } from '#lib/catalogue/schema.ts';
import { formatTargetAmount } from '#lib/i18n/format.ts';
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
	tierPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import type { AssumptionMarker } from '#lib/views/parts/markers.ts';
import { PageRefs, type FootnoteRef } from '#lib/views/parts/page-refs.ts';
import { buildBackMatter, type PlanPageBackMatter } from '#lib/views/parts/plan-back-matter.ts';
import {
	buildTierComparison,
	targetNotes,
	type TierComparisonView,
} from '#lib/views/parts/tier-comparison.ts';
import { buildTierOverview, type TierOverview } from '#lib/views/parts/tier-overview.ts';

/** One severity (or the severity-independent targets) of a tier, with the coverage that counts it. */
export interface TierTargetRow {
	anchor: string;
	severity?: { id: string; name: Phrase } | undefined;
	/** "P1 – Priority 1", or "Any request" for targets that do not depend on severity. */
	label: Phrase;
	coverage: Phrase;
	coverageAssumptions: AssumptionMarker[];
	/** By target kind, in the order of `TierPageView.targetKinds`; undefined where none is published. */
	targets: (
		| {
				value: string;
				notes: string[];
				footnotes: FootnoteRef[];
				assumptions: AssumptionMarker[];
		  }
		| undefined
	)[];
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
	calculator: { href: string; label: Phrase };
	table: TierComparisonView;
}

function targetRow(
	vendor: Vendor,
	tier: Tier,
	severity: { id: string; name: Phrase } | undefined,
	kinds: readonly Target['kind'][],
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): TierTargetRow {
	const calendar = resolveCalendar(vendor, tierCoverage(vendor, tier), severity?.id);
	return {
		anchor: `tier-${coverageRowAnchor(severity?.id)}`,
		severity,
		label: severity
			? translatePhrase(t, 'atlas.plans.severityLabel', {
					severity: severity.id,
					name: severity.name,
				})
			: t('atlas.plans.noSeverity'),
		coverage: localizePhrase(calendar.name, tag),
		coverageAssumptions: refs.calendarAssumptions(calendar),
		targets: kinds.map((kind) => {
			const target = tier.targets.find((x) => x.kind === kind && x.severity === severity?.id);
			return (
				target && {
					value: formatTargetAmount(target, tag, t),
					notes: targetNotes(target, t),
					footnotes: refs.footnotes(target.footnotes),
					assumptions: refs.targetAssumptions(target, calendar),
				}
			);
		}),
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
	const kinds = TARGET_KINDS.filter((kind) => tier.targets.some((target) => target.kind === kind));
	const levels = vendor.severities?.levels ?? [];
	// The targets come first on the page, so they cite footnotes first.
	const targetRows: TierTargetRow[] = levels.map((level) =>
		targetRow(
			vendor,
			tier,
			{ id: level.id, name: localizePhrase(level.name, tag) },
			kinds,
			tag,
			t,
			refs
		)
	);
	if (!levels.length || tier.targets.some((target) => target.severity === undefined))
		targetRows.push(targetRow(vendor, tier, undefined, kinds, tag, t, refs));
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
		calculator: {
			href: calculatorPath(tag, { plan: planId(vendor.id, tier.id) }),
			label: translatePhrase(t, 'atlas.plans.openCalculator', {
				tier: localizePhrase(tier.name, tag),
			}),
		},
		table: buildTierComparison(vendor, tag, t, refs, { page, highlight: tier.id }),
		...buildBackMatter(vendor, tag, t, refs),
	};
}
