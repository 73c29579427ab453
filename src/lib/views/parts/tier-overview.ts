/**
 * A tier's card as the plan pages show it above the comparison: its key facts first (shared with the
 * home cards, see tier-key-facts.ts), then how the tier is obtained and who may have it.
 */
import type { Tier, Vendor } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { tierColumnAnchor, tierPath } from '#lib/routes.ts';
import type { AssumptionMarker } from './markers.ts';
import type { PageRefs } from './page-refs.ts';
import { tierKeyFacts, type TierKeyFacts } from './tier-key-facts.ts';

/** A tier's card: its key facts, then its availability, eligibility and add-ons. */
export interface TierOverview extends TierKeyFacts {
	id: string;
	anchor: string;
	name: Phrase;
	href: string;
	summary: Phrase;
	availability: string;
	availabilityNote?: Phrase | undefined;
	eligibility: Phrase[];
	addOns: Phrase[];
	assumptions: AssumptionMarker[];
}

/** Builds a tier's card; its markers are numbered by `refs`, the references of the page it is on. */
export function buildTierOverview(
	vendor: Vendor,
	tier: Tier,
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): TierOverview {
	return {
		id: tier.id,
		anchor: `${tierColumnAnchor(tier.id)}-overview`,
		name: localizePhrase(tier.name, tag),
		href: tierPath(tag, vendor.id, tier.id),
		summary: localizePhrase(tier.summary, tag),
		...tierKeyFacts(vendor, tier, tag, t, (ids) => refs.markers(ids)),
		availability: t(`atlas.tier.availability.${tier.availability}`),
		availabilityNote: tier.availabilityNote && localizePhrase(tier.availabilityNote, tag),
		eligibility: (tier.eligibility ?? []).map((e) => localizePhrase(e, tag)),
		addOns: (vendor.addOns ?? [])
			.filter((a) => a.availableFor.includes(tier.id))
			.map((a) => localizePhrase(a.name, tag)),
		assumptions: refs.tierAssumptions(tier),
	};
}
