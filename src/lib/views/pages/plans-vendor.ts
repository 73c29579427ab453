/**
 * /plans/<vendor>/: a vendor's tiers as cards, then side by side in the comparison, then when the
 * clock starts, the customer's duties and the service credits, then the back matter. The parts
 * share one set of references, so footnotes and markers number alike on the page.
 */
import type { Vendor } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localize, localizePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { vendorPlansPath } from '#lib/routes.ts';
import { PageRefs } from '#lib/views/parts/page-refs.ts';
import { buildBackMatter, type PlanPageBackMatter } from '#lib/views/parts/plan-back-matter.ts';
import { buildTargetTerms, type TargetTermsView } from '#lib/views/parts/target-terms.ts';
import { buildTierComparison, type TierComparisonView } from '#lib/views/parts/tier-comparison.ts';
import { buildTierOverview, type TierOverview } from '#lib/views/parts/tier-overview.ts';

/** /plans/<vendor>/ */
export interface VendorPlansView extends PlanPageBackMatter {
	vendorId: string;
	vendorName: string;
	title: string;
	description: string;
	summary: Phrase;
	tiers: TierOverview[];
	table: TierComparisonView;
	/** When the clock starts, the customer's duties and the service credits. */
	terms: TargetTermsView;
}

/** Builds /plans/<vendor>/ for one locale; `highlight` marks a tier's column. */
export function buildVendorPlans(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	highlight?: string
): VendorPlansView {
	const refs = new PageRefs(vendor, t, tag);
	// In reading order: footnotes are numbered as the page cites them.
	const tiers = vendor.tiers.map((tier) => buildTierOverview(vendor, tier, tag, t, refs));
	const table = buildTierComparison(vendor, tag, t, refs, {
		page: vendorPlansPath(tag, vendor.id),
		highlight,
	});
	return {
		vendorId: vendor.id,
		vendorName: vendor.name,
		title: t('atlas.plans.title', { vendor: vendor.name }),
		description: localize(vendor.summary, tag),
		summary: localizePhrase(vendor.summary, tag),
		tiers,
		table,
		terms: buildTargetTerms(vendor, tag, t, (ids) => refs.markers(ids)),
		...buildBackMatter(vendor, tag, t, refs),
	};
}
