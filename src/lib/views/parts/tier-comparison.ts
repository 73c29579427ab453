/**
 * A vendor's tiers side by side, as the table on its plan pages: the plan's terms, the response
 * targets per severity (then those for any ticket, then per request type) with the coverage that
 * counts them, each tier's as its terms resolve (see plan-targets.ts), then the feature categories.
 * Each row and column has a stable anchor from lib/routes, so a copied link keeps opening the same
 * row or column.
 */
import { sameAmong, valueVariants } from '#lib/plans/differences.ts';
import { defaultTierSelection } from '#lib/plans/tier-selection.ts';
import { featureValueAssumptionIds } from '#lib/catalogue/provenance.ts';
import type { AddOn, Target, Tier, Vendor } from '#lib/catalogue/schema.ts';
import { inSentence } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, translatePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import {
	coverageRowAnchor,
	featureAnchor,
	highlightedPlansPath,
	requestTypeRowAnchor,
	targetRowAnchor,
	tierColumnAnchor,
	tierPath,
} from '#lib/routes.ts';
import {
	absentCell,
	cellKey,
	featureCell,
	notStatedCell,
	type CellValue,
} from './comparison-cells.ts';
import type { FootnoteRef, PageRefs } from './page-refs.ts';
import {
	hasTargetsForAnyTicket,
	kindsAt,
	requestTypesOf,
	targetSlot,
	tierPlan,
	type SlotKey,
	type TierPlan,
} from './plan-targets.ts';
import { coverageCell, targetCell, type CellBody } from './target-cells.ts';

/** One cell of the comparison: what it says (see target-cells.ts), and how it compares. */
export interface PlanCell extends CellBody {
	tierId: string;
	/**
	 * Equal for two cells of a row exactly when they show the same thing (see valueVariants), so the
	 * page can tell which rows differ among the tiers the reader compares.
	 */
	variant: number;
}

/** A cell as built, before its row numbers the variants. */
type CellDraft = Omit<PlanCell, 'variant'>;

/** A row of the comparison (a feature, a coverage calendar or a response target). */
export interface PlanRow {
	/** The stable anchor id, e.g. `feature-named-contacts`. */
	anchor: string;
	name: Phrase;
	description?: Phrase | undefined;
	footnotes: FootnoteRef[];
	cells: PlanCell[];
	/** Every tier shows the same thing (hidden by "show only differences"). */
	same: boolean;
	/** Accessible name of the row's copy-link control. */
	copyLabel: Phrase;
	/** The link a reader copies: the row on the page it is on. */
	link: string;
}

/** A group of rows under a heading row (a feature category, or a severity's targets). */
export interface PlanRowGroup {
	id: string;
	name: Phrase;
	rows: PlanRow[];
	same: boolean;
}

/** A tier as a column of the comparison. */
export interface PlanColumn {
	id: string;
	/** The stable anchor id, `tier-<tier>`. */
	anchor: string;
	name: Phrase;
	href: string;
	highlighted: boolean;
	/**
	 * Whether a phone shows the column before the reader picks tiers (the page renders that default,
	 * so a phone's first view needs no script; see plans/tier-selection.ts).
	 */
	onPhone: boolean;
	copyLabel: Phrase;
	/** The link a reader copies: the vendor's comparison with this column highlighted. */
	link: string;
}

/** The comparison table of a vendor's tiers. */
export interface TierComparisonView {
	caption: string;
	columns: PlanColumn[];
	groups: PlanRowGroup[];
	/** Whether the "show only differences" toggle makes sense (more than one tier). */
	canCompare: boolean;
}

/** Where the table stands: the page whose address its row links keep, and the tier it highlights. */
export interface ComparisonPlace {
	/** The path of the page the table is on (a row link copied there opens that page again). */
	page: string;
	/** The id of the tier whose column is highlighted. */
	highlight?: string | undefined;
}

