/**
 * /compare/: every tier of every vendor in one matrix of first-response targets by severity, so a
 * buyer sees the market at a glance. Vendors name their levels differently ("P1", "Severity 0"),
 * so columns are positions in each vendor's own scale, most severe first, and each cell names the
 * vendor's level.
 */
import { featureValueAssumptionIds, targetAssumptionIds } from '#lib/catalogue/provenance.ts';
import type { PlanTarget } from '#lib/catalogue/plan-terms.ts';
import type { Calendar, Duration, Tier, Vendor } from '#lib/catalogue/schema.ts';
import { roleFeature } from '#lib/catalogue/query.ts';
import { featureCell, notStatedCell, type CellValue } from '#lib/views/parts/comparison-cells.ts';
import { tierKeyFacts } from '#lib/views/parts/tier-key-facts.ts';
import { formatSentences, formatTargetAmount, inSentence } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	joinPhrases,
	localize,
	localizePhrase,
	translatePhrase,
	type Phrase,
} from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { targetRowAnchor, tierAnchor, tierPath, vendorPlansPath } from '#lib/routes.ts';
import { assumptionMarkers, type AssumptionMarker } from '#lib/views/parts/markers.ts';
import { targetCalendar, targetSlot, tierPlan, type Case } from '#lib/views/parts/plan-targets.ts';
import { amountText, conditionsLabel, dependsOnText } from '#lib/views/parts/target-cells.ts';
import { tierLevelWait, waitNote, waitSortKey, waitSummary } from '#lib/views/parts/real-waits.ts';
import { waitCharts, type WaitChart } from '#lib/views/parts/wait-chart.ts';

export interface CompareCell {
	/** The vendor's level id, e.g. "P1"; undefined past the end of the vendor's scale. */
	severity?: string | undefined;
	/** "30 minutes"; undefined when the tier publishes no first-response target for the level. */
	value?: string | undefined;
	/**
	 * Orders cells when sorting: by the worst real wait, then the typical one, then the nominal
	 * target (see waitSortKey); undefined sorts last.
	 */
	sortKey?: number | undefined;
	/** The real wait over a normal week ("typically 1 hour, at worst 65 hours"), where one is counted. */
	wait?: { text: string; typicalMinutes: number; worstMinutes: number } | undefined;
	/** "24x7" or "Business hours", for the calendar that counts the target. */
	coverage?: string | undefined;
	/** The calendar's own name, e.g. "Business hours (Mon–Fri 09:00–17:00, your local time)", for a tooltip. */
	coverageName?: string | undefined;
	/** Words for no target, e.g. "No response target published" (read aloud beside a dash). */
	empty: string;
	/** Whether `empty` is shown as it stands (the level not offered, or offered with no target). */
	emptyShown?: boolean | undefined;
	/** Small print under the value: its commitment, what else selects it ("Depends on deployment"). */
	notes: Phrase[];
	/** Link to the row of the vendor's comparison this cell comes from. */
	href?: string | undefined;
	/** Assumptions the figure rests on (e.g. business hours the source does not define). */
	assumptions: AssumptionMarker[];
}

/** A target outside the first-response columns, in words, with its assumptions. */
export interface CompareOtherTarget {
	text: Phrase;
	assumptions: AssumptionMarker[];
}

export interface CompareRow {
	anchor: string;
	vendorId: string;
	vendorName: string;
	vendorHref: string;
	tierId: string;
	tierName: Phrase;
	tierHref: string;
	/** Orders rows by vendor, then plan, when the plan column is sorted. */
	sortName: string;
	cells: CompareCell[];
	/**
	 * What every level of the row shares (its commitment, its assumptions), said once beside the plan
	 * instead of in each cell; undefined when the levels differ or fewer than two have a target.
	 */
	shared?: { notes: Phrase[]; assumptions: AssumptionMarker[] } | undefined;
	/**
	 * Every target besides the first responses in the level columns: updates and resolutions per
	 * severity, and targets that do not depend on severity ("Reply to an inquiry: 1 business day").
	 */
	other: CompareOtherTarget[];
}

/** A tier's value for one of the facts beside its targets, with its assumptions. */
export interface CompareFact {
	value: CellValue;
	assumptions: AssumptionMarker[];
}

/** What a tier offers besides its targets: coverage, channels, named contacts, an account manager. */
export interface CompareFactsRow {
	/** The vendor's and tier's ids: what the row's markers concern. */
	vendorId: string;
	tierId: string;
	vendorName: string;
	vendorHref: string;
	tierName: Phrase;
	tierHref: string;
	coverage: CompareFact;
	channels: CompareFact;
	namedContacts: CompareFact;
	accountManager: CompareFact;
}

