/**
 * A plan's targets and coverage in words for one locale, as the cells of the plan pages' tables show
 * them (see plan-targets.ts for what they resolve): the amount with its commitment ("less than 30
 * minutes (guaranteed)"), where it comes from ("Included from Enterprise"), when its clock starts if
 * not as the vendor's other targets do, one line per group of attribute values where attributes
 * select it ("Depends on deployment" — "Server: 4 hours"), the targets add-ons set instead ("15
 * minutes with Rapid Response"), and words for a level not offered or offered with no target.
 */
import { calendarAssumptionIds, targetAssumptionIds } from '#lib/catalogue/provenance.ts';
import type { PlanTarget } from '#lib/catalogue/plan-terms.ts';
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Calendar, Conditions, Target, Vendor } from '#lib/catalogue/schema.ts';
import { formatTargetAmount, inSentence } from '#lib/i18n/format.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import {
	choicesPhrase,
	joinPhrases,
	editStart,
	listPhrase,
	localizePhrase,
	translatePhrase,
	type Phrase,
} from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { absentCell, type CellValue } from './comparison-cells.ts';
import type { AssumptionMarker } from './markers.ts';
import type { FootnoteRef } from './page-refs.ts';
import {
	addOnTargets,
	coverageSlot,
	targetCalendar,
	targetSlot,
	type CaseValues,
	type Slot,
	type SlotKey,
	type TierPlan,
} from './plan-targets.ts';

/** One group of attribute values and what the plan gives them: "Server" — "4 hours". */
export interface CaseLine {
	/** The values, e.g. "Server" (the attribute is named by the cell's "Depends on …"). */
	when: Phrase;
	value: Phrase;
	notes: Phrase[];
	footnotes: FootnoteRef[];
	assumptions: AssumptionMarker[];
}

/** What a cell of a plan table says. */
export interface CellBody {
	/** The value; where attributes select it, "Depends on …" over the `cases`. */
	value: CellValue;
	/** Small print under the value: how its clock runs, where it comes from, when its clock starts. */
	notes: Phrase[];
	footnotes: FootnoteRef[];
	assumptions: AssumptionMarker[];
	/** One line per group of attribute values, where attributes select the value; else empty. */
	cases: CaseLine[];
	/** Targets add-ons bought with the tier set instead: "15 minutes with Rapid Response". */
	addOns: Phrase[];
}

/** What wording a cell needs: the vendor, the locale, and how the page numbers its references. */
export interface CellContext {
	vendor: Vendor;
	tag: LocaleTag;
	t: Translate;
	/** Markers for assumption ids, as the page links them. */
	markers: (ids: readonly string[]) => AssumptionMarker[];
	/** Citations of footnotes, numbered by the page (a page without footnotes gives none). */
	footnotes: (ids: readonly string[] | undefined) => FootnoteRef[];
	/** Footnotes cited once for the whole row, left out of its cells. */
	rowFootnotes?: readonly string[] | undefined;
}

/** A target's amount with its commitment where the terms state one: "less than 30 minutes (guaranteed)". */
export function amountText(target: Target, tag: LocaleTag, t: Translate): string {
	const amount = formatTargetAmount(target, tag, t);
	return target.commitment
		? `${amount}${t('atlas.format.parenthetical', { note: t(`atlas.commitment.${target.commitment}`) })}`
		: amount;
}

/** The name of an attribute and of its values. */
function attributeNames(vendor: Vendor, id: string, tag: LocaleTag) {
	const attribute = vendor.attributes?.find((a) => a.id === id);
	return {
		name: attribute ? localizePhrase(attribute.name, tag) : id,
		value: (valueId: string): Phrase => {
			const value = attribute?.values.find((v) => v.id === valueId);
			return value ? localizePhrase(value.name, tag) : valueId;
		},
	};
}

