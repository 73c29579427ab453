/**
 * The day pages are built and how old a source's check may be before pages flag it: the same day and
 * limit `npm run validate` warns by (PLAN_ATLAS_MAX_SOURCE_AGE days, default 180). The build runs the
 * validator first, which refuses a limit that is not a whole number of days.
 */
import { DEFAULT_MAX_SOURCE_AGE_DAYS } from '#lib/catalogue/staleness.ts';
import type { Freshness } from '#lib/views/parts/terms-dates.ts';
import { latestToday } from '../node/catalogue-files.ts';

export function freshness(): Freshness {
	const setting = Number(process.env.PLAN_ATLAS_MAX_SOURCE_AGE || DEFAULT_MAX_SOURCE_AGE_DAYS);
	return {
		today: latestToday(),
		maxDays: Number.isInteger(setting) && setting >= 0 ? setting : DEFAULT_MAX_SOURCE_AGE_DAYS,
	};
}
