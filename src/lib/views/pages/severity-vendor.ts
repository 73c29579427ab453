/**
 * A vendor's severity guide as plain data: each level with what it means for every tier, and the
 * impact × urgency matrix (as table rows and as the picker's answers).
 */
import {
	calendarAssumptionIds,
	severityAssumptionIds,
	targetAssumptionIds,
} from '#lib/catalogue/provenance.ts';
import { matrixLevel, vendorLevelTerm, type SeverityMatrixLevels } from '#lib/catalogue/query.ts';
import type { Catalogue, Vendor } from '#lib/catalogue/schema.ts';
import type { LevelTerm } from '#lib/catalogue/level-terms.ts';
import type { PlanTarget } from '#lib/catalogue/plan-terms.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, translatePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { calculatorPath, planId, severityLevelAnchor, tierPath } from '#lib/routes.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import { cellPhrase } from '#lib/views/parts/comparison-cells.ts';
import { assumptionMarkers, type AssumptionMarker } from '#lib/views/parts/markers.ts';
import {
	targetCalendar,
	targetSlot,
	tierPlan,
	type SlotKey,
	type TierPlan,
} from '#lib/views/parts/plan-targets.ts';
import {
	amountText,
	coverageCell,
	targetCell,
	type CaseLine,
} from '#lib/views/parts/target-cells.ts';

/** One target a tier sets for a level: "First response" – "30 minutes". */
export interface SeverityTargetView {
	kind: string;
	label: string;
	/** The amount with its commitment, or "Depends on …" over `cases`. */
	amount: Phrase;
	/** Set when the target counts calendar (elapsed) time rather than covered hours. */
	clockNote?: string | undefined;
	/** Where it comes from and when its clock starts, where that needs saying. */
	notes: Phrase[];
	/** Assumptions the figure rests on besides the coverage's own (its clock, its reading). */
	assumptions: AssumptionMarker[];
	/** Where ticket attributes select the target: one line per group of their values. */
	cases: CaseLine[];
}

/** What a level implies for one tier. */
export interface SeverityTierView {
	id: string;
	name: Phrase;
	/** The tier's own page. */
	planHref: string;
	/** Name of the coverage calendar that counts this level's targets on this tier (or why none). */
	coverage: Phrase;
	/** Where ticket attributes select the calendar: one line per group of their values. */
	coverageCases: CaseLine[];
	/** Assumptions the coverage rests on (e.g. business hours the source does not define). */
	coverageAssumptions: AssumptionMarker[];
	targets: SeverityTargetView[];
	/** Said where there are no targets, when more is known than that none is published. */
	empty?: string | undefined;
	/** The calculator, preselecting this tier and level. */
	calculatorHref: string;
	calculatorLabel: Phrase;
}

export interface SeverityLevelView {
	id: string;
	anchor: string;
	/** e.g. "P1 · Critical impact". */
	heading: Phrase;
	name: Phrase;
	definition: Phrase;
	/** Assumptions the definition rests on (e.g. our paraphrase where the source defers). */
	definitionAssumptions: AssumptionMarker[];
	examples: Phrase[];
	tiers: SeverityTierView[];
}

/** One cell of the matrix: the level an impact and an urgency lead to. */
export interface SeverityMatrixCell {
	impactId: string;
	levelId: string;
	levelName: Phrase;
	levelHref: string;
}

export interface SeverityMatrixView {
	/** Columns, highest impact first. */
	impacts: { id: string; name: Phrase }[];
	/** Rows, highest urgency first, each with one cell per impact. */
	rows: { id: string; name: Phrase; cells: SeverityMatrixCell[] }[];
	/** The catalogue's levels by urgency and impact, for the picker (read with `matrixLevel`). */
	levels: SeverityMatrixLevels;
}

export interface SeverityGuideView {
	vendorId: string;
	vendorName: string;
	/** The vendor's word for its levels: the page's strings come in that wording (lib/i18n/level-term). */
	term: LevelTerm;
	note?: Phrase | undefined;
	levels: SeverityLevelView[];
	matrix?: SeverityMatrixView | undefined;
}

/**
 * The targets a plan sets at a level, in the order its terms list them: the level's own, and those
 * for any ticket (an inquiry reply), which apply at every level. `onCalendar` holds the assumptions
 * of the level's calendar, shown with the coverage rather than with each figure.
 */