/** The words under a target's amount: how its clock runs, when not on the coverage hours. */
export function targetNotes(target: Target, t: Translate): string[] {
	return target.clock === 'calendar' ? [t('atlas.plans.calendarClock')] : [];
}

/** A cell with a value and nothing beside it. */
function plainCell(tierId: string, value: CellValue): CellDraft {
	return { tierId, value, notes: [], footnotes: [], assumptions: [], cases: [], addOns: [] };
}

/** What a reader sees of a cell, to tell cells apart (not its references' numbers). */
function seenKey(cell: CellDraft): string {
	return (
		cellKey(cell.value) +
		JSON.stringify([cell.notes, cell.cases.map((c) => [c.when, c.value, c.notes]), cell.addOns])
	);
}

function row(
	anchor: string,
	name: Phrase,
	copyName: Phrase,
	drafts: CellDraft[],
	t: Translate,
	extra: { description?: Phrase | undefined; footnotes?: FootnoteRef[] } = {}
): PlanRow {
	// Notes count: two cells with the same amount on different clocks do not read the same.
	const variants = valueVariants(drafts.map(seenKey));
	const cells = drafts.map((cell, i) => ({ ...cell, variant: variants[i]! }));
	return {
		anchor,
		name,
		description: extra.description,
		footnotes: extra.footnotes ?? [],
		cells,
		same: sameAmong(
			cells.map((c) => ({ tier: c.tierId, variant: c.variant })),
			cells.map((c) => c.tierId)
		),
		copyLabel: translatePhrase(t, 'atlas.plans.copyRowTarget', { name: copyName }),
		link: `#${anchor}`,
	};
}

function group(id: string, name: Phrase, rows: PlanRow[]): PlanRowGroup {
	return { id, name, rows, same: rows.every((r) => r.same) };
}

/**
 * What an add-on does to a tier's terms, under "Available as an add-on": the tier it lifts to (not
 * said on that tier itself).
 */
function addOnNotes(
	vendor: Vendor,
	addOn: AddOn,
	tier: Tier,
	tag: LocaleTag,
	t: Translate
): Phrase[] {
	const lifted =
		addOn.liftsTo && addOn.liftsTo !== tier.id && vendor.tiers.find((x) => x.id === addOn.liftsTo);
	return lifted
		? [translatePhrase(t, 'atlas.plans.liftsTo', { tier: localizePhrase(lifted.name, tag) })]
		: [];
}

/** The plan's terms: availability, eligibility (when any tier has some), then one row per add-on. */
function termsGroup(vendor: Vendor, tag: LocaleTag, t: Translate, refs: PageRefs): PlanRowGroup {
	const termsName = t('atlas.plans.termsGroup');
	const termRow = (anchor: string, name: Phrase, cell: (tier: Tier) => CellDraft) =>
		row(
			anchor,
			name,
			translatePhrase(t, 'atlas.plans.rowInGroup', { group: termsName, row: name }),
			vendor.tiers.map(cell),
			t
		);
	const availability = t('atlas.plans.availability');
	const terms: PlanRow[] = [
		row(
			'availability',
			availability,
			translatePhrase(t, 'atlas.plans.rowInGroup', { group: termsName, row: availability }),
			vendor.tiers.map((tier) => ({
				...plainCell(tier.id, {
					kind: 'text',
					text: t(`atlas.tier.availability.${tier.availability}`),
				}),
				notes: tier.availabilityNote ? [localizePhrase(tier.availabilityNote, tag)] : [],
				assumptions: refs.tierAssumptions(tier),
			})),
			t
		),
	];
	if (vendor.tiers.some((tier) => tier.eligibility?.length)) {
		terms.push(
			termRow('eligibility', t('atlas.plans.eligibility'), (tier) =>
				plainCell(
					tier.id,
					tier.eligibility?.length
						? { kind: 'list', items: tier.eligibility.map((e) => localizePhrase(e, tag)) }
						: absentCell(t('atlas.value.none'))
				)
			)
		);
	}
	for (const addOn of vendor.addOns ?? []) {
		const name = translatePhrase(t, 'atlas.plans.addOnRow', {
			name: localizePhrase(addOn.name, tag),
		});
		terms.push(
			termRow(`add-on-${addOn.id}`, name, (tier) =>
				addOn.availableFor.includes(tier.id)
					? {
							...plainCell(tier.id, { kind: 'text', text: t('atlas.value.addOnAvailable') }),
							notes: addOnNotes(vendor, addOn, tier, tag, t),
						}
					: plainCell(tier.id, absentCell(t('atlas.value.addOnUnavailable')))
			)
		);
	}
	return group('terms', termsName, terms);
}

