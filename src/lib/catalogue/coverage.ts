/**
 * The one place that resolves which coverage calendar governs a target: a rule on ticket attributes
 * first, then the calendar named for the severity, then the default.
 */
import type { Tier } from './schema.ts';
import { meetsConditions } from './plan-terms.ts';

/** What resolving needs of a vendor: its calendars (of any shape that has ids). */
export interface CalendarOwner<C extends { id: string }> {
	id: string;
	calendars: readonly C[];
}

/** What resolving needs of a tier (or of a target of a plan: the coverage it counts on). */
export interface CoverageOf {
	id?: string | undefined;
	coverage?: Tier['coverage'] | undefined;
}

type CoverageRule = NonNullable<NonNullable<Tier['coverage']>['rules']>[number];

/** The calendar that applies, and the attribute rule that chose it, if one did. */
export interface ResolvedCoverage<C> {
	calendar: C;
	rule?: CoverageRule | undefined;
}

/**
 * The calendar that applies for a severity and ticket attributes (with neither, the default), and the
 * rule that chose it. Throws only for a catalogue that skipped validation, where a reference can
 * dangle or a tier with targets lacks coverage.
 */
export function resolveCoverage<C extends { id: string }>(
	vendor: CalendarOwner<C>,
	owner: CoverageOf,
	severityId?: string,
	attributes?: Readonly<Record<string, string>>
): ResolvedCoverage<C> {
	const coverage = owner.coverage;
	if (!coverage) throw new Error(`Vendor "${vendor.id}" tier "${owner.id ?? '?'}" has no coverage`);
	const rule = attributes
		? coverage.rules?.find(
				(r) =>
					(!r.severities || (severityId !== undefined && r.severities.includes(severityId))) &&
					meetsConditions(r.when, attributes)
			)
		: undefined;
	const id =
		rule?.calendar ??
		(severityId !== undefined ? coverage.severities?.[severityId] : undefined) ??
		coverage.default;
	const calendar = vendor.calendars.find((c) => c.id === id);
	if (!calendar)
		throw new Error(
			`Vendor "${vendor.id}" tier "${owner.id ?? '?'}" refers to unknown calendar "${id}"`
		);
	return { calendar, rule };
}

/** The calendar alone (see resolveCoverage). */
export function resolveCalendar<C extends { id: string }>(
	vendor: CalendarOwner<C>,
	owner: CoverageOf,
	severityId?: string,
	attributes?: Readonly<Record<string, string>>
): C {
	return resolveCoverage(vendor, owner, severityId, attributes).calendar;
}
