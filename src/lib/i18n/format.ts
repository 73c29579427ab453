/**
 * Formats values for readers. Every duration a reader sees goes through here.
 */
import type { Duration, Target } from '../catalogue/schema.ts';
import type { LocaleTag } from './locales.ts';
import type { Translate } from './translate.ts';

const unitFormatters = new Map<string, Intl.NumberFormat>();

function unitFormatter(tag: LocaleTag, unit: 'minute' | 'hour'): Intl.NumberFormat {
	const key = `${tag}/${unit}`;
	let formatter = unitFormatters.get(key);
	if (!formatter) {
		formatter = new Intl.NumberFormat(tag, {
			style: 'unit',
			unit,
			unitDisplay: 'long',
			maximumFractionDigits: 2,
		});
		unitFormatters.set(key, formatter);
	}
	return formatter;
}

/**
 * A catalogue duration in words: "30 minutes", "2 godziny", "영업일 1일". Minutes and hours use
 * Intl's units (plural rules included); business days are not an Intl unit, so their wording comes
 * from the locale's UI strings (`atlas.duration.businessDays`, with plural forms).
 */
export function formatDuration(duration: Duration, tag: LocaleTag, t: Translate): string {
	switch (duration.unit) {
		case 'minutes':
			return unitFormatter(tag, 'minute').format(duration.value);
		case 'hours':
			return unitFormatter(tag, 'hour').format(duration.value);
		case 'business-days':
			return t('atlas.duration.businessDays', { count: duration.value });
	}
}

/** What a target promises, in words: "30 minutes", "every 24 hours", "2 times a day". */
export function formatTargetAmount(target: Target, tag: LocaleTag, t: Translate): string {
	if (target.kind !== 'update') return formatDuration(target.within, tag, t);
	if (target.every)
		return t('atlas.cadence.every', { duration: formatDuration(target.every, tag, t) });
	return t('atlas.cadence.timesPerDay', { count: target.timesPerDay ?? 1 });
}

const listFormatters = new Map<string, Intl.ListFormat>();

/**
 * A number of minutes in words, e.g. "1 hour 30 minutes", "1시간 30분". With `days`, whole days are
 * split off first (for countdowns). Built from Intl unit formats the same way in Node and in every
 * browser, so the server-rendered and client-rendered text agree.
 */
export function formatMinutes(
	totalMinutes: number,
	tag: LocaleTag,
	options: { days?: boolean } = {}
): string {
	let rest = Math.round(totalMinutes);
	const parts: string[] = [];
	if (options.days && rest >= 1440) {
		parts.push(
			new Intl.NumberFormat(tag, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(
				Math.floor(rest / 1440)
			)
		);
		rest %= 1440;
	}
	if (rest >= 60) {
		parts.push(unitFormatter(tag, 'hour').format(Math.floor(rest / 60)));
		rest %= 60;
	}
	if (rest > 0 || parts.length === 0) parts.push(unitFormatter(tag, 'minute').format(rest));
	let list = listFormatters.get(tag);
	if (!list) {
		list = new Intl.ListFormat(tag, { type: 'unit', style: 'narrow' });
		listFormatters.set(tag, list);
	}
	return list.format(parts);
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** An instant as a reader's date and time in a zone, with the zone's short name: "Mon, Nov 30, 2026, 08:30 GMT+1". */
export function formatDateTime(
	epochMilliseconds: number,
	tag: LocaleTag,
	timeZone: string
): string {
	const key = `${tag}/${timeZone}`;
	let formatter = dateTimeFormatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(tag, {
			weekday: 'short',
			year: 'numeric',
			month: 'short',
			day: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			timeZone,
			timeZoneName: 'short',
		});
		dateTimeFormatters.set(key, formatter);
	}
	return formatter.format(epochMilliseconds);
}

const shortFormatters = new Map<string, Intl.DateTimeFormat>();

/** The short form the trace uses for times: weekday, day, month and time, "Fri, Nov 27, 16:30". */
function shortFormatter(tag: LocaleTag, timeZone: string): Intl.DateTimeFormat {
	const key = `${tag}/${timeZone}`;
	let formatter = shortFormatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(tag, {
			weekday: 'short',
			month: 'short',
			day: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			timeZone,
		});
		shortFormatters.set(key, formatter);
	}
	return formatter;
}

/** An instant in the trace's short form: "Mon, Nov 30, 08:00". */
export function formatShortDateTime(
	epochMilliseconds: number,
	tag: LocaleTag,
	timeZone: string
): string {
	return shortFormatter(tag, timeZone).format(epochMilliseconds);
}

/** Two instants as a range in the trace's short form: "Fri, Nov 27, 16:30 – 17:00". */
export function formatTimeRange(
	fromMs: number,
	toMs: number,
	tag: LocaleTag,
	timeZone: string
): string {
	return shortFormatter(tag, timeZone).formatRange(fromMs, toMs);
}

/** A region's name in the page language, e.g. PL → "Poland", "폴란드". */
export function formatRegionName(region: string, tag: LocaleTag): string {
	return new Intl.DisplayNames(tag, { type: 'region' }).of(region) ?? region;
}

/** A calendar date (YYYY-MM-DD) for readers: "Thu, Dec 24, 2026". */
export function formatDate(isoDate: string, tag: LocaleTag): string {
	const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat(tag, {
		weekday: 'short',
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		timeZone: 'UTC',
	}).format(Date.UTC(y, m - 1, d));
}

const conjunctionFormatters = new Map<string, Intl.ListFormat>();

/** Items joined as the locale joins a list: "a, b and c". */
export function formatList(items: readonly string[], tag: LocaleTag): string {
	let formatter = conjunctionFormatters.get(tag);
	if (!formatter) {
		formatter = new Intl.ListFormat(tag, { type: 'conjunction' });
		conjunctionFormatters.set(tag, formatter);
	}
	return formatter.format(items);
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

/** A plain number for readers, e.g. "1,5" in Polish. */
export function formatNumber(value: number, tag: LocaleTag): string {
	let formatter = numberFormatters.get(tag);
	if (!formatter) {
		formatter = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
		numberFormatters.set(tag, formatter);
	}
	return formatter.format(value);
}

/** A language's name in the page language, e.g. zh-CN → "Chinese (China)" in English. */
export function formatLanguageName(tag: LocaleTag, language: string): string {
	return new Intl.DisplayNames(tag, { type: 'language' }).of(language) ?? language;
}
