/**
 * The pages the performance benchmarks and budgets look at, one of each kind, in a locale: home,
 * a vendor's plans, one tier, the cross-vendor comparison, the plan finder, a severity guide, a
 * vendor FAQ, the general FAQ and the calculator. The vendor is the first one that has every kind
 * of page (a severity guide with its impact × urgency picker, and FAQ entries).
 */
import type { Catalogue } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	calculatorPath,
	comparePath,
	finderPath,
	generalFaqPath,
	homePath,
	severityGuidePath,
	tierPath,
	vendorFaqPath,
	vendorPlansPath,
} from '#lib/routes.ts';

export type AuditedPage = { kind: string; path: string };

/** One page of each kind, in locale `tag`. */
export function auditedPages(catalogue: Catalogue, tag: LocaleTag): AuditedPage[] {
	const vendor =
		catalogue.vendors.find((v) => v.severities?.matrix && v.faq.length > 0) ??
		catalogue.vendors.find((v) => v.severities && v.faq.length > 0);
	if (!vendor)
		throw new Error(
			'No vendor has both a severity guide and FAQ entries: the audited pages need one.'
		);
	return [
		{ kind: 'home', path: homePath(tag) },
		{ kind: 'plan', path: vendorPlansPath(tag, vendor.id) },
		{ kind: 'tier', path: tierPath(tag, vendor.id, vendor.tiers[0]!.id) },
		{ kind: 'compare', path: comparePath(tag) },
		{ kind: 'finder', path: finderPath(tag) },
		{ kind: 'severity', path: severityGuidePath(tag, vendor.id) },
		{ kind: 'faq (vendor)', path: vendorFaqPath(tag, vendor.id) },
		{ kind: 'faq (general)', path: generalFaqPath(tag) },
		{ kind: 'calculator', path: calculatorPath(tag) },
	];
}