function levelTargets(
	vendor: Vendor,
	plan: TierPlan,
	level: string,
	onCalendar: readonly string[],
	tag: LocaleTag,
	t: Translate
): SeverityTargetView[] {
	const markers = (ids: readonly string[]) => assumptionMarkers(vendor, ids, tag, t);
	const keys = new Map<string, SlotKey>();
	for (const { target } of plan.terms.targets)
		if (target.requestType === undefined && (target.severity ?? level) === level)
			keys.set(`${target.kind}/${target.severity ?? ''}`, {
				kind: target.kind,
				severity: target.severity,
			});
	const ctx = { vendor, tag, t, markers, footnotes: () => [] };
	return [...keys.values()].flatMap((key): SeverityTargetView[] => {
		const slot = targetSlot(vendor, plan, key);
		if (slot.state !== 'set') return [];
		const words = (p: PlanTarget) => ({
			amount: amountText(p.target, tag, t),
			clockNote: p.target.clock === 'calendar' ? t('atlas.severity.calendarClock') : undefined,
			assumptions: markers(
				targetAssumptionIds(p.target, targetCalendar(vendor, plan, p)).filter(
					(id) => !onCalendar.includes(id)
				)
			),
		});
		const label = t(`atlas.target.kind.${key.kind}`);
		const [only] = slot.cases;
		const cell = targetCell(plan, key, ctx)!;
		if (slot.cases.length === 1 && only?.result && !Object.keys(only.values).length)
			return [
				{
					kind: key.kind,
					label,
					...words(only.result),
					// The clock's note has its own place; the others (origin, clock start) follow it.
					notes: cell.notes.filter((n) => n !== t('atlas.plans.calendarClock')),
					cases: [],
				},
			];
		return [
			{
				kind: key.kind,
				label,
				amount: cellPhrase(cell.value, tag),
				notes: [],
				assumptions: [],
				cases: cell.cases,
			},
		];
	});
}

/** The vendors that have a severity scheme, i.e. those that get a severity guide. */
export function vendorsWithSeverities(catalogue: Catalogue): Vendor[] {
	return catalogue.vendors.filter((v) => v.severities !== undefined);
}

/** Builds one vendor's severity guide for a locale; undefined when the vendor has no scheme. */
export function buildSeverityGuide(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate
): SeverityGuideView | undefined {
	const scheme = vendor.severities;
	if (!scheme) return undefined;
	const levelName = (id: string): Phrase => {
		const level = scheme.levels.find((l) => l.id === id);
		return level ? localizePhrase(level.name, tag) : id;
	};
	const markers = (ids: readonly string[]) => assumptionMarkers(vendor, ids, tag, t);
	const ctx = { vendor, tag, t, markers, footnotes: () => [] };
	const levels = scheme.levels.map((level): SeverityLevelView => {
		const name = localizePhrase(level.name, tag);
		return {
			id: level.id,
			anchor: severityLevelAnchor(level.id),
			heading: translatePhrase(t, 'atlas.severity.levelHeading', { id: level.id, name }),
			name,
			definition: localizePhrase(level.definition, tag),
			definitionAssumptions: markers(severityAssumptionIds(level)),
			examples: level.examples.map((e) => localizePhrase(e, tag)),
			tiers: vendor.tiers.map((tier) => {
				const plan = tierPlan(vendor, tier);
				const coverage = coverageCell(plan, { severity: level.id }, ctx);
				const calendar =
					coverage.value.kind === 'text' && plan.terms.coverage
						? resolveCalendar(vendor, { id: tier.id, coverage: plan.terms.coverage }, level.id)
						: undefined;
				const onCalendar = calendar ? calendarAssumptionIds(calendar) : [];
				const absent = targetSlot(vendor, plan, { kind: 'first-response', severity: level.id });
				return {
					id: tier.id,
					name: localizePhrase(tier.name, tag),
					planHref: tierPath(tag, vendor.id, tier.id),
					coverage: cellPhrase(coverage.value, tag),
					coverageCases: coverage.cases,
					coverageAssumptions: coverage.assumptions,
					targets: levelTargets(vendor, plan, level.id, onCalendar, tag, t),
					empty:
						absent.state === 'not-offered' || absent.state === 'no-support'
							? t('atlas.plans.notOffered')
							: absent.state === 'offered'
								? t('atlas.plans.offeredNoTarget')
								: undefined,
					calculatorHref: calculatorPath(tag, {
						plan: planId(vendor.id, tier.id),
						severity: level.id,
					}),
					calculatorLabel: translatePhrase(t, 'atlas.severity.calculatorLink', {
						tier: localizePhrase(tier.name, tag),
						severity: level.id,
					}),
				};
			}),
		};
	});
	const matrix = scheme.matrix && {
		impacts: scheme.matrix.impacts.map((i) => ({ id: i.id, name: localizePhrase(i.name, tag) })),
		rows: scheme.matrix.urgencies.map((u) => ({
			id: u.id,
			name: localizePhrase(u.name, tag),
			cells: scheme.matrix!.impacts.map((i) => {
				// Validation guarantees every cell names a level of the scheme.
				const levelId = matrixLevel(scheme.matrix!.levels, i.id, u.id) ?? '';
				return {
					impactId: i.id,
					levelId,
					levelName: levelName(levelId),
					levelHref: `#${severityLevelAnchor(levelId)}`,
				};
			}),
		})),
		levels: scheme.matrix.levels,
	};
	return {
		vendorId: vendor.id,
		vendorName: vendor.name,
		term: vendorLevelTerm(vendor),
		note: scheme.note && localizePhrase(scheme.note, tag),
		levels,
		matrix,
	};
}