/** A row's cell parts for the page: its references numbered by `refs`. */
function cellContext(vendor: Vendor, tag: LocaleTag, t: Translate, refs: PageRefs) {
	return {
		vendor,
		tag,
		t,
		markers: (ids: readonly string[]) => refs.markers(ids),
		footnotes: (ids: readonly string[] | undefined) => refs.footnotes(ids),
	};
}

/** The targets a plan shows in a row (every case's), for the footnotes they share. */
function shownTargets(vendor: Vendor, plan: TierPlan, key: SlotKey): Target[] {
	const slot = targetSlot(vendor, plan, key);
	return slot.state === 'set' ? slot.cases.flatMap((c) => (c.result ? [c.result.target] : [])) : [];
}

/** Which targets a group holds: those of a level, of a request type, or for any ticket. */
type GroupKey = Omit<SlotKey, 'kind'>;

/**
 * The rows of one level, request type, or the targets for any ticket: the coverage that counts them,
 * then each kind of target any tier has there (from each tier's terms, inherited targets included).
 */
function targetGroup(
	vendor: Vendor,
	plans: readonly TierPlan[],
	key: GroupKey,
	groupName: Phrase,
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): PlanRowGroup {
	const ctx = cellContext(vendor, tag, t, refs);
	const anchorOf = (kind?: Target['kind']) =>
		key.requestType !== undefined
			? requestTypeRowAnchor(key.requestType, kind)
			: kind === undefined
				? coverageRowAnchor(key.severity)
				: targetRowAnchor(kind, key.severity);
	// A row of a level names the level too ("P2 first response"): followed from a link, the row
	// stands alone, its group's heading scrolled away above it.
	const rowName = (name: string) =>
		key.severity !== undefined && key.requestType === undefined
			? t('atlas.plans.rowAtLevel', { level: key.severity, row: inSentence(name, tag) })
			: name;
	const coverageName = t('atlas.tier.coverage');
	const rows: PlanRow[] = [
		row(
			anchorOf(),
			rowName(coverageName),
			translatePhrase(t, 'atlas.plans.rowInGroup', { group: groupName, row: coverageName }),
			plans.map((plan) => ({ tierId: plan.tier.id, ...coverageCell(plan, key, ctx) })),
			t
		),
	];
	for (const kind of kindsAt(plans, key, vendor)) {
		const kindName = t(`atlas.target.kind.${kind}`);
		// A footnote that qualifies the target in every tier is cited once, on the row.
		const perTier = plans.map((plan) => shownTargets(vendor, plan, { ...key, kind }));
		const shared = perTier.every((targets) => targets.length > 0)
			? (perTier[0]![0]?.footnotes ?? []).filter((id) =>
					perTier.every((targets) => targets.every((target) => target.footnotes?.includes(id)))
				)
			: [];
		const rowFootnotes = refs.footnotes(shared);
		const cells = plans.map((plan): CellDraft => ({
			tierId: plan.tier.id,
			...(targetCell(plan, { ...key, kind }, { ...ctx, rowFootnotes: shared }) ??
				plainCell(plan.tier.id, absentCell(t('atlas.tier.noTarget')))),
		}));
		rows.push(
			row(
				anchorOf(kind),
				rowName(kindName),
				translatePhrase(t, 'atlas.plans.rowInGroup', { group: groupName, row: kindName }),
				cells,
				t,
				{ footnotes: rowFootnotes }
			)
		);
	}
	const id =
		key.requestType !== undefined
			? `targets-${requestTypeRowAnchor(key.requestType)}`
			: key.severity !== undefined
				? `targets-${coverageRowAnchor(key.severity)}`
				: 'targets';
	return group(id, groupName, rows);
}

