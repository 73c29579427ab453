/**
 * The one place that resolves which coverage calendar governs a tier's targets.
 */
import type { Tier } from './schema.ts';

/** What resolving needs of a vendor: its calendars (of any shape that has ids). */
export interface CalendarOwner<C extends { id: string }> {
	id: string;
	calendars: readonly C[];
}

/** What resolving needs of a tier. */
export type CoverageOf = Pick<Tier, 'id' | 'coverage'>;

/**
 * The calendar that applies to `tier` for a severity (or, with no severity, the tier's default).
 * Throws only for a catalogue that skipped validation, where a reference can dangle.
 */
export function resolveCalendar<C extends { id: string }>(
	vendor: CalendarOwner<C>,
	tier: CoverageOf,
	severityId?: string
): C {
	const id =
		(severityId !== undefined ? tier.coverage.severities?.[severityId] : undefined) ??
		tier.coverage.default;
	const calendar = vendor.calendars.find((c) => c.id === id);
	if (!calendar)
		throw new Error(`Vendor "${vendor.id}" tier "${tier.id}" refers to unknown calendar "${id}"`);
	return calendar;
}