/** "Depends on deployment": the attributes that select a cell's value. */
export function dependsOnText(
	vendor: Vendor,
	attributes: readonly string[],
	tag: LocaleTag,
	t: Translate
): Phrase {
	// Names inside a sentence lose the capital they have alone.
	const inText = (phrase: Phrase) =>
		editStart(phrase, (text, lang) => inSentence(text, lang ?? tag));
	return translatePhrase(t, 'atlas.plans.dependsOn', {
		attributes: listPhrase(
			attributes.map((id) => inText(attributeNames(vendor, id, tag).name)),
			tag
		),
	});
}

/**
 * The attribute values a case stands for, by their names: "Cloud or Server" where one attribute
 * selects; where several do, each one's values in the order the cell's "Depends on …" names them
 * ("Business hours, Japanese"), an attribute left out where any of its values will do.
 */
export function caseLabel(
	vendor: Vendor,
	attributes: readonly string[],
	values: CaseValues,
	tag: LocaleTag
): Phrase {
	return choicesPhrase(
		attributes
			.filter((id) => values[id])
			.map((id) =>
				listPhrase(values[id]!.map(attributeNames(vendor, id, tag).value), tag, {
					disjunction: true,
				})
			),
		tag
	);
}

/** The values a target's conditions name ("Server"), as a case of them reads. */
export function conditionsLabel(vendor: Vendor, when: Conditions, tag: LocaleTag): Phrase {
	const values = Object.fromEntries(Object.entries(when).map(([id, v]) => [id, [v].flat()]));
	return caseLabel(vendor, Object.keys(when), values, tag);
}

/** Notes under a target of a plan: its clock, where it comes from, when its clock starts. */
function targetNotes(p: PlanTarget, ctx: CellContext): Phrase[] {
	const { vendor, tag, t } = ctx;
	const notes: Phrase[] = [];
	if (p.target.clock === 'calendar') notes.push(t('atlas.plans.calendarClock'));
	if (p.origin.from === 'included') {
		const tier = vendor.tiers.find((x) => x.id === p.origin.id);
		notes.push(
			translatePhrase(t, 'atlas.plans.includedFrom', {
				tier: tier ? localizePhrase(tier.name, tag) : p.origin.id,
			})
		);
	}
	// Said where a target's clock starts otherwise than the page says of the vendor's targets (updates
	// count from the first response, as their cadence reads).
	const start = p.target.starts;
	const usual =
		p.target.kind === 'update' ? 'first-response' : (vendor.clockStart?.event ?? 'opened');
	if (start && start.event !== usual)
		notes.push(
			start.event === 'severity-assigned'
				? t(levelKey('atlas.plans.startsNote.severity-assigned', vendorLevelTerm(vendor)))
				: t(`atlas.plans.startsNote.${start.event}`)
		);
	return notes;
}

/**
 * Assumptions a target rests on besides its calendar's (marked on the coverage), and those of its own
 * clock start (the vendor's is marked where the page states it).
 */
function targetAssumptions(p: PlanTarget, calendar: Calendar): string[] {
	const onCalendar = calendarAssumptionIds(calendar);
	const startAssumption = p.target.starts?.ref.assumption;
	return [
		...new Set([
			...targetAssumptionIds(p.target, calendar).filter((id) => !onCalendar.includes(id)),
			...(startAssumption ? [startAssumption] : []),
		]),
	];
}

/** A published target in words, with its notes and references. */
function targetWords(plan: TierPlan, p: PlanTarget, ctx: CellContext) {
	const { tag, t } = ctx;
	return {
		value: amountText(p.target, tag, t),
		notes: targetNotes(p, ctx),
		footnotes: ctx.footnotes(
			(p.target.footnotes ?? []).filter((id) => !ctx.rowFootnotes?.includes(id))
		),
		assumptions: ctx.markers(targetAssumptions(p, targetCalendar(ctx.vendor, plan, p))),
	};
}

/** A cell with one value and nothing else. */
function plainBody(value: CellValue): CellBody {
	return { value, notes: [], footnotes: [], assumptions: [], cases: [], addOns: [] };
}

