/**
 * /compare/: every tier of every vendor in one matrix of first-response targets by severity, so a
 * buyer sees the market at a glance. Vendors name their levels differently ("P1", "Severity 0"),
 * so columns are positions in each vendor's own scale, most severe first, and each cell names the
 * vendor's level.
 */
import { tierCoverage } from '#lib/catalogue/query.ts';
import { targetAssumptionIds } from '#lib/catalogue/provenance.ts';
import type { Calendar, DeadlineTarget, Duration, Tier, Vendor } from '#lib/catalogue/schema.ts';
import { formatDuration, formatTargetAmount, inSentence } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localize, localizePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { targetRowAnchor, tierAnchor, tierPath, vendorPlansPath } from '#lib/routes.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import { assumptionMarkers, type AssumptionMarker } from '#lib/views/parts/markers.ts';

export interface CompareCell {
	/** The vendor's level id, e.g. "P1"; undefined past the end of the vendor's scale. */
	severity?: string | undefined;
	/** "30 minutes"; undefined when the tier publishes no first-response target for the level. */
	value?: string | undefined;
	/** Orders cells when sorting (nominal minutes); undefined sorts last. */
	sortKey?: number | undefined;
	/** "24x7" or "Business hours", for the calendar that counts the target. */
	coverage?: string | undefined;
	/** The calendar's own name, e.g. "Business hours (Mon–Fri 09:00–17:00, your local time)", for a tooltip. */
	coverageName?: string | undefined;
	/** Words shown when there is no target, e.g. "No response target published". */
	empty: string;
	/** Link to the row of the vendor's comparison this cell comes from. */
	href?: string | undefined;
	/** Assumptions the figure rests on (e.g. business hours the source does not define). */
	assumptions: AssumptionMarker[];
}

/** A target outside the first-response columns, in words, with its assumptions. */
export interface CompareOtherTarget {
	text: string;
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
	 * Every target besides the first responses in the level columns: updates and resolutions per
	 * severity, and targets that do not depend on severity ("Reply to an inquiry: 1 business day").
	 */
	other: CompareOtherTarget[];
}

export interface CompareView {
	title: string;
	description: string;
	caption: string;
	/** Column headings of the level columns, most severe first. */
	levels: string[];
	rows: CompareRow[];
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

function firstResponse(tier: Tier, severity: string): DeadlineTarget | undefined {
	return tier.targets.find(
		(t): t is DeadlineTarget => t.kind === 'first-response' && t.severity === severity
	);
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
			const cells = Array.from({ length: depth }, (_, i): CompareCell => {
				const level = levels[i];
				if (!level) return { empty: t('atlas.compare.noLevel'), assumptions: [] };
				const target = firstResponse(tier, level.id);
				if (!target)
					return { severity: level.id, empty: t('atlas.tier.noTarget'), assumptions: [] };
				const calendar = resolveCalendar(vendor, tierCoverage(vendor, tier), level.id);
				return {
					severity: level.id,
					value: formatDuration(target.within, tag, t),
					sortKey: nominalMinutes(target.within),
					coverage: coverageKind(calendar, t),
					coverageName: localize(calendar.name, tag),
					empty: t('atlas.tier.noTarget'),
					href: `${vendorPlansPath(tag, vendor.id)}#${targetRowAnchor('first-response', level.id)}`,
					assumptions: assumptionMarkers(vendor, targetAssumptionIds(target, calendar), tag, t),
				};
			});
			const shown = new Set(levels.slice(0, depth).map((l) => l.id));
			const other = tier.targets
				.filter((target) => !(target.kind === 'first-response' && shown.has(target.severity ?? '')))
				.map((target): CompareOtherTarget => {
					const calendar = resolveCalendar(vendor, tierCoverage(vendor, tier), target.severity);
					const vars = {
						kind: t(`atlas.target.kind.${target.kind}`),
						amount: formatTargetAmount(target, tag, t),
						// In brackets after the amount, not at the start of a cell.
						coverage: inSentence(coverageKind(calendar, t), tag),
					};
					return {
						text:
							target.severity === undefined
								? t('atlas.compare.otherTarget', vars)
								: t('atlas.compare.otherTargetSeverity', { ...vars, severity: target.severity }),
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
				other,
			};
		})
	);
	return {
		title: t('atlas.compare.title'),
		description: t('atlas.compare.description'),
		caption: t('atlas.compare.caption'),
		levels: Array.from({ length: depth }, (_, i) => t('atlas.compare.level', { number: i + 1 })),
		rows,
	};
}
