/**
 * Builds each region's holiday data from maintained packages (Node only, build time): `date-holidays`
 * for public holidays (type "public" only: observances, bank and optional days are left out), and, for
 * China, `chinese-days`, which carries the State Council's yearly schedule with its make-up working
 * days (调休). Both packages are large; only the dates and names they give are written to
 * content/holidays/, which is what the engine, the command line and the browser read.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import type { LocaleTag } from '../lib/i18n/locales.ts';
import { localeTags } from '../lib/i18n/locales.ts';
import {
	holidayRegions,
	type HolidayName,
	type HolidayRegion,
	type RegionHolidays,
	type RegionIndex,
} from '../lib/sla/regions.ts';

import { HOLIDAY_DATA_DIR } from './holiday-files.ts';

const require = createRequire(import.meta.url);
const packageVersion = (name: string) =>
	(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
		.version;

/** The years generated for a given day: two years back to three ahead. */
export function defaultYears(today: Temporal.PlainDate): [number, number] {
	return [today.year - 2, today.year + 3];
}

/** date-holidays' language codes for the site's locales (it has one Chinese, written per region). */
const packageLanguage: Record<LocaleTag, string> = {
	en: 'en',
	'zh-CN': 'zh',
	'zh-TW': 'zh',
	ko: 'ko',
	pl: 'pl',
};

/**
 * Holiday names of China and Taiwan as readers there write them, by the packages' English name
 * ([zh-CN, zh-TW]): chinese-days gives one Simplified name for both scripts, and date-holidays gives
 * Taiwan's with a Simplified word, a variant character and half-width brackets in places.
 */
const chineseHolidayNames: Readonly<Record<string, readonly [string, string]>> = {
	// China (chinese-days)
	"New Year's Day": ['元旦', '元旦'],
	'Spring Festival': ['春节', '春節'],
	'Tomb-sweeping Day': ['清明节', '清明節'],
	'Labour Day': ['劳动节', '勞動節'],
	'Dragon Boat Festival': ['端午节', '端午節'],
	'Mid-autumn Festival': ['中秋节', '中秋節'],
	'National Day': ['国庆节', '國慶節'],
	// Taiwan (date-holidays)
	'Founding of the Republic of China': ['元旦', '中華民國開國紀念日'],
	"Chinese New Year's Eve": ['除夕', '農曆除夕'],
	'Chinese New Year': ['春节', '農曆年初一'],
	'The second day of the Chinese New Year': ['正月初二', '農曆年初二'],
	'The third day of the Chinese New Year': ['正月初三', '農曆年初三'],
	'The forth day of the Chinese New Year': ['正月初四', '農曆年初四'],
	'Chinese New Year Holiday': ['春节假期', '春節假期'],
	'Peace Memorial Day': ['和平纪念日', '和平紀念日'],
	"Children's Day": ['儿童节', '兒童節'],
	'Mid-Autumn Festival': ['中秋节', '中秋節'],
	'National Day / Double Tenth Day': ['双十节', '國慶日'],
	'Tomb Sweeping Day': ['清明节', '清明節'],
};

/** A China or Taiwan holiday's name with its Chinese forms from the table ("… (substitute day)" → "…补假"). */
function withChineseNames(name: HolidayName): HolidayName {
	const substitute = / \(substitute day\)$/.exec(name.en ?? '');
	const found = chineseHolidayNames[(name.en ?? '').replace(/ \(substitute day\)$/, '')];
	if (!found) return name;
	return {
		...name,
		'zh-CN': `${found[0]}${substitute ? '补假' : ''}`,
		'zh-TW': `${found[1]}${substitute ? '補假' : ''}`,
	};
}

/** Collects names once and refers to them by index. */
class NameTable {
	readonly names: HolidayName[] = [];
	readonly #keys = new Map<string, number>();
	add(name: HolidayName): number {
		const key = JSON.stringify(name);
		let index = this.#keys.get(key);
		if (index === undefined) {
			index = this.names.push(name) - 1;
			this.#keys.set(key, index);
		}
		return index;
	}
}

