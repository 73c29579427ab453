/**
 * The plan pages as plain data: a vendor's tiers side by side (/plans/<vendor>/) and one tier with
 * its severities and targets (/plans/<vendor>/<tier>/). Anchors come from lib/routes so that a
 * copied link keeps opening the same row or column; words from the catalogue or the UI strings.
 */
import {
	assumptionTiers,
	calendarAssumptionIds,
	featureValueAssumptionIds,
	severityAssumptionIds,
	targetAssumptionIds,
	tierAssumptionIds,
} from '../catalogue/provenance.ts';
import type { Calendar, Target, Tier, Vendor } from '../catalogue/schema.ts';
import { headlineTarget } from '../catalogue/query.ts';
import { formatDuration, formatList, formatTargetAmount } from '../i18n/format.ts';
import type { LocaleTag } from '../i18n/locales.ts';
import { localize } from '../i18n/text.ts';
import type { Translate } from '../i18n/translate.ts';
import {
	assumptionAnchor,
	calculatorPath,
	coverageRowAnchor,
	featureAnchor,
	footnoteAnchor,
	footnoteRefAnchor,
	highlightedPlansPath,
	targetRowAnchor,
	tierColumnAnchor,
	tierPath,
	vendorPlansPath,
} from '../routes.ts';
import { resolveCalendar } from '../sla/coverage.ts';
import {
	assumptionMarkers,
	sourceView,
	type AssumptionMarker,
	type SourceView,
} from './markers.ts';
import { absentCell, cellKey, featureCell, notStatedCell, type CellValue } from './plans-values.ts';

/** A numbered link to a footnote, with the id that the footnote's back link returns to. */
export interface FootnoteRef {
	number: number;
	/** The id of the reference itself (the back link's target). */
	id: string;
	href: string;
	/** Words for screen readers, e.g. "Footnote 1". */
	label: string;
}

/** An assumption marker beside a value (see markers.ts). */
export type AssumptionRef = AssumptionMarker;

/** One cell of the comparison. */
export interface PlanCell {
	tierId: string;
	value: CellValue;
	/** Small print under the value: the coverage that counts a target, or how its clock runs. */
	notes: string[];
	footnotes: FootnoteRef[];
	assumptions: AssumptionRef[];
}

/** A row of the comparison (a feature, a coverage calendar or a response target). */
export interface PlanRow {
	/** The stable anchor id, e.g. `feature-named-contacts`. */
	anchor: string;
	name: string;
	description?: string | undefined;
	footnotes: FootnoteRef[];
	cells: PlanCell[];
	/** Every tier shows the same thing (hidden by "show only differences"). */
	same: boolean;
	/** Accessible name of the row's copy-link control. */
	copyLabel: string;
	/** The link a reader copies: the row on the vendor's comparison (set once the table is built). */
	link: string;
}

/** A group of rows under a heading row (a feature category, or a severity's targets). */
export interface PlanRowGroup {
	id: string;
	name: string;
	rows: PlanRow[];
	same: boolean;
}

/** A tier as a column of the comparison. */
export interface PlanColumn {
	id: string;
	/** The stable anchor id, `tier-<tier>`. */
	anchor: string;
	name: string;
	href: string;
	highlighted: boolean;
	copyLabel: string;
	/** The link a reader copies: the vendor's comparison with this column highlighted. */
	link: string;
}

/** The comparison table of a vendor's tiers. */
export interface ComparisonTable {
	caption: string;
	columns: PlanColumn[];
	groups: PlanRowGroup[];
	/** Whether the "show only differences" toggle makes sense (more than one tier). */
	canCompare: boolean;
}

/** A tier's essentials, shown above the comparison and on the tier page. */
export interface TierOverview {
	id: string;
	anchor: string;
	name: string;
	href: string;
	summary: string;
	/**
	 * The answer a reader wants first: the first-response time for the most severe level (or the
	 * tier's first deadline) and the coverage that counts it, in words.
	 */
	keyFacts: { label: string; value: string; kind: 'target' | 'coverage' }[];
	availability: string;
	availabilityNote?: string | undefined;
	eligibility: string[];
	addOns: string[];
	assumptions: AssumptionRef[];
}

