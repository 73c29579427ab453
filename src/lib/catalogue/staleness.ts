/**
 * Sources checked too long ago: a value on a page is only as fresh as the last look at its document.
 * The validator warns about them; pages say how long ago each was checked.
 */
import { epochDay } from '#lib/time/days.ts';
import type { KeyPath } from './issues.ts';
import type { Source, Vendor } from './schema.ts';

/** How old (in days) a check may be before it is flagged, unless configured otherwise. */
export const DEFAULT_MAX_SOURCE_AGE_DAYS = 180;

/** Whole days from a source's check to `today` (both YYYY-MM-DD). */
export function sourceAgeDays(retrieved: string, today: string): number {
	return epochDay(today) - epochDay(retrieved);
}

/** A source checked longer ago than allowed, with where it is written. */
export interface StaleSource {
	path: KeyPath;
	source: Source;
	days: number;
}

/** The vendor's sources, the current ones and those of earlier versions, checked more than `maxDays` ago. */
export function staleSources(vendor: Vendor, today: string, maxDays: number): StaleSource[] {
	const found: StaleSource[] = [];
	const check = (sources: readonly Source[], path: KeyPath) =>
		sources.forEach((source, i) => {
			const days = sourceAgeDays(source.retrieved, today);
			if (days > maxDays) found.push({ path: [...path, i, 'retrieved'], source, days });
		});
	check(vendor.sources, ['sources']);
	vendor.history?.forEach((version, v) => check(version.sources ?? [], ['history', v, 'sources']));
	return found;
}