/** Public holidays of a region from date-holidays, with names in the locales the package has. */
function fromDateHolidays(region: HolidayRegion, years: [number, number]): RegionHolidays {
	const hd = new Holidays(region);
	const languages = hd.getLanguages();
	const native = languages[0] ?? 'en';
	const table = new NameTable();
	const closed: Record<string, number> = {};
	for (let year = years[0]; year <= years[1]; year++) {
		const byLanguage = new Map<string, ReturnType<Holidays['getHolidays']>>();
		const list = (language: string) => {
			let found = byLanguage.get(language);
			if (!found) {
				found = hd.getHolidays(year, language).filter((h) => h.type === 'public');
				byLanguage.set(language, found);
			}
			return found;
		};
		const nativeList = list(native);
		nativeList.forEach((holiday, i) => {
			const date = holiday.date.slice(0, 10);
			if (date in closed) return; // two public entries on one day: the first names it
			const name: HolidayName = {};
			for (const tag of localeTags) {
				const language = packageLanguage[tag];
				// Only the languages the package declares for the region: for others it falls back to
				// whatever translation it finds, sometimes in a third language.
				if (!languages.some((l) => l.slice(0, 2) === language)) continue;
				const text = list(language)[i]?.name;
				if (text) name[tag] = text;
			}
			if (Object.keys(name).length === 0) name.en = holiday.name;
			closed[date] = table.add(region === 'TW' ? withChineseNames(name) : name);
		});
	}
	return {
		region,
		// The package and version only: readers of every locale see it, and a description would be English.
		source: `date-holidays ${packageVersion('date-holidays')}`,
		years,
		names: table.names,
		closed: sortKeys(closed),
		working: {},
	};
}

interface ChineseDaysData {
	holidays: Record<string, string>;
	workdays: Record<string, string>;
}

/**
 * China from chinese-days: official days off and make-up working days, for the years the State
 * Council has published (a year's schedule appears late in the year before), within `years`.
 */
function fromChineseDays(years: [number, number]): RegionHolidays {
	const data = JSON.parse(
		readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')
	) as ChineseDaysData;
	const table = new NameTable();
	// Entries read "English,中文,n" (n: the holiday's length in the package's own numbering).
	const name = (entry: string): HolidayName => {
		const [en, zh] = entry.split(',');
		return withChineseNames({ en: en!, 'zh-CN': zh!, 'zh-TW': zh! });
	};
	const inRange = (date: string) => {
		const year = Number(date.slice(0, 4));
		return year >= years[0] && year <= years[1];
	};
	const closed: Record<string, number> = {};
	const working: Record<string, number> = {};
	for (const [date, entry] of Object.entries(data.holidays))
		if (inRange(date)) closed[date] = table.add(name(entry));
	for (const [date, entry] of Object.entries(data.workdays))
		if (inRange(date)) working[date] = table.add(name(entry));
	const published = Object.keys(data.holidays)
		.map((d) => Number(d.slice(0, 4)))
		.filter((y) => y >= years[0] && y <= years[1]);
	return {
		region: 'CN',
		source: `chinese-days ${packageVersion('chinese-days')}`,
		years: [Math.min(...published), Math.max(...published)],
		names: table.names,
		closed: sortKeys(closed),
		working: sortKeys(working),
	};
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** One region's data for the given years. */
function buildRegionHolidays(region: HolidayRegion, years: [number, number]): RegionHolidays {
	return region === 'CN' ? fromChineseDays(years) : fromDateHolidays(region, years);
}

/** The IANA zones date-holidays gives for a region, for suggesting it from a time zone. */
function regionZones(region: HolidayRegion): string[] {
	return new Holidays(region).getTimezones();
}

/** The files to write: one per region plus the index, as text, keyed by path. */
export function holidayFiles(years: [number, number]): Map<string, string> {
	const files = new Map<string, string>();
	const index: Partial<RegionIndex> = {};
	for (const region of holidayRegions) {
		const data = buildRegionHolidays(region, years);
		files.set(join(HOLIDAY_DATA_DIR, `${region}.json`), `${JSON.stringify(data)}\n`);
		index[region] = { source: data.source, years: data.years, zones: regionZones(region) };
	}
	files.set(
		join(HOLIDAY_DATA_DIR, 'index.json'),
		`${JSON.stringify({ generatedFor: years, regions: index }, null, '\t')}\n`
	);
	return files;
}

/** The years the committed data was generated for (to re-check it without depending on today). */
export function committedYears(): [number, number] {
	const index = JSON.parse(readFileSync(join(HOLIDAY_DATA_DIR, 'index.json'), 'utf8')) as {
		generatedFor: [number, number];
	};
	return index.generatedFor;
}

/** Writes every file. */
export function writeHolidayFiles(files: Map<string, string>): void {
	mkdirSync(HOLIDAY_DATA_DIR, { recursive: true });
	for (const [path, text] of files) writeFileSync(path, text);
}
