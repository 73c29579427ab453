/**
 * The reader's region in words: its name, and the one sentence a result says about its public
 * holidays, following each calendar's rule (see readerRegionRule): counted, counted as a what-if
 * beside the catalogue's reading, not counted under these terms, or wanted but not chosen.
 */
import { formatRegionName, formatSentences } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { TargetDeadline } from '#lib/sla/deadlines.ts';
import {
	isRegionNamedByString,
	type HolidayRegion,
	type RegionHolidays,
} from '#lib/time/regions.ts';

/** A region's name for readers: a country's from Intl; a part of one, the US federal calendar and Taiwan from the UI strings. */
export function regionName(region: HolidayRegion, tag: LocaleTag, t: Translate): string {
	return isRegionNamedByString(region)
		? t(`atlas.region.${region}`)
		: formatRegionName(region, tag);
}

/**
 * What a result says of the reader's region, or undefined when there is nothing to say (no region
 * chosen, and no calendar whose terms ask for one).
 */
export function describeRegionNote(
	deadlines: readonly Pick<TargetDeadline, 'regionRule'>[],
	region: RegionHolidays | undefined,
	tag: LocaleTag,
	t: Translate
): string | undefined {
	const rules = new Set(deadlines.map((d) => d.regionRule));
	if (!region) return rules.has('applies') ? t('atlas.calc.regionMissing') : undefined;
	const vars = {
		region: regionName(region.region, tag, t),
		source: region.source,
		from: String(region.years[0]),
		to: String(region.years[1]),
	};
	const said: string[] = [];
	if (rules.has('applies')) said.push(t('atlas.calc.regionApplied', vars));
	if (rules.has('what-if')) said.push(t('atlas.calc.regionWhatIf', vars));
	return said.length ? formatSentences(said, tag) : t('atlas.calc.regionNotApplied', vars);
}