export interface AssumptionItem {
	id: string;
	anchor: string;
	number: number;
	label: string;
	text: string;
	/** Which tiers it applies to, in words ("Applies to: Standard, Extended"). */
	appliesTo: string;
}

export interface FootnoteItem {
	id: string;
	anchor: string;
	number: number;
	text: string;
	backlinks: { href: string; label: string }[];
}

export interface SeverityItem {
	id: string;
	name: string;
	/** "P1 – Priority 1". */
	label: string;
	definition: string;
	/** Assumptions the definition rests on (e.g. our paraphrase where the source defers). */
	assumptions: AssumptionRef[];
	examples: string[];
}

/** Sections every plan page ends with. */
export interface PlanPageBackMatter {
	severities: SeverityItem[];
	severityNote?: string | undefined;
	howToOpenTicket?: string | undefined;
	addOns: { id: string; name: string; description: string; availableFor: string }[];
	notes: { id: string; text: string }[];
	assumptions: AssumptionItem[];
	footnotes: FootnoteItem[];
	/** Each source with its language, link and the date the catalogue was checked against it. */
	sources: SourceView[];
}

/** /plans/<vendor>/ */
export interface VendorPlansView extends PlanPageBackMatter {
	vendorId: string;
	vendorName: string;
	title: string;
	description: string;
	summary: string;
	tiers: TierOverview[];
	table: ComparisonTable;
}

/** One severity (or the severity-independent targets) of a tier, with the coverage that counts it. */
export interface TierTargetRow {
	anchor: string;
	severity?: { id: string; name: string } | undefined;
	/** "P1 – Priority 1", or "Any request" for targets that do not depend on severity. */
	label: string;
	coverage: string;
	coverageAssumptions: AssumptionRef[];
	/** By target kind, in the order of `TierPageView.targetKinds`; undefined where none is published. */
	targets: (
		| {
				value: string;
				notes: string[];
				footnotes: FootnoteRef[];
				assumptions: AssumptionRef[];
		  }
		| undefined
	)[];
}

/** /plans/<vendor>/<tier>/ */
export interface TierPageView extends PlanPageBackMatter {
	vendorId: string;
	vendorName: string;
	vendorHref: string;
	title: string;
	description: string;
	tier: TierOverview;
	targetKinds: { kind: Target['kind']; label: string }[];
	targetRows: TierTargetRow[];
	calculator: { href: string; label: string };
	table: ComparisonTable;
}

const targetKinds: Target['kind'][] = [
	'first-response',
	'update',
	'resolution',
	'inquiry-response',
];

/**
 * Numbers footnotes and assumptions in the order a page first refers to them, and gives every
 * reference its own id so a footnote can link back to each place that cites it.
 */
class PageRefs {
	private footnoteNumbers = new Map<string, number>();
	private footnoteRefs = new Map<string, string[]>();

	constructor(
		private vendor: Vendor,
		private t: Translate,
		private tag: LocaleTag
	) {}

	footnotes(ids: readonly string[] | undefined): FootnoteRef[] {
		return (ids ?? []).map((id) => {
			let number = this.footnoteNumbers.get(id);
			if (number === undefined) {
				number = this.footnoteNumbers.size + 1;
				this.footnoteNumbers.set(id, number);
			}
			const refs = this.footnoteRefs.get(id) ?? [];
			const refId = footnoteRefAnchor(id, refs.length + 1);
			refs.push(refId);
			this.footnoteRefs.set(id, refs);
			return {
				number,
				id: refId,
				href: `#${footnoteAnchor(id)}`,
				label: this.t('atlas.plans.footnoteRef', { number }),
			};
		});
	}

	/** Markers for assumption ids, linking to the list on this page. */
	markers(ids: readonly string[]): AssumptionRef[] {
		return assumptionMarkers(this.vendor, ids, this.tag, this.t, true);
	}

	/** Assumptions about a tier as a whole (how it is obtained). */
	tierAssumptions(tier: Tier): AssumptionRef[] {
		return this.markers(tierAssumptionIds(this.vendor, tier));
	}

