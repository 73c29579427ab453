/**
 * content/holidays/regions.yaml, read and checked (Node only, build time): which regions the site
 * offers, the package each one's dates come from, the years offered, the government calendars they
 * are checked against, and the corrections made from those calendars where a package is wrong or late.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { localeTags } from '#lib/locales.ts';
import { holidayRegions, type HolidayRegion } from '#lib/time/regions.ts';
import { HOLIDAY_DATA_DIR } from './holiday-files.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date, YYYY-MM-DD');
const year = z.number().int().min(1900).max(2200);
const yearRange = z.tuple([year, year]).refine(([a, b]) => a <= b, 'expected [first, last] year');
/** A holiday's name in any of the site's locales. */
const translations = z.strictObject(
	Object.fromEntries(localeTags.map((tag) => [tag, z.string().min(1).optional()]))
);
/** A holiday's name as published: English and any of the site's other locales. */
const name = translations.refine((n) => Boolean(n.en), 'expected at least an English name');

const regionConfigSchema = z.strictObject({
	package: z.union([
		z.strictObject({
			from: z.literal('date-holidays'),
			country: z.string().length(2),
			subdivision: z.string().optional(),
		}),
		z.strictObject({ from: z.literal('chinese-days'), country: z.literal('CN') }),
	]),
	years: yearRange,
	official: z
		.array(
			z.strictObject({
				years: yearRange,
				title: z.string().min(1),
				publisher: z.string().min(1),
				url: z.url({ protocol: /^https$/ }).optional(),
			})
		)
		.min(1),
	closed: z.record(isoDate, name).default({}),
	notClosed: z.array(isoDate).default([]),
	working: z.record(isoDate, name).default({}),
	names: z.record(z.string().min(1), translations).default({}),
	reference: z.record(isoDate, z.string().min(1)).default({}),
});

/** One region's entry in regions.yaml. */
export type RegionConfig = z.infer<typeof regionConfigSchema>;

const configsSchema = z.strictObject(
	Object.fromEntries(holidayRegions.map((r) => [r, regionConfigSchema])) as Record<
		HolidayRegion,
		typeof regionConfigSchema
	>
);

/** Where the file lives. */
export const REGION_CONFIG_PATH = join(HOLIDAY_DATA_DIR, 'regions.yaml');

/** Every offered region's entry; throws with the path of each problem when the file is wrong. */
export function readRegionConfigs(cwd = process.cwd()): Record<HolidayRegion, RegionConfig> {
	const path = join(cwd, REGION_CONFIG_PATH);
	const parsed = configsSchema.safeParse(YAML.parse(readFileSync(path, 'utf8')));
	if (!parsed.success)
		throw new Error(
			`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
		);
	// Every official range must lie within the offered years, and cover them.
	for (const [region, config] of Object.entries(parsed.data)) {
		for (let y = config.years[0]; y <= config.years[1]; y++)
			if (!config.official.some((o) => o.years[0] <= y && y <= o.years[1]))
				throw new Error(`${path}: ${region}: no official calendar named for ${y}`);
	}
	return parsed.data;
}
