/**
 * The generated holiday data on disk, content/holidays/ (Node only): read by the command line and
 * tests. Reading needs none of the packages the data was generated from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HolidayRegion, RegionHolidays } from '#lib/time/regions.ts';

/** Where the generated files live. */
export const HOLIDAY_DATA_DIR = 'content/holidays';

/** One region's committed data. */
export function readRegionHolidays(region: HolidayRegion, cwd = process.cwd()): RegionHolidays {
	return JSON.parse(
		readFileSync(join(cwd, HOLIDAY_DATA_DIR, `${region}.json`), 'utf8')
	) as RegionHolidays;
}

/**
 * A lookup of the committed data by region, read once per region; undefined for a region whose file
 * is missing. Validation passes it on, so its checks see a region's holidays as the engine does.
 */
export function regionHolidaysLookup(
	cwd = process.cwd()
): (region: HolidayRegion) => RegionHolidays | undefined {
	const read = new Map<HolidayRegion, RegionHolidays | undefined>();
	return (region) => {
		if (!read.has(region)) {
			const exists = existsSync(join(cwd, HOLIDAY_DATA_DIR, `${region}.json`));
			read.set(region, exists ? readRegionHolidays(region, cwd) : undefined);
		}
		return read.get(region);
	};
}
