/**
 * The generated holiday data on disk, content/holidays/ (Node only): read by the command line and
 * tests. Reading needs none of the packages the data was generated from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HolidayRegion, RegionHolidays } from '../lib/sla/regions.ts';

/** Where the generated files live. */
export const HOLIDAY_DATA_DIR = 'content/holidays';

/** One region's committed data. */
export function readRegionHolidays(region: HolidayRegion, cwd = process.cwd()): RegionHolidays {
	return JSON.parse(
		readFileSync(join(cwd, HOLIDAY_DATA_DIR, `${region}.json`), 'utf8')
	) as RegionHolidays;
}
