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
		formatter = new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 2 });
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
	if (target.every) return t('atlas.cadence.every', { duration: formatDuration(target.every, tag, t) });
	return t('atlas.cadence.timesPerDay', { count: target.timesPerDay ?? 1 });
}