/** Words for a row with nothing published, by why (undefined: nothing to say beyond "none"). */
function absentBody(slot: Slot<unknown>, t: Translate, noSupport: string): CellBody | undefined {
	switch (slot.state) {
		case 'no-support':
			return plainBody({ kind: 'absent', text: noSupport });
		case 'not-offered':
			return plainBody({ kind: 'absent', text: t('atlas.plans.notOffered') });
		case 'offered':
			return plainBody({ kind: 'unknown', text: t('atlas.plans.offeredNoTarget') });
		default:
			return undefined;
	}
}

/** Lines for the targets add-ons set on the row: "15 minutes with Rapid Response". */
function addOnLines(plan: TierPlan, key: SlotKey, ctx: CellContext): Phrase[] {
	const { vendor, tag, t } = ctx;
	return addOnTargets(vendor, plan, key).map(({ addOn, target }) => {
		const line = translatePhrase(t, 'atlas.plans.withAddOn', {
			amount: amountText(target.target, tag, t),
			addOn: localizePhrase(addOn.name, tag),
		});
		const when = target.target.when;
		return when
			? joinPhrases(
					translatePhrase(t, 'atlas.format.label', {
						label: conditionsLabel(vendor, when, tag),
					}),
					line
				)
			: line;
	});
}

/**
 * The cell of a plan's targets for a row, or undefined when it publishes none and there is no more
 * to say (a page shows its own mark for that).
 */
export function targetCell(plan: TierPlan, key: SlotKey, ctx: CellContext): CellBody | undefined {
	const { vendor, tag, t } = ctx;
	const slot = targetSlot(vendor, plan, key);
	const addOns = plan.noSupport ? [] : addOnLines(plan, key, ctx);
	if (slot.state !== 'set') {
		const body = absentBody(slot, t, t('atlas.plans.notOffered'));
		if (body) return { ...body, addOns };
		return addOns.length
			? { ...plainBody(absentCell(t('atlas.tier.noTarget'))), addOns }
			: undefined;
	}
	const [only] = slot.cases;
	if (slot.cases.length === 1 && only?.result && !Object.keys(only.values).length) {
		const words = targetWords(plan, only.result, ctx);
		return { ...words, value: { kind: 'text', text: words.value }, cases: [], addOns };
	}
	return {
		...plainBody({ kind: 'text', text: dependsOnText(vendor, slot.attributes, tag, t) }),
		cases: slot.cases.map((c) => ({
			when: caseLabel(vendor, slot.attributes, c.values, tag),
			...(c.result
				? targetWords(plan, c.result, ctx)
				: { value: t('atlas.tier.noTarget'), notes: [], footnotes: [], assumptions: [] }),
		})),
		addOns,
	};
}

/** The cell of the calendar that counts a plan's targets at a level (or for any ticket). */
export function coverageCell(
	plan: TierPlan,
	key: Omit<SlotKey, 'kind'>,
	ctx: CellContext
): CellBody {
	const { vendor, tag, t } = ctx;
	const slot = coverageSlot(vendor, plan, key);
	if (slot.state !== 'set')
		return (
			absentBody(slot, t, t('atlas.plans.noSupport')) ??
			plainBody({ kind: 'unknown', text: t('atlas.value.notStated') })
		);
	const words = (calendar: Calendar) => ({
		value: localizePhrase(calendar.name, tag),
		notes: [],
		footnotes: [],
		assumptions: ctx.markers(calendarAssumptionIds(calendar)),
	});
	const [only] = slot.cases;
	if (slot.cases.length === 1 && only && !Object.keys(only.values).length) {
		const w = words(only.result);
		return { ...plainBody({ kind: 'text', text: w.value }), assumptions: w.assumptions };
	}
	return {
		...plainBody({ kind: 'text', text: dependsOnText(vendor, slot.attributes, tag, t) }),
		cases: slot.cases.map((c) => ({
			when: caseLabel(vendor, slot.attributes, c.values, tag),
			...words(c.result),
		})),
	};
}
