/**
 * A vendor's tiers side by side, as the table on its plan pages: the plan's terms, the response
 * targets per severity with the coverage that counts them, then the feature categories. Each row and
 * column has a stable anchor from lib/routes, so a copied link keeps opening the same row or column.
 */
import { tierCoverage } from '#lib/catalogue/query.ts';
import { sameAmong, valueVariants } from '#lib/plans/differences.ts';
import { defaultTierSelection } from '#lib/plans/tier-selection.ts';
import { featureValueAssumptionIds } from '#lib/catalogue/provenance.ts';
import { TARGET_KINDS } from '#lib/catalogue/query.ts';
import type { Target, Tier, Vendor } from '#lib/catalogue/schema.ts';
import { formatTargetAmount } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, translatePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import {
	coverageRowAnchor,
	featureAnchor,
	highlightedPlansPath,
	targetRowAnchor,
	tierColumnAnchor,
	tierPath,
} from '#lib/routes.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import {
	absentCell,
	cellKey,
	featureCell,
	notStatedCell,
	type CellValue,
} from './comparison-cells.ts';
import type { AssumptionMarker } from './markers.ts';
import type { FootnoteRef, PageRefs } from './page-refs.ts';

/** One cell of the comparison. */
export interface PlanCell {
	tierId: string;
	value: CellValue;
	/** Small print under the value: the coverage that counts a target, or how its clock runs. */
	notes: Phrase[];
	footnotes: FootnoteRef[];
	assumptions: AssumptionMarker[];
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
	return { tierId, value, notes: [], footnotes: [], assumptions: [] };
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
	const keys = drafts.map((c) => cellKey(c.value) + JSON.stringify(c.notes));
	const variants = valueVariants(keys);
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

/** The plan's terms: availability, eligibility (when any tier has some), then one row per add-on. */
function termsGroup(vendor: Vendor, tag: LocaleTag, t: Translate, refs: PageRefs): PlanRowGroup {
	const termsName = t('atlas.plans.termsGroup');
	const termRow = (anchor: string, name: Phrase, cell: (tier: Tier) => CellValue) =>
		row(
			anchor,
			name,
			translatePhrase(t, 'atlas.plans.rowInGroup', { group: termsName, row: name }),
			vendor.tiers.map((tier) => plainCell(tier.id, cell(tier))),
			t
		);
	const availability = t('atlas.plans.availability');
	const terms: PlanRow[] = [
		row(
			'availability',
			availability,
			t('atlas.plans.rowInGroup', { group: termsName, row: availability }),
			vendor.tiers.map((tier) => ({
				tierId: tier.id,
				value: { kind: 'text', text: t(`atlas.tier.availability.${tier.availability}`) },
				notes: tier.availabilityNote ? [localizePhrase(tier.availabilityNote, tag)] : [],
				footnotes: [],
				assumptions: refs.tierAssumptions(tier),
			})),
			t
		),
	];
	if (vendor.tiers.some((tier) => tier.eligibility?.length)) {
		terms.push(
			termRow('eligibility', t('atlas.plans.eligibility'), (tier) =>
				tier.eligibility?.length
					? { kind: 'list', items: tier.eligibility.map((e) => localizePhrase(e, tag)) }
					: absentCell(t('atlas.value.none'))
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
					? { kind: 'text', text: t('atlas.value.addOnAvailable') }
					: absentCell(t('atlas.value.addOnUnavailable'))
			)
		);
	}
	return group('terms', termsName, terms);
}

/** The rows of one severity (or of the severity-independent targets): coverage, then each target kind. */
function targetGroup(
	vendor: Vendor,
	severity: { id: string; name: Phrase } | undefined,
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): PlanRowGroup {
	const sev = severity?.id;
	const groupName = severity
		? translatePhrase(t, 'atlas.plans.severityGroup', {
				severity: severity.id,
				name: severity.name,
			})
		: t('atlas.plans.targetsGroup');
	const coverageName = t('atlas.tier.coverage');
	const rows: PlanRow[] = [
		row(
			coverageRowAnchor(sev),
			coverageName,
			translatePhrase(t, 'atlas.plans.rowInGroup', { group: groupName, row: coverageName }),
			vendor.tiers.map((tier) => {
				const calendar = resolveCalendar(vendor, tierCoverage(vendor, tier), sev);
				return {
					...plainCell(tier.id, { kind: 'text', text: localizePhrase(calendar.name, tag) }),
					assumptions: refs.calendarAssumptions(calendar),
				};
			}),
			t
		),
	];
	for (const kind of TARGET_KINDS) {
		const matches = (target: Target) => target.kind === kind && target.severity === sev;
		if (!vendor.tiers.some((tier) => tier.targets.some(matches))) continue;
		const kindName = t(`atlas.target.kind.${kind}`);
		// A footnote that qualifies the target in every tier is cited once, on the row.
		const perTier = vendor.tiers.map((tier) => tier.targets.find(matches));
		const shared = (perTier[0]?.footnotes ?? []).filter((id) =>
			perTier.every((target) => target?.footnotes?.includes(id))
		);
		const rowFootnotes = refs.footnotes(shared);
		const cells = vendor.tiers.map((tier, i): CellDraft => {
			const target = perTier[i];
			if (!target) return plainCell(tier.id, absentCell(t('atlas.tier.noTarget')));
			return {
				tierId: tier.id,
				value: { kind: 'text', text: formatTargetAmount(target, tag, t) },
				notes: targetNotes(target, t),
				footnotes: refs.footnotes((target.footnotes ?? []).filter((id) => !shared.includes(id))),
				assumptions: refs.targetAssumptions(
					target,
					resolveCalendar(vendor, tierCoverage(vendor, tier), sev)
				),
			};
		});
		rows.push(
			row(
				targetRowAnchor(kind, sev),
				kindName,
				translatePhrase(t, 'atlas.plans.rowInGroup', { group: groupName, row: kindName }),
				cells,
				t,
				{ footnotes: rowFootnotes }
			)
		);
	}
	return group(severity ? `targets-${coverageRowAnchor(sev)}` : 'targets', groupName, rows);
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
	const levels = vendor.severities?.levels ?? [];
	for (const level of levels)
		groups.push(
			targetGroup(vendor, { id: level.id, name: localizePhrase(level.name, tag) }, tag, t, refs)
		);
	if (
		!levels.length ||
		vendor.tiers.some((tier) => tier.targets.some((target) => target.severity === undefined))
	) {
		groups.push(targetGroup(vendor, undefined, tag, t, refs));
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
