/**
 * The answer a reader wants first about a tier: its first-response time for the most severe level
 * (or its first deadline) with its commitment, the coverage that counts it (or that the tier has no
 * technical support), and the channels it is reached by (from the
 * feature row marked `role: channels`, if the vendor marks one), each with the assumptions it rests
 * on. Shared by the home cards and the plan pages' tier overviews, so both say the same thing.
 */
import { tierCoverage } from '#lib/catalogue/query.ts';
import {
	calendarAssumptionIds,
	featureValueAssumptionIds,
	targetAssumptionIds,
} from '#lib/catalogue/provenance.ts';
import { channelRows, headlineTarget } from '#lib/catalogue/query.ts';
import type { Tier, Vendor } from '#lib/catalogue/schema.ts';
import { inSentence, sentenceStart } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	editStart,
	listPhrase,
	localizePhrase,
	translatePhrase,
	type Phrase,
} from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import type { AssumptionMarker } from './markers.ts';
import { featureCell } from './comparison-cells.ts';
import { targetSlot, tierPlan } from './plan-targets.ts';
import { amountText, dependsOnText } from './target-cells.ts';

export interface TierKeyFacts {
	/**
	 * e.g. { label: "P1 first response", value: "30 minutes" }; undefined when none is published.
	 * `note` says what else selects it ("Depends on deployment"), where ticket attributes do.
	 */
	headline?:
		| { label: string; value: string; note?: Phrase | undefined; assumptions: AssumptionMarker[] }
		| undefined;
	/**
	 * Coverage that applies to the headline target, e.g. "24x7"; when other severities are covered
	 * differently, it says so ("24x7 for P1; otherwise business hours").
	 */
	coverage: Phrase;
	coverageAssumptions: AssumptionMarker[];
	/**
	 * The tier's contact channels in words ("Web and phone"; a list joined as a sentence; "not stated"
	 * where the source is silent); undefined when the vendor marks no channels row.
	 */
	channels?: { value: Phrase; assumptions: AssumptionMarker[] } | undefined;
}

/**
 * Builds a tier's key facts. `markers` turns assumption ids into markers as the page shows them
 * (numbered and linked for that page).
 */
export function tierKeyFacts(
	vendor: Vendor,
	tier: Tier,
	tag: LocaleTag,
	t: Translate,
	markers: (ids: string[]) => AssumptionMarker[]
): TierKeyFacts {
	const channels = channelsFact(vendor, tier, tag, t, markers);
	const plan = tierPlan(vendor, tier);
	const owner = tierCoverage(vendor, tier);
	// Without coverage a tier has no targets: it says so, or that it offers no support at all.
	if (plan.noSupport || !owner.coverage)
		return {
			coverage: t(plan.noSupport ? 'atlas.plans.noSupport' : 'atlas.value.notStated'),
			coverageAssumptions: [],
			channels,
		};
	const target = headlineTarget(vendor, tier);
	const calendar = resolveCalendar(vendor, owner, target?.severity);
	const fallback = resolveCalendar(vendor, owner);
	// Severities counted on the headline's calendar when the tier's default differs.
	const special = Object.entries(owner.coverage.severities ?? {})
		.filter(([, id]) => id === calendar.id && id !== fallback.id)
		.map(([severity]) => severity);
	const split = special.length > 0;
	// A name inside a sentence loses the capital it has alone.
	const inText = (phrase: Phrase) =>
		editStart(phrase, (text, lang) => inSentence(text, lang ?? tag));
	const slot = target && targetSlot(vendor, plan, { kind: target.kind, severity: target.severity });
	return {
		headline: target && {
			// A target that does not depend on severity is named by its kind alone, not with an empty
			// severity ("Pierwsza odpowiedź ()").
			label:
				target.severity === undefined
					? t(`atlas.target.kind.${target.kind}`)
					: t(`atlas.tier.headlineTarget.${target.kind}`, { severity: target.severity }),
			value: amountText(target, tag, t),
			note:
				slot?.state === 'set' && slot.attributes.length
					? dependsOnText(vendor, slot.attributes, tag, t)
					: undefined,
			assumptions: markers(
				targetAssumptionIds(target, calendar).filter(
					(id) => !calendarAssumptionIds(calendar).includes(id)
				)
			),
		},
		coverage: split
			? // Both names stand inside one sentence, so they lose the capital they have alone.
				editStart(
					translatePhrase(t, 'atlas.home.coverageSplit', {
						coverage: inText(localizePhrase(calendar.name, tag)),
						severities: listPhrase(special, tag),
						other: inText(localizePhrase(fallback.name, tag)),
					}),
					(text, lang) => sentenceStart(text, lang ?? tag)
				)
			: localizePhrase(calendar.name, tag),
		coverageAssumptions: markers([
			...calendarAssumptionIds(calendar),
			...(split ? calendarAssumptionIds(fallback) : []),
		]),
		channels,
	};
}

/** The tier's value of the vendor's channels row, in words, with the assumptions it rests on. */
function channelsFact(
	vendor: Vendor,
	tier: Tier,
	tag: LocaleTag,
	t: Translate,
	markers: (ids: string[]) => AssumptionMarker[]
): TierKeyFacts['channels'] {
	const rows = channelRows(vendor);
	if (!rows) return undefined;
	const inText = (phrase: Phrase) =>
		editStart(phrase, (text, lang) => inSentence(text, lang ?? tag));
	if (rows.kind === 'yes-no') {
		// Each row names one channel: the tier has those whose row says yes.
		const included = rows.features.filter((f) => f.values[tier.id] === true);
		return {
			value: included.length
				? listPhrase(
						// Row names stand alone in the table; in one list only the first keeps its capital.
						included.map((f, i) =>
							i === 0 ? localizePhrase(f.name, tag) : inText(localizePhrase(f.name, tag))
						),
						tag
					)
				: t('atlas.value.notStated'),
			assumptions: markers(included.flatMap((f) => featureValueAssumptionIds(f, tier.id))),
		};
	}
	const feature = rows.feature;
	const cell = featureCell(feature.values[tier.id] ?? null, tag, t);
	// Validation allows only text, lists and null here; marks never reach this line.
	const value =
		cell.kind === 'list'
			? listPhrase(
					cell.items.map((item, i) => (i === 0 ? item : inText(item))),
					tag
				)
			: cell.kind === 'mark'
				? cell.label
				: cell.text;
	return { value, assumptions: markers(featureValueAssumptionIds(feature, tier.id)) };
}
