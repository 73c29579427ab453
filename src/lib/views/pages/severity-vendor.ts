/**
 * A vendor's severity guide as plain data: each level with what it means for every tier, and the
 * impact × urgency matrix (as table rows and as the picker's answers).
 */
import { tierCoverage } from '#lib/catalogue/query.ts';
import {
	calendarAssumptionIds,
	severityAssumptionIds,
	targetAssumptionIds,
} from '#lib/catalogue/provenance.ts';
import { matrixLevel, vendorLevelTerm, type SeverityMatrixLevels } from '#lib/catalogue/query.ts';
import type { Catalogue, Vendor } from '#lib/catalogue/schema.ts';
import type { LevelTerm } from '#lib/catalogue/level-terms.ts';
import { formatTargetAmount } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, translatePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { calculatorPath, planId, severityLevelAnchor, tierPath } from '#lib/routes.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import { applicableTargets } from '#lib/sla/deadlines.ts';
import { assumptionMarkers, type AssumptionMarker } from '#lib/views/parts/markers.ts';

/** One target a tier sets for a level: "First response" – "30 minutes". */
export interface SeverityTargetView {
	kind: string;
	label: string;
	amount: string;
	/** Set when the target counts calendar (elapsed) time rather than covered hours. */
	clockNote?: string | undefined;
	/** Assumptions the figure rests on besides the coverage's own (its clock, its reading). */
	assumptions: AssumptionMarker[];
}

/** What a level implies for one tier. */
export interface SeverityTierView {
	id: string;
	name: Phrase;
	/** The tier's own page. */
	planHref: string;
	/** Name of the coverage calendar that counts this level's targets on this tier. */
	coverage: Phrase;
	/** Assumptions the coverage rests on (e.g. business hours the source does not define). */
	coverageAssumptions: AssumptionMarker[];
	targets: SeverityTargetView[];
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
	const markers = (ids: string[]) => assumptionMarkers(vendor, ids, tag, t);
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
				const calendar = resolveCalendar(vendor, tierCoverage(vendor, tier), level.id);
				const onCalendar = calendarAssumptionIds(calendar);
				return {
					id: tier.id,
					name: localizePhrase(tier.name, tag),
					planHref: tierPath(tag, vendor.id, tier.id),
					coverage: localizePhrase(calendar.name, tag),
					coverageAssumptions: markers(onCalendar),
					// Severity-free targets (e.g. an inquiry reply) apply to every level, so they belong here too.
					targets: applicableTargets(tier, level.id).map((target) => ({
						kind: target.kind,
						label: t(`atlas.target.kind.${target.kind}`),
						amount: formatTargetAmount(target, tag, t),
						clockNote: target.clock === 'calendar' ? t('atlas.severity.calendarClock') : undefined,
						assumptions: markers(
							targetAssumptionIds(
								target,
								resolveCalendar(vendor, tierCoverage(vendor, tier), target.severity)
							).filter((id) => !onCalendar.includes(id))
						),
					})),
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