export interface CompareView {
	title: string;
	description: string;
	caption: string;
	/** What the real waits assume: which week, which hours and zone, no holidays. */
	waitNote: string;
	/** The real waits as bars, a chart per level. */
	charts: WaitChart[];
	/** Column headings of the level columns, most severe first. */
	levels: string[];
	rows: CompareRow[];
	/** Coverage, channels, named contacts and account manager of every tier, in catalogue order. */
	facts: CompareFactsRow[];
}

const minutesPerUnit: Record<Duration['unit'], number> = {
	minutes: 1,
	hours: 60,
	// Sorting only: a business day always spans at least a calendar day's share of covered hours,
	// so counting it as a whole day keeps every business-day target after any target in hours ≤ 24.
	'business-days': 24 * 60,
};

/** A duration in nominal minutes, for ordering targets (not for computing deadlines). */
export function nominalMinutes(duration: Duration): number {
	return duration.value * minutesPerUnit[duration.unit];
}

/** "24x7" or "Business hours": the kind of coverage a calendar gives. */
function coverageKind(calendar: Calendar, t: Translate): string {
	return t(`atlas.compare.coverage.${calendar.type}`);
}

/**
 * The case of a slot a reader gets without saying more: the one for the attributes' defaults, else
 * the first case with a target.
 */
function defaultCase(
	vendor: Vendor,
	cases: Case<PlanTarget | undefined>[]
): PlanTarget | undefined {
	const defaults = (vendor.attributes ?? []).filter((a) => a.default);
	const forDefaults = cases.find((c) =>
		defaults.every((a) => !c.values[a.id] || c.values[a.id]!.includes(a.default!))
	);
	return forDefaults?.result ?? cases.find((c) => c.result)?.result;
}

/**
 * Takes out of a row's cells what every cell with a target carries alike (the same commitment, the
 * same assumption), to be said once for the row: a note repeated in every cell reads as noise.
 */
function shareAcrossLevels(cells: CompareCell[]): CompareRow['shared'] {
	const valued = cells.filter((c) => c.value !== undefined);
	if (valued.length < 2) return undefined;
	const key = (note: Phrase) => JSON.stringify(note);
	const notes = valued[0]!.notes.filter((note) =>
		valued.every((c) => c.notes.some((n) => key(n) === key(note)))
	);
	const assumptions = valued[0]!.assumptions.filter((m) =>
		valued.every((c) => c.assumptions.some((a) => a.id === m.id))
	);
	if (!notes.length && !assumptions.length) return undefined;
	for (const cell of valued) {
		cell.notes = cell.notes.filter((n) => !notes.some((note) => key(note) === key(n)));
		cell.assumptions = cell.assumptions.filter((a) => !assumptions.some((m) => m.id === a.id));
	}
	return { notes, assumptions };
}

