/**
 * /finder/: which plans meet a reader's needs. The page states every tier's facts against every
 * need (the matrix, complete without JavaScript); a small script reads the needs from the URL and
 * lists the matches and near misses (islands/plans-finder.ts, with lib/plans/finder.ts).
 */
import {
	calendarAssumptionIds,
	featureValueAssumptionIds,
	targetAssumptionIds,
} from '#lib/catalogue/provenance.ts';
import { channelRows, roleFeature } from '#lib/catalogue/query.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import type { Calendar, FeatureValue, Tier, Vendor } from '#lib/catalogue/schema.ts';
import { formatMinutes, formatTargetAmount } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localize, localizePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import {
	channelsNamed,
	FINDER_CHANNELS,
	FINDER_NEEDS,
	FINDER_PARAMS,
	type FinderChannel,
	type FinderNeedId,
	type FinderTier,
	type Stated,
} from '#lib/plans/finder.ts';
import { calculatorPath, planId, tierPath, vendorPlansPath } from '#lib/routes.ts';
import { formatWait, tierLevelWait } from '#lib/views/parts/real-waits.ts';
import { targetSlot, tierPlan, type TierPlan } from '#lib/views/parts/plan-targets.ts';
import { nominalMinutes } from './compare.ts';

/** Choices of the duration needs, in minutes. */
const DURATION_CHOICES: Record<'severe' | 'worst' | 'normal', readonly number[]> = {
	severe: [15, 30, 60, 120, 240, 480],
	worst: [60, 240, 480, 1440, 4320],
	normal: [60, 240, 480, 1440, 2880],
};

/** One need's fact for a tier, in words, as the matrix shows it. */
export interface FinderCell {
	need: FinderNeedId;
	/** "P1: 1 hour", "Yes", "Not stated". */
	text: string;
	stated: boolean;
	assumed: boolean;
}

export interface FinderRow {
	plan: string;
	vendorName: string;
	vendorHref: string;
	tierName: Phrase;
	tierHref: string;
	/** The calculator with this tier and its most severe level chosen. */
	calculatorHref: string;
	cells: FinderCell[];
}

export interface FinderField {
	need: FinderNeedId;
	/** The query parameter, and the form field's name. */
	name: string;
	label: string;
	/** A select's choices (the first, empty, is "any"); none for a checkbox. */
	choices?: { value: string; label: string }[] | undefined;
}

/** Words the script needs to explain an answer, in the page's language. */
export interface FinderStrings {
	/** Need names, as the matrix heads them. */
	needs: Record<FinderNeedId, string>;
	/** Channel names: a channel missed is named, not the need ("Phone: no"). */
	channels: Record<FinderChannel, string>;
	/** "{{need}}: {{by}} longer than asked" and the like, per kind of miss. */
	longer: string;
	missed: string;
	unknown: string;
	assumed: string;
	/** Unit words for "by how much", as formatMinutes writes them, keyed by minutes. */
	durations: Record<string, string>;
}

export interface FinderView {
	/** The page's locale, for the script's formatting. */
	lang: LocaleTag;
	title: string;
	description: string;
	fields: FinderField[];
	/** Column heads of the matrix, in FINDER_NEEDS order. */
	needNames: Record<FinderNeedId, string>;
	rows: FinderRow[];
	/** What the matching script reads: each tier's stated facts. */
	tiers: FinderTier[];
	strings: Omit<FinderStrings, 'durations'>;
}

/** Whether a calendar covers weekends and public holidays (undefined: the terms do not say). */
function calendarCover(calendar: Calendar): { weekend: boolean; holidays: boolean | undefined } {
	if (calendar.type === 'always') return { weekend: true, holidays: true };
	const weekend = calendar.hours.some((h) => h.days.includes('sat') || h.days.includes('sun'));
	const rule = calendar.publicHolidays ?? 'unstated';
	return {
		weekend,
		holidays: rule === 'none' ? true : rule === 'unstated' ? undefined : false,
	};
}

/** A yes/no/number value of a role row as "has it" (undefined where the source is silent or unclear). */
function hasIt(value: FeatureValue | undefined): boolean | undefined {
	if (value === true || value === false) return value;
	if (value && typeof value === 'object' && value.kind === 'number') return value.value > 0;
	return undefined;
}

