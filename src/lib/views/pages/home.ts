/**
 * The home page's directory of vendors and tiers, as plain data ready to render.
 */
import { tierAssumptionIds } from '#lib/catalogue/provenance.ts';
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Catalogue } from '#lib/catalogue/schema.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import {
	calculatorPath,
	comparePath,
	finderPath,
	generalFaqPath,
	severityGuidePath,
	tierAnchor,
	tierPath,
	vendorAnchor,
	vendorFaqPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { assumptionMarkers, type AssumptionMarker } from '#lib/views/parts/markers.ts';
import { tierKeyFacts, type TierKeyFacts } from '#lib/views/parts/tier-key-facts.ts';

export interface DirectoryTier extends TierKeyFacts {
	id: string;
	anchor: string;
	name: Phrase;
	/** The tier's own page. */
	href: string;
	summary: Phrase;
	availability: string;
	/** Assumptions about how the tier is obtained. */
	availabilityAssumptions: AssumptionMarker[];
}

export interface DirectoryVendor {
	id: string;
	anchor: string;
	name: string;
	summary: Phrase;
	plansHref: string;
	plansLabel: string;
	/** The vendor's other pages: its severity guide and its questions and answers, where it has them. */
	guides: { href: string; label: string }[];
	tiers: DirectoryTier[];
}

/** A way into the site from the home page: the tools and the general guides. */
export interface DirectoryLink {
	href: string;
	label: string;
}

/** The home page's links to the site's tools and guides, in the order a first-time reader needs them. */
export function buildHomeLinks(tag: LocaleTag, t: Translate): DirectoryLink[] {
	return [
		{ href: calculatorPath(tag), label: t('atlas.nav.calculator') },
		{ href: comparePath(tag), label: t('atlas.nav.compare') },
		{ href: finderPath(tag), label: t('atlas.nav.finder') },
		{ href: generalFaqPath(tag), label: t('atlas.nav.generalFaq') },
	];
}

/** Builds the directory for one locale. */
export function buildDirectory(
	catalogue: Catalogue,
	tag: LocaleTag,
	t: Translate
): DirectoryVendor[] {
	return catalogue.vendors.map((vendor) => ({
		id: vendor.id,
		anchor: vendorAnchor(vendor.id),
		name: vendor.name,
		summary: localizePhrase(vendor.summary, tag),
		plansHref: vendorPlansPath(tag, vendor.id),
		plansLabel: t('atlas.vendor.comparePlans', { vendor: vendor.name }),
		guides: [
			...(vendor.severities
				? [
						{
							href: severityGuidePath(tag, vendor.id),
							label: t(levelKey('atlas.faq.severityLink', vendorLevelTerm(vendor)), {
								vendor: vendor.name,
							}),
						},
					]
				: []),
			...(vendor.faq.length
				? [
						{
							href: vendorFaqPath(tag, vendor.id),
							label: t('atlas.severity.faqLink', { vendor: vendor.name }),
						},
					]
				: []),
		],
		tiers: vendor.tiers.map((tier) => {
			const markers = (ids: string[]) => assumptionMarkers(vendor, ids, tag, t);
			return {
				id: tier.id,
				anchor: tierAnchor(vendor.id, tier.id),
				name: localizePhrase(tier.name, tag),
				href: tierPath(tag, vendor.id, tier.id),
				summary: localizePhrase(tier.summary, tag),
				availability: t(`atlas.tier.availability.${tier.availability}`),
				availabilityAssumptions: markers(tierAssumptionIds(vendor, tier)),
				...tierKeyFacts(vendor, tier, tag, t, markers),
			};
		}),
	}));
}