/** Builds the cross-vendor matrix for one locale. */
export function buildCompare(
	vendors: readonly Vendor[],
	tag: LocaleTag,
	t: Translate
): CompareView {
	const depth = Math.max(1, ...vendors.map((v) => v.severities?.levels.length ?? 0));
	const rows = vendors.flatMap((vendor) =>
		vendor.tiers.map((tier): CompareRow => {
			const levels = vendor.severities?.levels ?? [];
			const plan = tierPlan(vendor, tier);
			const cells = Array.from({ length: depth }, (_, i): CompareCell => {
				const level = levels[i];
				if (!level) return { empty: t('atlas.compare.noLevel'), notes: [], assumptions: [] };
				const slot = targetSlot(vendor, plan, { kind: 'first-response', severity: level.id });
				const p = slot.state === 'set' ? defaultCase(vendor, slot.cases) : undefined;
				if (slot.state !== 'set' || !p || p.target.kind === 'update') {
					const absent = slot.state === 'not-offered' || slot.state === 'no-support';
					return {
						severity: level.id,
						empty: t(
							absent
								? 'atlas.plans.notOffered'
								: slot.state === 'offered'
									? 'atlas.plans.offeredNoTarget'
									: 'atlas.tier.noTarget'
						),
						emptyShown: absent || slot.state === 'offered',
						notes: [],
						assumptions: [],
					};
				}
				const target = p.target;
				const calendar = targetCalendar(vendor, plan, p);
				const wait = tierLevelWait(vendor, tier, level.id);
				return {
					severity: level.id,
					value: formatTargetAmount(target, tag, t),
					sortKey: waitSortKey(wait, nominalMinutes(target.within)),
					wait: wait && {
						text: waitSummary(wait, tag, t),
						typicalMinutes: wait.typicalMinutes,
						worstMinutes: wait.worstMinutes,
					},
					coverage: coverageKind(calendar, t),
					coverageName: localize(calendar.name, tag),
					empty: t('atlas.tier.noTarget'),
					notes: [
						...(target.commitment ? [t(`atlas.commitment.${target.commitment}`)] : []),
						...(slot.state === 'set' && slot.attributes.length
							? [dependsOnText(vendor, slot.attributes, tag, t)]
							: []),
					],
					href: `${vendorPlansPath(tag, vendor.id)}#${targetRowAnchor('first-response', level.id)}`,
					assumptions: assumptionMarkers(vendor, targetAssumptionIds(target, calendar), tag, t),
				};
			});
			const shown = new Set(levels.slice(0, depth).map((l) => l.id));
			const other = plan.terms.targets
				.filter(
					({ target }) =>
						!(
							target.kind === 'first-response' &&
							target.requestType === undefined &&
							shown.has(target.severity ?? '')
						)
				)
				.map((p): CompareOtherTarget => {
					const { target } = p;
					const calendar = targetCalendar(vendor, plan, p);
					const requestType = vendor.requestTypes?.find((r) => r.id === target.requestType);
					const vars = {
						kind: t(`atlas.target.kind.${target.kind}`),
						amount: amountText(target, tag, t),
						// In brackets after the amount, not at the start of a cell.
						coverage: inSentence(coverageKind(calendar, t), tag),
					};
					const text =
						target.severity === undefined && !requestType
							? t('atlas.compare.otherTarget', vars)
							: translatePhrase(t, 'atlas.compare.otherTargetSeverity', {
									...vars,
									severity: requestType ? localizePhrase(requestType.name, tag) : target.severity!,
								});
					return {
						text: target.when
							? joinPhrases(
									translatePhrase(t, 'atlas.format.label', {
										label: conditionsLabel(vendor, target.when, tag),
									}),
									text
								)
							: text,
						assumptions: assumptionMarkers(vendor, targetAssumptionIds(target, calendar), tag, t),
					};
				});
			return {
				anchor: tierAnchor(vendor.id, tier.id),
				vendorId: vendor.id,
				vendorName: vendor.name,
				vendorHref: vendorPlansPath(tag, vendor.id),
				tierId: tier.id,
				tierName: localizePhrase(tier.name, tag),
				tierHref: tierPath(tag, vendor.id, tier.id),
				sortName: `${vendor.name} ${localize(tier.name, tag)}`,
				cells,
				shared: shareAcrossLevels(cells),
				other,
			};
		})
	);
	return {
		title: t('atlas.compare.title'),
		description: t('atlas.compare.description'),
		caption: t('atlas.compare.caption'),
		charts: waitCharts(
			vendors.flatMap((vendor) => vendor.tiers.map((tier) => ({ vendor, tier }))),
			tag,
			t,
			{ withVendor: true }
		),
		waitNote: formatSentences([waitNote(tag, t), t('atlas.compare.sortNote')], tag),
		levels: Array.from({ length: depth }, (_, i) => t('atlas.compare.level', { number: i + 1 })),
		rows,
		facts: vendors.flatMap((vendor) => vendor.tiers.map((tier) => factsRow(vendor, tier, tag, t))),
	};
}

/** A tier's value of the vendor's row with a role, "not stated" where it marks no such row. */
function roleFact(
	vendor: Vendor,
	tier: Tier,
	role: 'named-contacts' | 'account-manager',
	tag: LocaleTag,
	t: Translate
): CompareFact {
	const feature = roleFeature(vendor, role);
	if (!feature) return { value: notStatedCell(t), assumptions: [] };
	return {
		value: featureCell(feature.values[tier.id] ?? null, tag, t),
		assumptions: assumptionMarkers(vendor, featureValueAssumptionIds(feature, tier.id), tag, t),
	};
}

/** The facts beside a tier's targets, as its key facts and the vendor's role rows give them. */
function factsRow(vendor: Vendor, tier: Tier, tag: LocaleTag, t: Translate): CompareFactsRow {
	const facts = tierKeyFacts(vendor, tier, tag, t, (ids) => assumptionMarkers(vendor, ids, tag, t));
	return {
		vendorName: vendor.name,
		vendorId: vendor.id,
		tierId: tier.id,
		vendorHref: vendorPlansPath(tag, vendor.id),
		tierName: localizePhrase(tier.name, tag),
		tierHref: tierPath(tag, vendor.id, tier.id),
		coverage: {
			value: { kind: 'text', text: facts.coverage },
			assumptions: facts.coverageAssumptions,
		},
		channels: facts.channels
			? {
					value: { kind: 'text', text: facts.channels.value },
					assumptions: facts.channels.assumptions,
				}
			: { value: notStatedCell(t), assumptions: [] },
		namedContacts: roleFact(vendor, tier, 'named-contacts', tag, t),
		accountManager: roleFact(vendor, tier, 'account-manager', tag, t),
	};
}
