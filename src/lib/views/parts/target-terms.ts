/**
 * The terms a vendor's targets hold under, as the plan pages state them once beside their tables:
 * when the clock starts, what the customer must do (and what happens otherwise), and the service
 * credits owed when targets are missed. Each with where it comes from: the source it cites, or the
 * assumption that fills it in.
 */
import { citationOf } from '#lib/catalogue/provenance.ts';
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Credit, Duty, Reference, Vendor } from '#lib/catalogue/schema.ts';
import { formatList, formatPercent } from '#lib/i18n/format.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import {
	listPhrase,
	localizePhrase,
	sentencesPhrase,
	translatePhrase,
	type Phrase,
} from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { citationText, type AssumptionMarker } from './markers.ts';
import type { TierPlan } from './plan-targets.ts';

/** Where a stated term comes from: "Source: …" where it cites one, and the assumptions it rests on. */
export interface TermProvenance {
	source?: string | undefined;
	assumptions: AssumptionMarker[];
}

/** One of the customer's duties. */
export interface DutyView extends TermProvenance {
	id: string;
	/** Who it concerns, where not every ticket of every plan: "P1 tickets" and the plans' names. */
	scope?: Phrase | undefined;
	text: Phrase;
	/** What happens when the customer does not: "If you cannot, the ticket is handled as P2 – High." */
	consequence?: Phrase | undefined;
	/** The duty and its consequence as the locale writes sentences one after another. */
	sentence: Phrase;
}

/** One service credit. */
export interface CreditView extends TermProvenance {
	id: string;
	/** "Applies to: Premium", where not every plan has it. */
	scope?: Phrase | undefined;
	/** "20% of the quarterly fee when more than 4 tickets miss a target in a quarter; claim within 30 days." */
	text: string;
	note?: Phrase | undefined;
	/** The credit and its note as the locale writes sentences one after another. */
	sentence: Phrase;
}

/** The terms beside a plan page's targets. */
export interface TargetTermsView {
	/** When the clock starts, for the vendor's targets; undefined on a plan without support. */
	clockStart?: ({ text: string } & TermProvenance) | undefined;
	duties: DutyView[];
	credits: CreditView[];
}

/**
 * Where a term comes from. A term without a reference cites the vendor's only source, as other
 * values do; `markers` numbers and links assumptions as the page does.
 */
export function termProvenance(
	vendor: Vendor,
	ref: Reference | undefined,
	tag: LocaleTag,
	t: Translate,
	markers: (ids: readonly string[]) => AssumptionMarker[]
): TermProvenance {
	const citation = citationOf(vendor, ref, tag);
	const assumptions = markers(ref?.assumption ? [ref.assumption] : []);
	return citation
		? { source: t('atlas.source.line', { source: citationText(citation, tag, t) }), assumptions }
		: { assumptions };
}

/** The names of tiers, as "Applies to: Standard and Extended". */
export function tierScope(
	vendor: Vendor,
	ids: readonly string[],
	tag: LocaleTag,
	t: Translate
): Phrase {
	return translatePhrase(t, 'atlas.plans.appliesTo', {
		count: ids.length,
		tiers: listPhrase(
			ids.map((id) => {
				const tier = vendor.tiers.find((x) => x.id === id);
				return tier ? localizePhrase(tier.name, tag) : id;
			}),
			tag
		),
	});
}

/** "P2 – High": a level as the plan pages name it. */
function levelLabel(vendor: Vendor, id: string, tag: LocaleTag, t: Translate): Phrase {
	const level = vendor.severities?.levels.find((l) => l.id === id);
	return level
		? translatePhrase(t, 'atlas.plans.severityLabel', {
				severity: id,
				name: localizePhrase(level.name, tag),
			})
		: id;
}

/** The sentence of a credit: how much, of what, when, and by when to claim it. */
export function creditText(credit: Credit, tag: LocaleTag, t: Translate): string {
	const vars = {
		percent: formatPercent(credit.percent, tag),
		fee: t(`atlas.credit.fee.${credit.of}`),
		period: t(`atlas.credit.period.${credit.missedTargets.per}`),
		count: credit.missedTargets.moreThan,
	};
	const owed =
		credit.missedTargets.moreThan === 0
			? t('atlas.credit.anyMissed', vars)
			: t('atlas.credit.missed', vars);
	return credit.claimWithinDays === undefined
		? t('atlas.credit.sentence', { credit: owed })
		: t('atlas.credit.withClaim', {
				credit: owed,
				claim: t('atlas.credit.claim', { count: credit.claimWithinDays }),
			});
}

/**
 * The terms beside a vendor's targets on its plans page (every duty and credit, each with the plans
 * it concerns), or on one plan's page (`plan`: those that concern it; none for a plan without
 * support, whose page states no targets).
 */
export function buildTargetTerms(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	markers: (ids: readonly string[]) => AssumptionMarker[],
	plan?: TierPlan
): TargetTermsView {
	if (plan?.noSupport) return { duties: [], credits: [] };
	const term = vendorLevelTerm(vendor);
	const start = vendor.clockStart;
	// A plan that sets no deadline has no clock to start.
	const clockStart =
		plan && !plan.terms.targets.length
			? undefined
			: start
				? {
						text:
							start.event === 'severity-assigned'
								? t(levelKey('atlas.plans.clockStart.severity-assigned', term))
								: t(`atlas.plans.clockStart.${start.event}`),
						...termProvenance(vendor, start.ref, tag, t, markers),
					}
				: { text: t('atlas.plans.clockStartUnstated'), assumptions: [] };
	const forPlan = (tiers: readonly string[] | undefined) =>
		!plan || !tiers || tiers.includes(plan.tier.id);
	// On a plan's page, a duty of levels the plan does not offer is not the reader's.
	const offered = (severities: readonly string[] | undefined) =>
		!plan ||
		!severities ||
		!plan.levelsStated ||
		severities.some((s) => plan.terms.levels.includes(s));
	const duty = (d: Duty): DutyView => {
		const scope = [
			...(d.severities?.length
				? [t('atlas.plans.dutyLevels', { levels: formatList(d.severities, tag) })]
				: []),
			...(!plan && d.tiers ? [tierScope(vendor, d.tiers, tag, t)] : []),
		];
		const text = localizePhrase(d.text, tag);
		const consequence =
			d.downgradeTo &&
			translatePhrase(t, 'atlas.plans.dutyDowngrade', {
				level: levelLabel(vendor, d.downgradeTo, tag, t),
			});
		return {
			id: d.id,
			scope: scope.length ? scope.join(' · ') : undefined,
			text,
			consequence,
			sentence: sentencesPhrase(consequence ? [text, consequence] : [text], tag),
			...termProvenance(vendor, d.ref, tag, t, markers),
		};
	};
	return {
		clockStart,
		duties: (vendor.duties ?? [])
			.filter((d) => forPlan(d.tiers) && offered(d.severities))
			.map(duty),
		credits: (vendor.credits ?? [])
			.filter((c) => forPlan(c.tiers))
			.map((c) => {
				const text = creditText(c, tag, t);
				const note = c.note && localizePhrase(c.note, tag);
				return {
					id: c.id,
					scope: !plan && c.tiers ? tierScope(vendor, c.tiers, tag, t) : undefined,
					text,
					note,
					sentence: sentencesPhrase(note ? [text, note] : [text], tag),
					...termProvenance(vendor, c.ref, tag, t, markers),
				};
			}),
	};
}
