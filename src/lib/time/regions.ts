/**
 * Public holidays by region, as the engine reads them: the shape of the generated data files
 * (content/holidays/<REGION>.json, written by `npm run holidays` from maintained packages at build
 * time), and the regions the site offers. The packages themselves never reach this folder or the
 * browser; only the dates and names they give do.
 */
import type { LocaleTag } from '#lib/locales.ts';

/**
 * Regions with generated holiday data: a country (ISO 3166-1 alpha-2) where one calendar holds for
 * all of it, else a part of it (ISO 3166-2, e.g. GB-SCT) whose public holidays differ from the rest.
 * `US` is the federal calendar. content/holidays/regions.yaml says where each one's dates come from.
 */
export const holidayRegions = [
	'CN',
	'GB-EAW',
	'GB-NIR',
	'GB-SCT',
	'JP',
	'KR',
	'PL',
	'SG',
	'TW',
	'US',
] as const;

/** A region with holiday data, e.g. `CN`. */
export type HolidayRegion = (typeof holidayRegions)[number];

/**
 * Regions whose name is a UI string (`atlas.region.<id>`) rather than a country name from
 * Intl.DisplayNames: parts of a country; the US, whose calendar is the federal one only; and Taiwan,
 * which a mainland reader's list names 中国台湾.
 */
export const regionsNamedByString = [
	'GB-EAW',
	'GB-NIR',
	'GB-SCT',
	'TW',
	'US',
] as const satisfies readonly HolidayRegion[];

/** A region whose name is a UI string. */
export type RegionNamedByString = (typeof regionsNamedByString)[number];

/** Whether a region's name is a UI string (`atlas.region.<id>`). */
export function isRegionNamedByString(region: HolidayRegion): region is RegionNamedByString {
	return regionsNamedByString.some((named) => named === region);
}

/** Narrows a string to a region with holiday data (exact, upper-case code, e.g. `GB-SCT`). */
export function isHolidayRegion(value: string): value is HolidayRegion {
	return (holidayRegions as readonly string[]).includes(value);
}

/** A holiday's name in the locales its source has it in. */
export type HolidayName = Partial<Record<LocaleTag, string | undefined>>;

/** One region's holidays for a range of years, as generated. */
export interface RegionHolidays {
	region: HolidayRegion;
	/** Where the dates come from, e.g. "date-holidays 3.37.0 (type public)". */
	source: string;
	/** First and last year the data covers; outside them, the region's holidays are unknown. */
	years: readonly [number, number];
	/** Distinct holiday names; dates below refer to them by index. */
	names: readonly HolidayName[];
	/** Public holidays: YYYY-MM-DD → index into `names`. */
	closed: Readonly<Record<string, number>>;
	/**
	 * Weekend dates that are working days (make-up days), YYYY-MM-DD → index into `names`: the names
	 * of these dates say they are working days ("make-up working day for National Day"), never the
	 * holiday's own name.
	 */
	working: Readonly<Record<string, number>>;
}

/** A government's published holiday calendar (or the law that fixes it) for a range of years. */
export interface OfficialCalendar {
	years: readonly [number, number];
	title: string;
	publisher: string;
	url?: string | undefined;
}

/** What the generated index says of each region (small enough to ship with the calculator). */
export interface RegionIndexEntry {
	source: string;
	years: readonly [number, number];
	/** The government calendars the data is checked against, per range of years. */
	official: readonly OfficialCalendar[];
	/** IANA zones of the region, for suggesting it from the reader's time zone. */
	zones: readonly string[];
}

/** The generated index of regions, content/holidays/index.json. */
export type RegionIndex = Record<HolidayRegion, RegionIndexEntry>;

/**
 * The region suggested for a time zone, or undefined when no region lists it, or several do (Europe/
 * London is the zone of England and Wales, Scotland and Northern Ireland alike: the reader chooses).
 */
export function suggestRegion(
	index: Partial<RegionIndex>,
	zone: string
): HolidayRegion | undefined {
	const found = holidayRegions.filter((region) => index[region]?.zones.includes(zone));
	return found.length === 1 ? found[0] : undefined;
}

/**
 * A holiday's name for a locale: the locale's own; for English else the first the source has. Any
 * other locale's sentence gets no name rather than an English one ("Thanksgiving Day" in a Polish or
 * Korean trace): the date still reads as a holiday.
 */
export function holidayName(name: HolidayName | undefined, tag: LocaleTag): string | undefined {
	if (!name) return undefined;
	if (name[tag]) return name[tag];
	return tag === 'en' ? Object.values(name)[0] : undefined;
}