/** The first-response target of a level, read for the attributes' defaults. */
function firstResponse(vendor: Vendor, plan: TierPlan, severity: string) {
	const slot = targetSlot(vendor, plan, { kind: 'first-response', severity });
	if (slot.state !== 'set') return undefined;
	const defaults = (vendor.attributes ?? []).filter((a) => a.default);
	const found =
		slot.cases.find((c) =>
			defaults.every((a) => !c.values[a.id] || c.values[a.id]!.includes(a.default!))
		)?.result ?? slot.cases.find((c) => c.result)?.result;
	return found && found.target.kind !== 'update' ? found : undefined;
}

/** What the catalogue states of a tier, for the finder, with each fact's words for the matrix. */
function tierFacts(
	vendor: Vendor,
	tier: Tier,
	tag: LocaleTag,
	t: Translate
): { facts: FinderTier; cells: FinderCell[] } {
	const plan = tierPlan(vendor, tier);
	const levels = vendor.severities?.levels ?? [];
	const severe = levels[0];
	// A normal problem: the middle of the vendor's scale (P3 of P1–P4, P2 of P1–P2).
	const normal = levels.length > 1 ? levels[Math.floor(levels.length / 2)] : undefined;
	const facts: FinderTier = { plan: planId(vendor.id, tier.id) };
	const words: Partial<Record<FinderNeedId, string>> = {};
	const assumedIds = (ids: string[]) => ids.length > 0;

	const severeTarget = severe && firstResponse(vendor, plan, severe.id);
	const severeWait = severe && tierLevelWait(vendor, tier, severe.id);
	if (severe && severeTarget && severeWait && severeTarget.target.kind !== 'update') {
		const calendar = resolveCalendar(
			vendor,
			{ id: tier.id, coverage: severeTarget.coverage },
			severe.id
		);
		const assumed = assumedIds(targetAssumptionIds(severeTarget.target, calendar));
		facts.severe = {
			value: {
				minutes: nominalMinutes(severeTarget.target.within),
				worst: severeWait.worstMinutes,
			},
			assumed,
		};
		words.severe = t('atlas.finder.levelValue', {
			severity: severe.id,
			value: formatTargetAmount(severeTarget.target, tag, t),
		});
		words.worst = formatWait(severeWait.worstMinutes, tag);
		facts.round = { value: severeWait.elapsed, assumed };
		words.round = t(severeWait.elapsed ? 'atlas.finder.yes' : 'atlas.finder.no');
		const cover = calendarCover(calendar);
		const calendarAssumed = assumedIds(calendarAssumptionIds(calendar));
		facts.weekend = { value: cover.weekend, assumed: calendarAssumed };
		words.weekend = t(cover.weekend ? 'atlas.finder.yes' : 'atlas.finder.no');
		if (cover.holidays !== undefined) {
			facts.holidays = { value: cover.holidays, assumed: calendarAssumed };
			words.holidays = t(cover.holidays ? 'atlas.finder.yes' : 'atlas.finder.no');
		}
	}
	const normalTarget = normal && firstResponse(vendor, plan, normal.id);
	if (normal && normalTarget && normalTarget.target.kind !== 'update') {
		const calendar = resolveCalendar(
			vendor,
			{ id: tier.id, coverage: normalTarget.coverage },
			normal.id
		);
		facts.normal = {
			value: { minutes: nominalMinutes(normalTarget.target.within) },
			assumed: assumedIds(targetAssumptionIds(normalTarget.target, calendar)),
		};
		words.normal = t('atlas.finder.levelValue', {
			severity: normal.id,
			value: formatTargetAmount(normalTarget.target, tag, t),
		});
	}

	const channels = channelsFact(vendor, tier, tag);
	if (channels) {
		facts.channels = channels.fact;
		words.channel = channels.words;
	}
	// A person at the vendor: the account manager row. A named-contacts row counts the customer's own
	// staff allowed to contact support, which is no one to call at the vendor.
	const manager = roleFeature(vendor, 'account-manager');
	const managerValue = hasIt(manager?.values[tier.id]);
	if (manager && managerValue !== undefined) {
		facts.named = {
			value: managerValue,
			assumed: assumedIds(featureValueAssumptionIds(manager, tier.id)),
		};
		words.named = t(managerValue ? 'atlas.finder.yes' : 'atlas.finder.no');
	}

	const stated = (need: FinderNeedId): Stated<unknown> | undefined =>
		need === 'worst' ? facts.severe : need === 'channel' ? facts.channels : facts[need];
	const cells = FINDER_NEEDS.map((need): FinderCell => {
		const fact = stated(need);
		return {
			need,
			text: words[need] ?? t('atlas.value.notStated'),
			stated: fact !== undefined && words[need] !== undefined,
			assumed: fact?.assumed ?? false,
		};
	});
	return { facts, cells };
}