	calendarAssumptions(calendar: Calendar): AssumptionRef[] {
		return this.markers(calendarAssumptionIds(calendar));
	}

	/** Assumptions a target rests on besides its calendar's (the calendar is marked on its own row). */
	targetAssumptions(target: Target, calendar: Calendar): AssumptionRef[] {
		const onCalendar = calendarAssumptionIds(calendar);
		return this.markers(
			targetAssumptionIds(target, calendar).filter((id) => !onCalendar.includes(id))
		);
	}

	/** The footnote list: cited footnotes by number, then any the page does not cite. */
	footnoteList(tag: LocaleTag): FootnoteItem[] {
		const ordered = [...this.vendor.footnotes].sort(
			(a, b) =>
				(this.footnoteNumbers.get(a.id) ?? Infinity) - (this.footnoteNumbers.get(b.id) ?? Infinity)
		);
		let next = this.footnoteNumbers.size;
		return ordered.map((footnote) => {
			const number = this.footnoteNumbers.get(footnote.id) ?? ++next;
			const refs = this.footnoteRefs.get(footnote.id) ?? [];
			return {
				id: footnote.id,
				anchor: footnoteAnchor(footnote.id),
				number,
				text: localize(footnote.text, tag),
				backlinks: refs.map((refId, i) => ({
					href: `#${refId}`,
					label:
						refs.length === 1
							? this.t('atlas.plans.footnoteBack', { number })
							: this.t('atlas.plans.footnoteBackNth', { number, index: i + 1 }),
				})),
			};
		});
	}
}

function tierName(tier: Tier, tag: LocaleTag): string {
	return localize(tier.name, tag);
}

function overview(
	vendor: Vendor,
	tier: Tier,
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): TierOverview {
	const target = headlineTarget(vendor, tier);
	const keyFacts: TierOverview['keyFacts'] = [];
	if (target)
		keyFacts.push({
			kind: 'target',
			label: t(`atlas.tier.headlineTarget.${target.kind}`, { severity: target.severity ?? '' }),
			value: formatDuration(target.within, tag, t),
		});
	keyFacts.push({
		kind: 'coverage',
		label: t('atlas.tier.coverage'),
		value: localize(resolveCalendar(vendor, tier, target?.severity).name, tag),
	});
	return {
		id: tier.id,
		anchor: `${tierColumnAnchor(tier.id)}-overview`,
		name: tierName(tier, tag),
		href: tierPath(tag, vendor.id, tier.id),
		summary: localize(tier.summary, tag),
		keyFacts,
		availability: t(`atlas.tier.availability.${tier.availability}`),
		availabilityNote: tier.availabilityNote && localize(tier.availabilityNote, tag),
		eligibility: (tier.eligibility ?? []).map((e) => localize(e, tag)),
		addOns: (vendor.addOns ?? [])
			.filter((a) => a.availableFor.includes(tier.id))
			.map((a) => localize(a.name, tag)),
		assumptions: refs.tierAssumptions(tier),
	};
}

function row(
	anchor: string,
	name: string,
	copyName: string,
	cells: PlanCell[],
	t: Translate,
	extra: { description?: string | undefined; footnotes?: FootnoteRef[] } = {}
): PlanRow {
	const keys = cells.map((c) => cellKey(c.value) + JSON.stringify(c.notes));
	return {
		anchor,
		name,
		description: extra.description,
		footnotes: extra.footnotes ?? [],
		cells,
		same: cells.length > 1 && keys.every((k) => k === keys[0]),
		copyLabel: t('atlas.plans.copyRowTarget', { name: copyName }),
		link: `#${anchor}`,
	};
}

function group(id: string, name: string, rows: PlanRow[]): PlanRowGroup {
	return { id, name, rows, same: rows.every((r) => r.same) };
}

/** The words under a target's amount: how its clock runs, when not on the coverage hours. */
function targetNotes(target: Target, t: Translate): string[] {
	return target.clock === 'calendar' ? [t('atlas.plans.calendarClock')] : [];
}

