/**
 * The holiday data of every region, each a chunk of its own, fetched only when its region is chosen
 * or a calendar names it (see src/lib/calculator/regions.ts).
 */
import { regionStore } from '#lib/calculator/regions.ts';
import type { RegionHolidays } from '#lib/time/regions.ts';

export const regions = regionStore(
	import.meta.glob<RegionHolidays>(['./*.json', '!./index.json'], {
		base: '../../../content/holidays',
		import: 'default',
	})
);
