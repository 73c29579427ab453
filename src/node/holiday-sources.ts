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
import type { LocaleTag } from '#lib/locales.ts';
import { localeTags } from '#lib/locales.ts';
import {
	holidayRegions,
	type HolidayName,
	type HolidayRegion,
	type RegionHolidays,
	type RegionIndex,
} from '#lib/time/regions.ts';

import { HOLIDAY_DATA_DIR } from './holiday-files.ts';
import { readRegionConfigs, type RegionConfig } from './holiday-region-config.ts';

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

/**
 * Korean names as the government writes them today: 부처님오신날 (the official name since 2017, where
 * the package still has 석가탄신일), and a substitute day without brackets ("개천절 대체공휴일"), as
 * the trace already puts a holiday's name in brackets.
 */
function withKoreanNames(name: HolidayName): HolidayName {
	if (!name.ko) return name;
	return {
		...name,
		ko: name.ko.replace('석가탄신일', '부처님오신날').replace(/ \((대체공휴일)\)$/, ' $1'),
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
function fromDateHolidays(
	region: HolidayRegion,
	from: { country: string; subdivision?: string | undefined },
	years: readonly [number, number]
): RegionHolidays {
	const hd = from.subdivision
		? new Holidays(from.country, from.subdivision)
		: new Holidays(from.country);
	const zone = hd.getTimezones()[0] ?? 'UTC';
	const languages = hd.getLanguages();
	const native = languages[0] ?? 'en';
	const table = new NameTable();
	const closed: Record<string, number> = {};
	// A holiday of several days (설날, 추석) is one entry from `start` to `end`: every day of it closes.
	const daysOf = (holiday: { start: Date; end: Date }) => {
		const day = (at: Date) =>
			Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).toPlainDate();
		const dates: string[] = [];
		for (
			let d = day(holiday.start);
			Temporal.PlainDate.compare(d, day(holiday.end)) < 0;
			d = d.add({ days: 1 })
		)
			dates.push(d.toString());
		return dates;
	};
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
		list(native).forEach((holiday, i) => {
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
			const index = table.add(
				from.country === 'TW' ? withChineseNames(name) : withKoreanNames(name)
			);
			for (const date of daysOf(holiday)) {
				if (date in closed || Number(date.slice(0, 4)) !== year) continue; // two public entries on one day: the first names it
				closed[date] = index;
			}
		});
	}
	return {
		region,
		// The package and version only: readers of every locale see it, and a description would be English.
		source: `date-holidays ${packageVersion('date-holidays')}`,
		years,
		names: table.names,
		closed,
		working: {},
	};
}

interface ChineseDaysData {
	holidays: Record<string, string>;
	workdays: Record<string, string>;
}

/** The name of a make-up working day for a holiday ("国庆节调休上班"): a working day, not the holiday. */
function makeUpDayName(holiday: HolidayName): HolidayName {
	const name: HolidayName = {};
	if (holiday.en) name.en = `Make-up working day for ${holiday.en}`;
	if (holiday['zh-CN']) name['zh-CN'] = `${holiday['zh-CN']}调休上班`;
	// Taiwan's readers call a worked weekend day 補班.
	if (holiday['zh-TW']) name['zh-TW'] = `${holiday['zh-TW']}補班`;
	return name;
}

/**
 * China from chinese-days: official days off and make-up working days, for the years the State
 * Council has published (a year's schedule appears late in the year before), within `years`.
 */
function fromChineseDays(region: HolidayRegion, years: readonly [number, number]): RegionHolidays {
	const data = JSON.parse(
		readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')
	) as ChineseDaysData;
	const table = new NameTable();
	// Entries read "English,中文,n" (n: the holiday's length in the package's own numbering).
	const name = (entry: string): HolidayName => {
		const [en, zh] = entry.split(',');
		return withChineseNames({ en: en!, 'zh-CN': zh!, 'zh-TW': zh! });
	};
	const closed: Record<string, number> = {};
	const working: Record<string, number> = {};
	for (const [date, entry] of Object.entries(data.holidays))
		if (inYears(date, years)) closed[date] = table.add(name(entry));
	for (const [date, entry] of Object.entries(data.workdays))
		if (inYears(date, years)) working[date] = table.add(makeUpDayName(name(entry)));
	// A year regions.yaml offers must be one the package has the State Council's schedule for.
	for (let year = years[0]; year <= years[1]; year++)
		if (!Object.keys(closed).some((date) => date.startsWith(`${year}-`)))
			throw new Error(`chinese-days ${packageVersion('chinese-days')} has no schedule for ${year}`);
	return {
		region,
		source: `chinese-days ${packageVersion('chinese-days')}`,
		years,
		names: table.names,
		closed,
		working,
	};
}

/** Whether a YYYY-MM-DD date lies in a range of years. */
function inYears(date: string, years: readonly [number, number]): boolean {
	const year = Number(date.slice(0, 4));
	return year >= years[0] && year <= years[1];
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * One region's data: the package's dates for the years offered (`years`, within the years asked
 * for), with the corrections of regions.yaml made on top.
 */
function buildRegionHolidays(
	region: HolidayRegion,
	config: RegionConfig,
	asked: readonly [number, number]
): RegionHolidays {
	const years: [number, number] = [
		Math.max(asked[0], config.years[0]),
		Math.min(asked[1], config.years[1]),
	];
	const base =
		config.package.from === 'chinese-days'
			? fromChineseDays(region, years)
			: fromDateHolidays(region, config.package, years);
	const table = new NameTable();
	// Names from regions.yaml: where the package lacks a locale, or words a name as no reader would.
	// (Spread twice: the keys keep the order the files were written in, the configured names win.)
	const add = (name: HolidayName) => {
		const configured = config.names[name.en ?? ''];
		return table.add({ ...configured, ...name, ...configured });
	};
	const closed: Record<string, number> = {};
	const working: Record<string, number> = {};
	for (const [date, index] of Object.entries(base.closed))
		if (inYears(date, years) && !config.notClosed.includes(date))
			closed[date] = add(base.names[index]!);
	for (const [date, index] of Object.entries(base.working))
		if (inYears(date, years)) working[date] = add(base.names[index]!);
	for (const [date, name] of Object.entries(config.closed))
		if (inYears(date, years)) closed[date] = add(name);
	for (const [date, name] of Object.entries(config.working))
		if (inYears(date, years)) working[date] = add(name);
	return {
		...base,
		years,
		names: table.names,
		closed: sortKeys(closed),
		working: sortKeys(working),
	};
}

/** The IANA zones date-holidays gives for a region's country, for suggesting it from a time zone. */
function regionZones(config: RegionConfig): string[] {
	return new Holidays(config.package.country).getTimezones();
}

/** The files to write: one per region plus the index, as text, keyed by path. */
export function holidayFiles(years: [number, number]): Map<string, string> {
	const files = new Map<string, string>();
	const index: Partial<RegionIndex> = {};
	const configs = readRegionConfigs();
	for (const region of holidayRegions) {
		const config = configs[region];
		const data = buildRegionHolidays(region, config, years);
		files.set(join(HOLIDAY_DATA_DIR, `${region}.json`), `${JSON.stringify(data)}\n`);
		index[region] = {
			source: data.source,
			years: data.years,
			official: config.official,
			zones: regionZones(config),
		};
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