/** The rows of one severity (or of the severity-independent targets): coverage, then each target kind. */
function targetGroup(
	vendor: Vendor,
	severity: { id: string; name: string } | undefined,
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): PlanRowGroup {
	const sev = severity?.id;
	const groupName = severity
		? t('atlas.plans.severityGroup', { severity: severity.id, name: severity.name })
		: t('atlas.plans.targetsGroup');
	const coverageName = t('atlas.tier.coverage');
	const rows: PlanRow[] = [
		row(
			coverageRowAnchor(sev),
			coverageName,
			t('atlas.plans.rowInGroup', { group: groupName, row: coverageName }),
			vendor.tiers.map((tier) => {
				const calendar = resolveCalendar(vendor, tier, sev);
				return {
					tierId: tier.id,
					value: { kind: 'text', text: localize(calendar.name, tag) },
					notes: [],
					footnotes: [],
					assumptions: refs.calendarAssumptions(calendar),
				};
			}),
			t
		),
	];
	for (const kind of targetKinds) {
		const matches = (target: Target) => target.kind === kind && target.severity === sev;
		if (!vendor.tiers.some((tier) => tier.targets.some(matches))) continue;
		const kindName = t(`atlas.target.kind.${kind}`);
		// A footnote that qualifies the target in every tier is cited once, on the row.
		const perTier = vendor.tiers.map((tier) => tier.targets.find(matches));
		const shared = (perTier[0]?.footnotes ?? []).filter((id) =>
			perTier.every((target) => target?.footnotes?.includes(id))
		);
		const rowFootnotes = refs.footnotes(shared);
		const cells = vendor.tiers.map((tier, i): PlanCell => {
			const target = perTier[i];
			if (!target)
				return {
					tierId: tier.id,
					value: absentCell(t('atlas.tier.noTarget')),
					notes: [],
					footnotes: [],
					assumptions: [],
				};
			return {
				tierId: tier.id,
				value: { kind: 'text', text: formatTargetAmount(target, tag, t) },
				notes: targetNotes(target, t),
				footnotes: refs.footnotes((target.footnotes ?? []).filter((id) => !shared.includes(id))),
				assumptions: refs.targetAssumptions(target, resolveCalendar(vendor, tier, sev)),
			};
		});
		rows.push(
			row(
				targetRowAnchor(kind, sev),
				kindName,
				t('atlas.plans.rowInGroup', { group: groupName, row: kindName }),
				cells,
				t,
				{ footnotes: rowFootnotes }
			)
		);
	}
	return group(severity ? `targets-${coverageRowAnchor(sev)}` : 'targets', groupName, rows);
}

