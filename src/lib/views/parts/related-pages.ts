/**
 * The "related pages" list under a vendor's plans, severity guide and FAQ: each links the vendor's
 * other pages that exist, in one order, so the three pages cannot drift apart.
 */
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { comparePath, severityGuidePath, vendorFaqPath, vendorPlansPath } from '#lib/routes.ts';

/** The vendor page a list stands on (it links the others). */
export type VendorPageKind = 'plans' | 'severity' | 'faq';

/** One related page: where it is and what the link says. */
export interface RelatedPage {
	href: string;
	label: string;
}

/**
 * The vendor's pages other than `current` (the severity guide and FAQ only when the catalogue has
 * them); the plans page also links the cross-vendor comparison.
 */
export function relatedPages(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	current: VendorPageKind
): RelatedPage[] {
	const vars = { vendor: vendor.name };
	const pages: RelatedPage[] = [];
	if (current !== 'plans')
		pages.push({
			href: vendorPlansPath(tag, vendor.id),
			label: t('atlas.vendor.comparePlans', vars),
		});
	if (current !== 'severity' && vendor.severities)
		pages.push({
			href: severityGuidePath(tag, vendor.id),
			// Named in the vendor's own word for its levels (severity or priority).
			label: t(levelKey('atlas.faq.severityLink', vendorLevelTerm(vendor)), vars),
		});
	if (current !== 'faq' && vendor.faq.length > 0)
		pages.push({ href: vendorFaqPath(tag, vendor.id), label: t('atlas.severity.faqLink', vars) });
	if (current === 'plans')
		pages.push({ href: comparePath(tag), label: t('atlas.plans.compareAll') });
	return pages;
}
