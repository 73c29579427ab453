/**
 * The real wait behind each tier's first-response targets (sla/real-wait.ts), counted once per
 * catalogue and read by every page and locale that shows it, and its figures in words.
 */
import { defaultAttributes } from '#lib/catalogue/query.ts';
import type { Tier, Vendor } from '#lib/catalogue/schema.ts';
import { formatDate, formatMinutes } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { realWait, REFERENCE_WEEK_START, type RealWait } from '#lib/sla/real-wait.ts';
import { tierPlan } from './plan-targets.ts';

const counted = new WeakMap<Vendor, Map<string, RealWait | undefined>>();

/**
 * The typical and worst first-response wait for a tier's level over a normal week (attributes at
 * their defaults), or undefined where the tier sets no first response for it. Counted once.
 */
export function tierLevelWait(vendor: Vendor, tier: Tier, severity: string): RealWait | undefined {
	let waits = counted.get(vendor);
	if (!waits) counted.set(vendor, (waits = new Map()));
	const key = `${tier.id}/${severity}`;
	if (!waits.has(key))
		waits.set(
			key,
			realWait({
				vendor,
				plan: tierPlan(vendor, tier).terms,
				severity,
				attributes: defaultAttributes(vendor),
			})
		);
	return waits.get(key);
}

/**
 * A wait in words, as precise as a reader needs: to the minute under three hours, to the hour
 * beyond (a median of "13 hours 47 minutes" claims more than a week's count says), in days and
 * hours from three days on.
 */
export function formatWait(minutes: number, tag: LocaleTag): string {
	if (minutes < 180) return formatMinutes(minutes, tag);
	return formatMinutes(Math.round(minutes / 60) * 60, tag, { days: minutes >= 72 * 60 });
}

/**
 * "typically 1 hour, at worst 65 hours" (with the zone where the calendar names its own), or
 * "always 1 hour" where every minute of the week waits as long.
 */
export function waitSummary(wait: RealWait, tag: LocaleTag, t: Translate): string {
	if (wait.typicalMinutes === wait.worstMinutes)
		return t('atlas.wait.always', { wait: formatWait(wait.worstMinutes, tag) });
	const vars = {
		typical: formatWait(wait.typicalMinutes, tag),
		worst: formatWait(wait.worstMinutes, tag),
	};
	return wait.zone === 'customer'
		? t('atlas.wait.summary', vars)
		: t('atlas.wait.summaryZone', { ...vars, zone: wait.zone });
}

/**
 * A number that orders waits: the worst first, then the typical, then the nominal target (each
 * capped so the three never overlap), so a round-the-clock hour comes before a business hour.
 */
export function waitSortKey(wait: RealWait | undefined, nominalMinutes: number): number {
	const cap = (n: number) => Math.min(Math.round(n), 99_999);
	if (!wait) return cap(99_999) * 1e10 + cap(nominalMinutes);
	return cap(wait.worstMinutes) * 1e10 + cap(wait.typicalMinutes) * 1e5 + cap(nominalMinutes);
}

/** What the real waits assume, in words: which week, no holidays, whose hours, which ticket. */
export function waitNote(tag: LocaleTag, t: Translate): string {
	return t('atlas.wait.note', { week: formatDate(REFERENCE_WEEK_START, tag, { weekday: false }) });
}
