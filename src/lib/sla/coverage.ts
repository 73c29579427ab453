/**
 * The one place that resolves which coverage calendar governs a tier's targets.
 */
import type { Calendar, Target, Tier, Vendor } from '../catalogue/schema.ts';

/**
 * The calendar that applies to `tier` for a severity (or, with no severity, the tier's default).
 * Throws only for a catalogue that skipped validation, where a reference can dangle.
 */
export function resolveCalendar(vendor: Vendor, tier: Tier, severityId?: string): Calendar {
	const id = (severityId !== undefined ? tier.coverage.severities?.[severityId] : undefined) ?? tier.coverage.default;
	const calendar = vendor.calendars.find((c) => c.id === id);
	if (!calendar) throw new Error(`Vendor "${vendor.id}" tier "${tier.id}" refers to unknown calendar "${id}"`);
	return calendar;
}

/** The calendar that counts a target: the one for its severity, or the tier default. */
export function calendarForTarget(vendor: Vendor, tier: Tier, target: Target): Calendar {
	return resolveCalendar(vendor, tier, target.severity);
}
