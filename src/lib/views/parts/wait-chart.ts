/**
 * A picture of the real waits (sla/real-wait.ts): for one level, a bar per tier from nothing to its
 * typical wait and on to its worst, on a log scale with labelled ticks. Business-hours bars are
 * hatched and named so, round-the-clock ones solid; figures that rest on an assumption are starred.
 * Geometry in percent of the width, so the SVG's text keeps its size on any screen; the table beside
 * it stays the source for screen readers.
 */
import { targetAssumptionIds } from '#lib/catalogue/provenance.ts';
import type { Tier, Vendor } from '#lib/catalogue/schema.ts';
import { applyNumberUnitRule } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, translatePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { targetCalendar, targetSlot, tierPlan } from './plan-targets.ts';
import { tierLevelWait } from './real-waits.ts';

/** Tick marks, in minutes: 15 minutes, an hour, four hours, a day, a week, two weeks. */
const TICKS = [15, 60, 240, 1440, 10_080, 20_160] as const;
/** The scale's left end: shorter than any tick, so the shortest bar still shows. */
const SCALE_START = 5;

export interface WaitBar {
	/** The plan, "Beacon · Standard" (a line of its own: phones are narrow). */
	plan: Phrase;
	/** "P1 · Business hours", with a star when an assumption stands behind it. */
	label: string;
	typicalMinutes: number;
	worstMinutes: number;
	/** Ends of the two parts of the bar, in percent of the plot's width. */
	typicalEnd: number;
	worstEnd: number;
	/** Round the clock (solid) or business hours (hatched). */
	elapsed: boolean;
	assumed: boolean;
}

export interface WaitChart {
	/** The level's heading, e.g. "Level 1". */
	title: string;
	bars: WaitBar[];
	ticks: { at: number; label: string }[];
}

/** "15 min", "4 h", "1 d": tick labels short enough for a phone, spaced as the locale writes units. */
function shortDuration(minutes: number, tag: LocaleTag): string {
	const [unit, value] =
		minutes >= 1440
			? (['day', minutes / 1440] as const)
			: minutes >= 60
				? (['hour', minutes / 60] as const)
				: (['minute', minutes] as const);
	const format = new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'short' });
	return applyNumberUnitRule(format.format(value), tag);
}

/** Where a wait falls on the log scale, in percent of the plot from SCALE_START to `end`. */
function position(minutes: number, end: number): number {
	const at = Math.log(Math.max(minutes, SCALE_START) / SCALE_START) / Math.log(end / SCALE_START);
	return Math.round(at * 1000) / 10;
}

/**
 * One chart per level position (most severe first) for the given tiers, each with a bar for every
 * tier that sets a first response at that level. Levels no tier answers are left out.
 */
export function waitCharts(
	tiers: readonly { vendor: Vendor; tier: Tier }[],
	tag: LocaleTag,
	t: Translate,
	options: { withVendor: boolean }
): WaitChart[] {
	const depth = Math.max(0, ...tiers.map(({ vendor }) => vendor.severities?.levels.length ?? 0));
	const charts = Array.from({ length: depth }, (_, i) => {
		const found = tiers.flatMap(({ vendor, tier }) => {
			const level = vendor.severities?.levels[i];
			const wait = level && tierLevelWait(vendor, tier, level.id);
			if (!level || !wait) return [];
			const plan = tierPlan(vendor, tier);
			const slot = targetSlot(vendor, plan, { kind: 'first-response', severity: level.id });
			const assumed =
				slot.state === 'set' &&
				slot.cases.some(
					(c) =>
						c.result &&
						targetAssumptionIds(c.result.target, targetCalendar(vendor, plan, c.result)).length > 0
				);
			// A tier name not yet translated keeps its language, for the <tspan lang> it is drawn in.
			const tierName = localizePhrase(tier.name, tag);
			const name = options.withVendor
				? translatePhrase(t, 'atlas.faq.example.planName', { vendor: vendor.name, tier: tierName })
				: tierName;
			return [{ wait, assumed, level: level.id, name }];
		});
		return { i, found };
	}).filter(({ found }) => found.length > 0);
	const longest = Math.max(
		...charts.flatMap(({ found }) => found.map(({ wait }) => wait.worstMinutes))
	);
	// The scale ends at the first tick past the longest wait, the same on every chart of the page.
	const end = TICKS.find((tick) => tick >= longest) ?? longest;
	const ticks = TICKS.filter((tick) => tick <= end).map((tick) => ({
		at: position(tick, end),
		label: shortDuration(tick, tag),
	}));
	return charts.map(({ i, found }) => ({
		title: t('atlas.compare.level', { number: i + 1 }),
		ticks,
		bars: found.map(({ wait, assumed, level, name }) => ({
			plan: name,
			label: t(assumed ? 'atlas.chart.barAssumed' : 'atlas.chart.bar', {
				level,
				coverage: t(
					wait.elapsed ? 'atlas.compare.coverage.always' : 'atlas.compare.coverage.weekly'
				),
			}),
			typicalMinutes: wait.typicalMinutes,
			worstMinutes: wait.worstMinutes,
			typicalEnd: position(wait.typicalMinutes, end),
			worstEnd: position(wait.worstMinutes, end),
			elapsed: wait.elapsed,
			assumed,
		})),
	}));
}
