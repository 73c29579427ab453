/**
 * The sections every plan page ends with: severity definitions, how to open a ticket, add-ons (with
 * what they do to the targets), notes (add-ons and notes with their sources where the catalogue
 * gives them), the numbered assumptions (each saying which tiers it applies to), footnotes and sources.
 */
import { assumptionTiers, severityAssumptionIds } from '#lib/catalogue/provenance.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import { tierCoverage, vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { AddOn, Reference, Vendor } from '#lib/catalogue/schema.ts';
import { inSentence } from '#lib/i18n/format.ts';
import type { LevelTerm } from '#lib/catalogue/level-terms.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	joinPhrases,
	localize,
	localizePhrase,
	translatePhrase,
	type Phrase,
} from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { assumptionAnchor } from '#lib/routes.ts';
import { sourceViews, type AssumptionMarker, type SourceView } from './markers.ts';
import type { FootnoteItem, PageRefs } from './page-refs.ts';
import { amountText, conditionsLabel } from './target-cells.ts';
import { termProvenance, tierScope } from './target-terms.ts';

/** An assumption in the page's list, numbered as its markers are. */
export interface AssumptionItem {
	id: string;
	anchor: string;
	number: number;
	label: string;
	text: Phrase;
	/** Which tiers it applies to, in words ("Applies to: Standard, Extended"). */
	appliesTo: Phrase;
	/** The same as tier ids; empty when it concerns the vendor as a whole. */
	tiers: string[];
}

/** A severity level with its definition and examples. */
export interface SeverityItem {
	id: string;
	name: Phrase;
	/** "P1 – Priority 1". */
	label: Phrase;
	definition: Phrase;
	/** Assumptions the definition rests on (e.g. our paraphrase where the source defers). */
	assumptions: AssumptionMarker[];
	examples: Phrase[];
}

/** Sections every plan page ends with. */
export interface PlanPageBackMatter {
	/** The vendor's word for its levels: the page's strings that name them come in that wording. */
	term: LevelTerm;
	severities: SeverityItem[];
	severityNote?: Phrase | undefined;
	howToOpenTicket?: Phrase | undefined;
	addOns: {
		id: string;
		name: Phrase;
		description: Phrase;
		availableFor: Phrase;
		/** What it does to the targets: the tier it lifts a plan to, the targets it sets. */
		terms: Phrase[];
		/** Where it comes from, where the catalogue says ("Source: …"), with its assumptions. */
		source?: string | undefined;
		assumptions: AssumptionMarker[];
	}[];
	notes: {
		id: string;
		text: Phrase;
		source?: string | undefined;
		assumptions: AssumptionMarker[];
	}[];
	assumptions: AssumptionItem[];
	footnotes: FootnoteItem[];
	/** Each source with its language, link and the date the catalogue was checked against it. */
	sources: SourceView[];
}

/**
 * What an add-on does to the targets: "Lifts the plan to Premium's targets and coverage", and each
 * target it sets, "First response (P1): 15 minutes (24x7)".
 */
function addOnTerms(vendor: Vendor, addOn: AddOn, tag: LocaleTag, t: Translate): Phrase[] {
	const lifted = addOn.liftsTo && vendor.tiers.find((x) => x.id === addOn.liftsTo);
	const first = vendor.tiers.find((x) => addOn.availableFor.includes(x.id));
	const coverage = addOn.coverage ?? (first && tierCoverage(vendor, first).coverage);
	return [
		...(lifted
			? [translatePhrase(t, 'atlas.plans.liftsTo', { tier: localizePhrase(lifted.name, tag) })]
			: []),
		...(addOn.targets ?? []).map((target) => {
			const vars = {
				kind: t(`atlas.target.kind.${target.kind}`),
				amount: amountText(target, tag, t),
				coverage: coverage
					? inSentence(
							t(
								`atlas.compare.coverage.${resolveCalendar(vendor, { id: addOn.id, coverage }, target.severity).type}`
							),
							tag
						)
					: '',
			};
			const line =
				target.severity === undefined
					? t('atlas.compare.otherTarget', vars)
					: t('atlas.compare.otherTargetSeverity', { ...vars, severity: target.severity });
			return target.when
				? joinPhrases(
						translatePhrase(t, 'atlas.format.label', {
							label: conditionsLabel(vendor, target.when, tag),
						}),
						line
					)
				: line;
		}),
	];
}

/** A vendor's assumptions as its list shows them: numbered, each saying which tiers it applies to. */
export function assumptionItems(vendor: Vendor, tag: LocaleTag, t: Translate): AssumptionItem[] {
	return vendor.assumptions.map((assumption, i) => {
		// Applies to what refers to it; "every plan" only when every plan is affected.
		const tiers = assumptionTiers(vendor, assumption.id);
		return {
			id: assumption.id,
			tiers,
			anchor: assumptionAnchor(assumption.id),
			number: i + 1,
			label: assumption.label
				? t('atlas.plans.assumptionNamed', {
						number: i + 1,
						label: localize(assumption.label, tag),
					})
				: t('atlas.plans.assumptionRef', { number: i + 1 }),
			text: localizePhrase(assumption.text, tag),
			appliesTo:
				tiers.length === 0
					? t('atlas.assumption.appliesToVendor', { vendor: vendor.name })
					: tiers.length === vendor.tiers.length && vendor.tiers.length > 1
						? t('atlas.plans.appliesToAll')
						: tierScope(vendor, tiers, tag, t),
		};
	});
}

/**
 * Builds the back matter of a plan page. Call it after the rest of the page, with the same `refs`:
 * the footnote list is numbered in the order the page cited them.
 */
export function buildBackMatter(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): PlanPageBackMatter {
	const names = (ids: readonly string[]) => tierScope(vendor, ids, tag, t);
	// Only where the catalogue gives a reference: these texts stand without one.
	const statedProvenance = (ref: Reference | undefined) =>
		ref ? termProvenance(vendor, ref, tag, t, (ids) => refs.markers(ids)) : { assumptions: [] };
	return {
		term: vendorLevelTerm(vendor),
		severities: (vendor.severities?.levels ?? []).map((level) => ({
			id: level.id,
			name: localizePhrase(level.name, tag),
			label: translatePhrase(t, 'atlas.plans.severityLabel', {
				severity: level.id,
				name: localizePhrase(level.name, tag),
			}),
			definition: localizePhrase(level.definition, tag),
			assumptions: refs.markers(severityAssumptionIds(level)),
			examples: level.examples.map((e) => localizePhrase(e, tag)),
		})),
		severityNote: vendor.severities?.note && localizePhrase(vendor.severities.note, tag),
		howToOpenTicket: vendor.howToOpenTicket && localizePhrase(vendor.howToOpenTicket, tag),
		addOns: (vendor.addOns ?? []).map((addOn) => ({
			id: addOn.id,
			name: localizePhrase(addOn.name, tag),
			description: localizePhrase(addOn.description, tag),
			availableFor: names(addOn.availableFor),
			terms: addOnTerms(vendor, addOn, tag, t),
			...statedProvenance(addOn.ref),
		})),
		notes: (vendor.notes ?? []).map((note) => ({
			id: note.id,
			text: localizePhrase(note.text, tag),
			...statedProvenance(note.ref),
		})),
		assumptions: assumptionItems(vendor, tag, t),
		footnotes: refs.footnoteList(),
		sources: sourceViews(vendor, tag, t),
	};
}