/** A tier's channels as the finder tells them apart, read from the catalogue's English words. */
function channelsFact(
	vendor: Vendor,
	tier: Tier,
	tag: LocaleTag
): { fact: Stated<(typeof FINDER_CHANNELS)[number][]>; words: string } | undefined {
	const rows = channelRows(vendor);
	if (!rows) return undefined;
	if (rows.kind === 'yes-no') {
		const included = rows.features.filter((f) => f.values[tier.id] === true);
		if (!included.length) return undefined;
		return {
			fact: {
				value: channelsNamed(included.map((f) => localize(f.name, 'en'))),
				assumed: included.some((f) => featureValueAssumptionIds(f, tier.id).length > 0),
			},
			words: included.map((f) => localize(f.name, tag)).join(' · '),
		};
	}
	const value = rows.feature.values[tier.id];
	if (!value || typeof value !== 'object') return undefined;
	const texts =
		value.kind === 'text' ? [value.text] : value.kind === 'list' ? value.items : undefined;
	if (!texts) return undefined;
	return {
		fact: {
			value: channelsNamed(texts.map((text) => localize(text, 'en'))),
			assumed: featureValueAssumptionIds(rows.feature, tier.id).length > 0,
		},
		words: texts.map((text) => localize(text, tag)).join(' · '),
	};
}

/** Builds the finder for one locale. */
export function buildFinder(vendors: readonly Vendor[], tag: LocaleTag, t: Translate): FinderView {
	const needNames = Object.fromEntries(
		FINDER_NEEDS.map((need) => [need, t(`atlas.finder.need.${need}`)])
	) as Record<FinderNeedId, string>;
	const built = vendors.flatMap((vendor) =>
		vendor.tiers.map((tier) => {
			const { facts, cells } = tierFacts(vendor, tier, tag, t);
			const severe = vendor.severities?.levels[0]?.id;
			const row: FinderRow = {
				plan: facts.plan,
				vendorName: vendor.name,
				vendorHref: vendorPlansPath(tag, vendor.id),
				tierName: localizePhrase(tier.name, tag),
				tierHref: tierPath(tag, vendor.id, tier.id),
				calculatorHref: calculatorPath(tag, { plan: facts.plan, severity: severe }),
				cells,
			};
			return { facts, row };
		})
	);
	const any = { value: '', label: t('atlas.finder.any') };
	const durations = (need: 'severe' | 'worst' | 'normal') => [
		any,
		...DURATION_CHOICES[need].map((minutes) => ({
			value: String(minutes),
			label: t('atlas.finder.atMost', {
				duration: formatMinutes(minutes, tag, { days: minutes >= 1440 }),
			}),
		})),
	];
	const fields: FinderField[] = FINDER_NEEDS.map((need) => ({
		need,
		name: FINDER_PARAMS[need],
		label: t(`atlas.finder.field.${need}`),
		choices:
			need === 'severe' || need === 'worst' || need === 'normal'
				? durations(need)
				: need === 'channel'
					? [
							any,
							...FINDER_CHANNELS.map((c) => ({ value: c, label: t(`atlas.finder.channel.${c}`) })),
						]
					: undefined,
	}));
	return {
		lang: tag,
		title: t('atlas.finder.title'),
		description: t('atlas.finder.description'),
		fields,
		needNames,
		rows: built.map((b) => b.row),
		tiers: built.map((b) => b.facts),
		strings: {
			needs: needNames,
			channels: Object.fromEntries(
				FINDER_CHANNELS.map((c) => [c, t(`atlas.finder.channel.${c}`)])
			) as Record<FinderChannel, string>,
			longer: t('atlas.finder.longer'),
			missed: t('atlas.finder.missed'),
			unknown: t('atlas.finder.unknown'),
			assumed: t('atlas.finder.assumed'),
		},
	};
}
