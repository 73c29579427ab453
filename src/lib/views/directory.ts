/**
 * The home page's directory of vendors and tiers, as plain data ready to render.
 */
import {
	calendarAssumptionIds,
	targetAssumptionIds,
	tierAssumptionIds,
} from '../catalogue/provenance.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import { headlineTarget } from '../catalogue/query.ts';
import { formatDuration, formatList } from '../i18n/format.ts';
import type { LocaleTag } from '../i18n/locales.ts';
import { localize } from '../i18n/text.ts';
import type { Translate } from '../i18n/translate.ts';
import {
	calculatorPath,
	comparePath,
	generalFaqPath,
	severityGuidePath,
	tierAnchor,
	tierPath,
	vendorAnchor,
	vendorFaqPath,
	vendorPlansPath,
} from '../routes.ts';
import { resolveCalendar } from '../sla/coverage.ts';
import { assumptionMarkers, type AssumptionMarker } from './markers.ts';

export interface DirectoryTier {
	id: string;
	anchor: string;
	name: string;
	/** The tier's own page. */
	href: string;
	summary: string;
	availability: string;
	/** Assumptions about how the tier is obtained. */
	availabilityAssumptions: AssumptionMarker[];
	/** e.g. { label: "P1 first response", value: "30 minutes" }; undefined when none is published. */
	headline?: { label: string; value: string; assumptions: AssumptionMarker[] } | undefined;
	/**
	 * Coverage that applies to the headline target, e.g. "24x7"; when other severities are covered
	 * differently, it says so ("24x7 for P1 only; otherwise business hours").
	 */
	coverage: string;
	coverageAssumptions: AssumptionMarker[];
}

export interface DirectoryVendor {
	id: string;
	anchor: string;
	name: string;
	summary: string;
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
		summary: localize(vendor.summary, tag),
		plansHref: vendorPlansPath(tag, vendor.id),
		plansLabel: t('atlas.vendor.comparePlans', { vendor: vendor.name }),
		guides: [
			...(vendor.severities
				? [
						{
							href: severityGuidePath(tag, vendor.id),
							label: t('atlas.faq.severityLink', { vendor: vendor.name }),
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
			const target = headlineTarget(vendor, tier);
			const calendar = resolveCalendar(vendor, tier, target?.severity);
			const fallback = resolveCalendar(vendor, tier);
			// Severities counted on the headline's calendar when the tier's default differs.
			const special = Object.entries(tier.coverage.severities ?? {})
				.filter(([, id]) => id === calendar.id && id !== fallback.id)
				.map(([severity]) => severity);
			const split = special.length > 0;
			const markers = (ids: string[]) => assumptionMarkers(vendor, ids, tag, t);
			return {
				id: tier.id,
				anchor: tierAnchor(vendor.id, tier.id),
				name: localize(tier.name, tag),
				href: tierPath(tag, vendor.id, tier.id),
				summary: localize(tier.summary, tag),
				availability: t(`atlas.tier.availability.${tier.availability}`),
				availabilityAssumptions: markers(tierAssumptionIds(vendor, tier)),
				headline: target && {
					label: t(`atlas.tier.headlineTarget.${target.kind}`, { severity: target.severity ?? '' }),
					value: formatDuration(target.within, tag, t),
					assumptions: markers(
						targetAssumptionIds(target, calendar).filter(
							(id) => !calendarAssumptionIds(calendar).includes(id)
						)
					),
				},
				coverage: split
					? t('atlas.home.coverageSplit', {
							coverage: localize(calendar.name, tag),
							severities: formatList(special, tag),
							other: localize(fallback.name, tag),
						})
					: localize(calendar.name, tag),
				coverageAssumptions: markers([
					...calendarAssumptionIds(calendar),
					...(split ? calendarAssumptionIds(fallback) : []),
				]),
			};
		}),
	}));
}