/** The comparison table: the plan's terms, response targets per severity, then the feature categories. */
function comparison(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs,
	highlight: string | undefined,
	tierPage?: string
): ComparisonTable {
	const columns = vendor.tiers.map((tier) => ({
		id: tier.id,
		anchor: tierColumnAnchor(tier.id),
		name: tierName(tier, tag),
		href: tierPath(tag, vendor.id, tier.id),
		highlighted: tier.id === highlight,
		copyLabel: t('atlas.plans.copyColumnTarget', { name: tierName(tier, tag) }),
		link: highlightedPlansPath(tag, vendor.id, tier.id),
	}));
	const termsName = t('atlas.plans.termsGroup');
	const termRow = (anchor: string, name: string, cell: (tier: Tier) => CellValue) =>
		row(
			anchor,
			name,
			t('atlas.plans.rowInGroup', { group: termsName, row: name }),
			vendor.tiers.map((tier) => ({
				tierId: tier.id,
				value: cell(tier),
				notes: [],
				footnotes: [],
				assumptions: [],
			})),
			t
		);
	const terms: PlanRow[] = [
		row(
			'availability',
			t('atlas.plans.availability'),
			t('atlas.plans.rowInGroup', { group: termsName, row: t('atlas.plans.availability') }),
			vendor.tiers.map((tier) => ({
				tierId: tier.id,
				value: { kind: 'text', text: t(`atlas.tier.availability.${tier.availability}`) },
				notes: tier.availabilityNote ? [localize(tier.availabilityNote, tag)] : [],
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
					? { kind: 'list', items: tier.eligibility.map((e) => localize(e, tag)) }
					: absentCell(t('atlas.value.none'))
			)
		);
	}
	for (const addOn of vendor.addOns ?? []) {
		const name = t('atlas.plans.addOnRow', { name: localize(addOn.name, tag) });
		terms.push(
			termRow(`add-on-${addOn.id}`, name, (tier) =>
				addOn.availableFor.includes(tier.id)
					? { kind: 'text', text: t('atlas.value.addOnAvailable') }
					: absentCell(t('atlas.value.addOnUnavailable'))
			)
		);
	}

	const groups: PlanRowGroup[] = [group('terms', termsName, terms)];
	const levels = vendor.severities?.levels ?? [];
	for (const level of levels)
		groups.push(
			targetGroup(vendor, { id: level.id, name: localize(level.name, tag) }, tag, t, refs)
		);
	if (
		!levels.length ||
		vendor.tiers.some((tier) => tier.targets.some((target) => target.severity === undefined))
	) {
		groups.push(targetGroup(vendor, undefined, tag, t, refs));
	}
	for (const category of vendor.categories) {
		const categoryName = localize(category.name, tag);
		groups.push(
			group(
				`category-${category.id}`,
				categoryName,
				category.features.map((feature) => {
					const name = localize(feature.name, tag);
					const footnotes = refs.footnotes(feature.footnotes);
					const cells = vendor.tiers.map((tier): PlanCell => {
						const value = feature.values[tier.id];
						return {
							tierId: tier.id,
							value: value === undefined ? notStatedCell(t) : featureCell(value, tag, t),
							notes: [],
							footnotes: [],
							assumptions: refs.markers(featureValueAssumptionIds(feature, tier.id)),
						};
					});
					return row(featureAnchor(feature.id), name, name, cells, t, {
						description: feature.description && localize(feature.description, tag),
						footnotes,
					});
				})
			)
		);
	}
	// A row link copied on a tier page opens that tier page again (with its own targets and notes).
	const page = tierPage ?? vendorPlansPath(tag, vendor.id);
	for (const row of groups.flatMap((g) => g.rows)) row.link = `${page}#${row.anchor}`;
	return {
		caption: t('atlas.plans.tableCaption', { vendor: vendor.name }),
		columns,
		groups,
		canCompare: vendor.tiers.length > 1,
	};
}

function backMatter(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): PlanPageBackMatter {
	const names = (ids: readonly string[]) =>
		t('atlas.plans.appliesTo', {
			count: ids.length,
			tiers: formatList(
				ids.map((id) =>
					tierName(
						vendor.tiers.find((x) => x.id === id)!,
						tag
					)
				),
				tag
			),
		});
	return {
		severities: (vendor.severities?.levels ?? []).map((level) => ({
			id: level.id,
			name: localize(level.name, tag),
			label: t('atlas.plans.severityLabel', {
				severity: level.id,
				name: localize(level.name, tag),
			}),
			definition: localize(level.definition, tag),
			assumptions: refs.markers(severityAssumptionIds(level)),
			examples: level.examples.map((e) => localize(e, tag)),
		})),
		severityNote: vendor.severities?.note && localize(vendor.severities.note, tag),
		howToOpenTicket: vendor.howToOpenTicket && localize(vendor.howToOpenTicket, tag),
		addOns: (vendor.addOns ?? []).map((addOn) => ({
			id: addOn.id,
			name: localize(addOn.name, tag),
			description: localize(addOn.description, tag),
			availableFor: names(addOn.availableFor),
		})),
		notes: (vendor.notes ?? []).map((note) => ({ id: note.id, text: localize(note.text, tag) })),
		assumptions: vendor.assumptions.map((assumption, i) => {
			// Applies to what refers to it; "every plan" only when every plan is affected.
			const tiers = assumptionTiers(vendor, assumption.id);
			return {
				id: assumption.id,
				anchor: assumptionAnchor(assumption.id),
				number: i + 1,
				label: t('atlas.plans.assumptionRef', { number: i + 1 }),
				text: localize(assumption.text, tag),
				appliesTo:
					tiers.length === 0
						? t('atlas.assumption.appliesToVendor', { vendor: vendor.name })
						: tiers.length === vendor.tiers.length && vendor.tiers.length > 1
							? t('atlas.plans.appliesToAll')
							: names(tiers),
			};
		}),
		footnotes: refs.footnoteList(tag),
		sources: vendor.sources.map((s) => sourceView(s, tag, t)),
	};
}

/** Builds /plans/<vendor>/ for one locale; `highlight` marks a tier's column. */
export function buildVendorPlans(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	highlight?: string
): VendorPlansView {
	const refs = new PageRefs(vendor, t, tag);
	const tiers = vendor.tiers.map((tier) => overview(vendor, tier, tag, t, refs));
	const table = comparison(vendor, tag, t, refs, highlight);
	return {
		vendorId: vendor.id,
		vendorName: vendor.name,
		title: t('atlas.plans.title', { vendor: vendor.name }),
		description: localize(vendor.summary, tag),
		summary: localize(vendor.summary, tag),
		tiers,
		table,
		...backMatter(vendor, tag, t, refs),
	};
}

/** Builds /plans/<vendor>/<tier>/ for one locale: the tier, its targets per severity, and the comparison with it highlighted. */
export function buildTierPage(
	vendor: Vendor,
	tierId: string,
	tag: LocaleTag,
	t: Translate
): TierPageView {
	const tier = vendor.tiers.find((x) => x.id === tierId);
	if (!tier) throw new Error(`Vendor "${vendor.id}" has no tier "${tierId}"`);
	const refs = new PageRefs(vendor, t, tag);
	const kinds = targetKinds.filter((kind) => tier.targets.some((target) => target.kind === kind));
	const levels = vendor.severities?.levels ?? [];
	const severityRows: TierTargetRow[] = levels.map((level) =>
		targetRowFor(
			vendor,
			tier,
			{ id: level.id, name: localize(level.name, tag) },
			kinds,
			tag,
			t,
			refs
		)
	);
	if (!levels.length || tier.targets.some((target) => target.severity === undefined))
		severityRows.push(targetRowFor(vendor, tier, undefined, kinds, tag, t, refs));
	const name = tierName(tier, tag);
	return {
		vendorId: vendor.id,
		vendorName: vendor.name,
		vendorHref: vendorPlansPath(tag, vendor.id),
		title: t('atlas.plans.tierTitle', { tier: name, vendor: vendor.name }),
		description: localize(tier.summary, tag),
		tier: overview(vendor, tier, tag, t, refs),
		targetKinds: kinds.map((kind) => ({ kind, label: t(`atlas.target.kind.${kind}`) })),
		targetRows: severityRows,
		calculator: {
			href: calculatorPath(tag, { plan: `${vendor.id}/${tier.id}` }),
			label: t('atlas.plans.openCalculator', { tier: name }),
		},
		table: comparison(vendor, tag, t, refs, tier.id, tierPath(tag, vendor.id, tier.id)),
		...backMatter(vendor, tag, t, refs),
	};
}

function targetRowFor(
	vendor: Vendor,
	tier: Tier,
	severity: { id: string; name: string } | undefined,
	kinds: Target['kind'][],
	tag: LocaleTag,
	t: Translate,
	refs: PageRefs
): TierTargetRow {
	const calendar = resolveCalendar(vendor, tier, severity?.id);
	return {
		anchor: `tier-${coverageRowAnchor(severity?.id)}`,
		severity,
		label: severity
			? t('atlas.plans.severityLabel', { severity: severity.id, name: severity.name })
			: t('atlas.plans.noSeverity'),
		coverage: localize(calendar.name, tag),
		coverageAssumptions: refs.calendarAssumptions(calendar),
		targets: kinds.map((kind) => {
			const target = tier.targets.find((x) => x.kind === kind && x.severity === severity?.id);
			return (
				target && {
					value: formatTargetAmount(target, tag, t),
					notes: targetNotes(target, t),
					footnotes: refs.footnotes(target.footnotes),
					assumptions: refs.targetAssumptions(target, calendar),
				}
			);
		}),
	};
}