/** One feature category: a row per feature, a cell per tier. */
function categoryGroup(
	vendor: Vendor,
	category: Vendor['categories'][number],
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): PlanRowGroup {
	return group(
		`category-${category.id}`,
		localizePhrase(category.name, tag),
		category.features.map((feature) => {
			const name = localizePhrase(feature.name, tag);
			const footnotes = refs.footnotes(feature.footnotes);
			const cells = vendor.tiers.map((tier): CellDraft => {
				const value = feature.values[tier.id];
				return {
					...plainCell(
						tier.id,
						value === undefined ? notStatedCell(t) : featureCell(value, tag, t)
					),
					assumptions: refs.markers(featureValueAssumptionIds(feature, tier.id)),
				};
			});
			return row(featureAnchor(feature.id), name, name, cells, t, {
				description: feature.description && localizePhrase(feature.description, tag),
				footnotes,
			});
		})
	);
}

/**
 * Builds the comparison of a vendor's tiers for one locale. Its footnotes and markers are numbered
 * by `refs`, the references of the page it is on; `place` says which page that is.
 */
export function buildTierComparison(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs,
	place: ComparisonPlace
): TierComparisonView {
	const onPhone = new Set(
		defaultTierSelection(
			vendor.tiers.map((tier) => tier.id),
			{ narrow: true, highlight: place.highlight }
		)
	);
	const columns = vendor.tiers.map((tier) => {
		const name = localizePhrase(tier.name, tag);
		return {
			id: tier.id,
			anchor: tierColumnAnchor(tier.id),
			name,
			href: tierPath(tag, vendor.id, tier.id),
			highlighted: tier.id === place.highlight,
			onPhone: onPhone.has(tier.id),
			copyLabel: translatePhrase(t, 'atlas.plans.copyColumnTarget', { name }),
			link: highlightedPlansPath(tag, vendor.id, tier.id),
		};
	});
	const groups: PlanRowGroup[] = [termsGroup(vendor, tag, t, refs)];
	const plans = vendor.tiers.map((tier) => tierPlan(vendor, tier));
	const levels = vendor.severities?.levels ?? [];
	for (const level of levels)
		groups.push(
			targetGroup(
				vendor,
				plans,
				{ severity: level.id },
				translatePhrase(t, 'atlas.plans.severityGroup', {
					severity: level.id,
					name: localizePhrase(level.name, tag),
				}),
				tag,
				t,
				refs
			)
		);
	if (!levels.length || hasTargetsForAnyTicket(plans))
		groups.push(targetGroup(vendor, plans, {}, t('atlas.plans.targetsGroup'), tag, t, refs));
	for (const id of requestTypesOf(vendor, plans)) {
		const requestType = vendor.requestTypes!.find((r) => r.id === id)!;
		groups.push(
			targetGroup(
				vendor,
				plans,
				{ requestType: id },
				translatePhrase(t, 'atlas.plans.requestTypeGroup', {
					name: localizePhrase(requestType.name, tag),
				}),
				tag,
				t,
				refs
			)
		);
	}
	for (const category of vendor.categories)
		groups.push(categoryGroup(vendor, category, tag, t, refs));
	// A row link copied on a tier page opens that tier page again (with its own targets and notes).
	for (const r of groups.flatMap((g) => g.rows)) r.link = `${place.page}#${r.anchor}`;
	return {
		caption: t('atlas.plans.tableCaption', { vendor: vendor.name }),
		columns,
		groups,
		canCompare: vendor.tiers.length > 1,
	};
}
