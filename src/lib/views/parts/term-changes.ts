/**
 * What changed between versions of a vendor's terms, in the reader's words: one sentence per change
 * ("P1 (Critical) first response on Standard: 2 hours → 1 hour"), and the vendor's versions newest
 * first, each with what differed from the one before it. The change page, the feeds and their tests
 * read the changes from here, so they word them alike.
 */
import type { Calendar, Credit, FeatureValue, Target, Vendor } from '#lib/catalogue/schema.ts';
import { termsChanges, type TermsChange } from '#lib/catalogue/term-changes.ts';
import { vendorVersions } from '#lib/catalogue/vendor-versions.ts';
import { effectiveDay } from '#lib/catalogue/versions.ts';
import {
	formatEffectiveDate,
	formatList,
	formatPercent,
	formatTargetAmount,
	inSentence,
	sentenceStart,
} from '#lib/i18n/format.ts';
import {
	editStart,
	listPhrase,
	localizePhrase,
	phraseParts,
	plainText,
	translatePhrase,
	type Phrase,
} from '#lib/i18n/text.ts';
import type { Translate, UiKey } from '#lib/i18n/translate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { termsChangeAnchor, termsVersionPath, vendorPlansPath } from '#lib/routes.ts';
import { weekdays, type Weekday } from '#lib/time/weekdays.ts';
import { featureCell, notStatedCell, type CellValue } from './comparison-cells.ts';
import { conditionsText, ticketNames } from './ticket-terms.ts';

/** A phrase as it reads inside a sentence: its first word lower-cased where the language does. */
const midSentence = (phrase: Phrase, tag: LocaleTag) =>
	editStart(phrase, (text, lang) => inSentence(text, lang ?? tag));

/** Phrases one after another with `separator` between them, each keeping its marks. */
function joinPhrases(phrases: readonly Phrase[], separator: string): Phrase {
	return phrases.every((p) => typeof p === 'string')
		? phrases.join(separator)
		: phrases.flatMap((p, i) => [...(i ? [separator] : []), ...phraseParts(p)]);
}

/** A level as a change names it: its id and the vendor's name for it, "P1 (Critical)". */
function levelName(vendor: Vendor, id: string, t: Translate, tag: LocaleTag): Phrase {
	const level = vendor.severities?.levels.find((l) => l.id === id);
	return level
		? translatePhrase(t, 'atlas.changes.level', {
				severity: id,
				name: localizePhrase(level.name, tag),
			})
		: id;
}

function tierName(vendor: Vendor, id: string, tag: LocaleTag): Phrase {
	const tier = vendor.tiers.find((x) => x.id === id);
	return tier ? localizePhrase(tier.name, tag) : id;
}

/**
 * What a target answers, as a change names it: "P1 (Critical) first response", a request type's
 * reply, and the ticket attributes it applies to.
 */
function targetName(vendor: Vendor, target: Target, tag: LocaleTag, t: Translate): Phrase {
	const kind = t(`atlas.target.kind.${target.kind}`);
	const requestType = target.requestType
		? (vendor.requestTypes ?? []).find((r) => r.id === target.requestType)
		: undefined;
	const name =
		target.severity !== undefined
			? translatePhrase(t, 'atlas.changes.targetName', {
					level: levelName(vendor, target.severity, t, tag),
					kind: inSentence(kind, tag),
				})
			: requestType
				? translatePhrase(t, 'atlas.changes.targetRequestType', {
						kind,
						requestType: localizePhrase(requestType.name, tag),
					})
				: kind;
	return target.when
		? translatePhrase(t, 'atlas.changes.targetWhen', {
				target: name,
				conditions: conditionsText(ticketNames(vendor, tag), target.when, tag, t),
			})
		: name;
}

/**
 * The two sides of a changed target in words. The amounts first; where they read the same, how the
 * clock counts and how firm the figure is, as far as those differ.
 */
function targetSides(
	from: Target,
	to: Target,
	tag: LocaleTag,
	t: Translate
): { from: string; to: string } | undefined {
	const side = (target: Target, clock: boolean, commitment: boolean) => {
		let text = formatTargetAmount(target, tag, t);
		if (clock)
			text = t('atlas.changes.amountWithClock', {
				amount: text,
				clock: inSentence(t(`atlas.clock.${target.clock}`), tag),
			});
		if (commitment && target.commitment)
			text = t('atlas.changes.amountWithCommitment', {
				amount: text,
				commitment: t(`atlas.commitment.${target.commitment}`),
			});
		return text;
	};
	const clock = from.clock !== to.clock;
	const commitment = from.commitment !== to.commitment;
	const sides = { from: side(from, clock, commitment), to: side(to, clock, commitment) };
	return sides.from === sides.to ? undefined : sides;
}

/** A weekday's short name in the locale: "Mon", "周一", "월", "pon.". */
function weekdayName(day: Weekday, tag: LocaleTag): string {
	// 5 January 1970 was a Monday.
	const at = (4 + weekdays.indexOf(day)) * 86_400_000;
	return new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' }).format(at);
}

/** How each locale writes a range of days or of times: "Mon–Fri", "周一至周五", "월~금". */
const rangeMarks: Readonly<Record<LocaleTag, { days: string; times: string }>> = {
	en: { days: '–', times: '–' },
	'zh-CN': { days: '至', times: '–' },
	'zh-TW': { days: '至', times: '–' },
	ko: { days: '~', times: '~' },
	pl: { days: '–', times: '–' },
};

/**
 * A calendar's hours in a few words, "Mon–Fri 09:00–17:00" (three or more days in a row as a
 * range); a round-the-clock calendar by its name.
 */
export function weeklyHoursText(calendar: Calendar, tag: LocaleTag): Phrase {
	if (calendar.type !== 'weekly') return localizePhrase(calendar.name, tag);
	const marks = rangeMarks[tag];
	const comma = tag.startsWith('zh') ? '、' : ', ';
	const blocks = calendar.hours.map((block) => {
		const days = weekdays.filter((day) => block.days.includes(day));
		const runs: Weekday[][] = [];
		for (const day of days) {
			const run = runs.at(-1);
			if (run && weekdays.indexOf(day) === weekdays.indexOf(run.at(-1)!) + 1) run.push(day);
			else runs.push([day]);
		}
		const dayText = runs
			.map((run) =>
				run.length > 2
					? `${weekdayName(run[0]!, tag)}${marks.days}${weekdayName(run.at(-1)!, tag)}`
					: run.map((day) => weekdayName(day, tag)).join(comma)
			)
			.join(comma);
		return `${dayText} ${block.from}${marks.times}${block.to}`;
	});
	return formatList(blocks, tag, { nested: true });
}

/** A feature value as its comparison cell reads it, in a sentence. */
function featureText(value: FeatureValue | undefined, tag: LocaleTag, t: Translate): Phrase {
	const cell: CellValue = value === undefined ? notStatedCell(t) : featureCell(value, tag, t);
	switch (cell.kind) {
		case 'mark':
			return inSentence(cell.label, tag);
		case 'list':
			return listPhrase(cell.items, tag);
		default:
			return midSentence(cell.text, tag);
	}
}

/** A service credit in words: "10% of the monthly fee when more than 2 tickets miss their target in a month (Premium)". */
export function creditText(vendor: Vendor, credit: Credit, tag: LocaleTag, t: Translate): Phrase {
	let text: Phrase = t('atlas.credit.text', {
		count: credit.missedTargets.moreThan,
		percent: formatPercent(credit.percent, tag),
		fee: t(`atlas.credit.fee.${credit.of}`),
		period: t(`atlas.credit.periodOf.${credit.missedTargets.per}`),
	});
	if (credit.claimWithinDays !== undefined)
		text = translatePhrase(t, 'atlas.credit.withClaimDays', {
			credit: text,
			count: credit.claimWithinDays,
		});
	if (credit.tiers?.length)
		text = translatePhrase(t, 'atlas.credit.forTiers', {
			credit: text,
			tiers: midSentence(
				translatePhrase(t, 'atlas.plans.appliesTo', {
					count: credit.tiers.length,
					tiers: listPhrase(
						credit.tiers.map((id) => tierName(vendor, id, tag)),
						tag
					),
				}),
				tag
			),
		});
	return text;
}

/** One change in words, or nothing where the words of both sides read the same. */
function describeChange(
	change: TermsChange,
	older: Vendor,
	newer: Vendor,
	tag: LocaleTag,
	t: Translate
): Phrase | undefined {
	const say = (key: UiKey, vars: Record<string, Phrase | number>) => translatePhrase(t, key, vars);
	switch (change.kind) {
		case 'tier-added':
			return say('atlas.changes.tierAdded', { tier: tierName(newer, change.tier, tag) });
		case 'tier-removed':
			return say('atlas.changes.tierRemoved', { tier: tierName(older, change.tier, tag) });
		case 'target': {
			const tier = tierName(newer, change.tier, tag);
			if (change.from && change.to) {
				const sides = targetSides(change.from, change.to, tag, t);
				const target = targetName(newer, change.to, tag, t);
				return sides
					? say('atlas.changes.target', { target, tier, ...sides })
					: say('atlas.changes.targetOther', { target, tier });
			}
			if (change.to)
				return say('atlas.changes.targetAdded', {
					target: targetName(newer, change.to, tag, t),
					tier,
					to: formatTargetAmount(change.to, tag, t),
				});
			return say('atlas.changes.targetRemoved', {
				target: targetName(older, change.from!, tag, t),
				tier,
				from: formatTargetAmount(change.from!, tag, t),
			});
		}
		case 'levels': {
			const tier = tierName(newer, change.tier, tag);
			const names = (vendor: Vendor, ids: string[]) =>
				listPhrase(
					ids.map((id) => levelName(vendor, id, t, tag)),
					tag
				);
			const parts = [
				...(change.added.length
					? [say('atlas.changes.levelsAdded', { tier, levels: names(newer, change.added) })]
					: []),
				...(change.removed.length
					? [say('atlas.changes.levelsRemoved', { tier, levels: names(older, change.removed) })]
					: []),
			];
			return joinPhrases(parts, tag.startsWith('zh') ? '；' : '; ');
		}
		case 'coverage': {
			const calendarName = (vendor: Vendor, id: string) => {
				const calendar = vendor.calendars.find((c) => c.id === id);
				return calendar ? midSentence(localizePhrase(calendar.name, tag), tag) : id;
			};
			const vars = {
				tier: tierName(newer, change.tier, tag),
				from: calendarName(older, change.from),
				to: calendarName(newer, change.to),
			};
			return change.level === undefined
				? say('atlas.changes.coverage', vars)
				: say('atlas.changes.coverageLevel', {
						...vars,
						level: levelName(newer, change.level, t, tag),
					});
		}
		case 'hours': {
			const calendar = localizePhrase(change.to.name, tag);
			const from = weeklyHoursText(change.from, tag);
			const to = weeklyHoursText(change.to, tag);
			return plainText(from) === plainText(to)
				? say('atlas.changes.hoursOther', { calendar })
				: say('atlas.changes.hours', { calendar, from, to });
		}
		case 'feature': {
			const feature = newer.categories
				.flatMap((c) => c.features)
				.find((f) => f.id === change.feature);
			const vars = {
				feature: feature ? localizePhrase(feature.name, tag) : change.feature,
				tier: tierName(newer, change.tier, tag),
			};
			if (change.from === undefined)
				return say('atlas.changes.featureAdded', { ...vars, to: featureText(change.to, tag, t) });
			if (change.to === undefined)
				return say('atlas.changes.featureRemoved', {
					...vars,
					from: featureText(change.from, tag, t),
				});
			const from = featureText(change.from, tag, t);
			const to = featureText(change.to, tag, t);
			return plainText(from) === plainText(to)
				? undefined
				: say('atlas.changes.feature', { ...vars, from, to });
		}
		case 'credit':
			if (change.from && change.to) {
				const from = creditText(older, change.from, tag, t);
				const to = creditText(newer, change.to, tag, t);
				return plainText(from) === plainText(to)
					? undefined
					: say('atlas.changes.credit', { from, to });
			}
			return change.to
				? say('atlas.changes.creditAdded', { credit: creditText(newer, change.to, tag, t) })
				: say('atlas.changes.creditRemoved', {
						credit: creditText(older, change.from!, tag, t),
					});
	}
}

/**
 * The changes from `older` to `newer` terms in words, one sentence each, in the order termsChanges
 * finds them (tier by tier, then calendars and credits). Empty when nothing a reader sees changed. A
 * catalogue text not yet translated into the locale keeps its language's mark in the sentence.
 */
export function describeTermsChanges(
	older: Vendor,
	newer: Vendor,
	tag: LocaleTag,
	t: Translate
): Phrase[] {
	return termsChanges(older, newer).flatMap((change) => {
		const text = describeChange(change, older, newer, tag, t);
		return text ? [editStart(text, (words, lang) => sentenceStart(words, lang ?? tag))] : [];
	});
}

/** One version of a vendor's terms on its change list. */
export interface TermsVersionEntry {
	/** When it took effect, as the catalogue writes it (YYYY-MM-DD or YYYY-MM). */
	effective: string;
	/** The day it took effect (a month counts from its first day), for `<time datetime>` and feeds. */
	day: string;
	/** The effective date for readers: "Mar 1, 2026", "September 2025". */
	date: string;
	/** Its anchor on the change list. */
	anchor: string;
	current: boolean;
	/** The page of these terms: the vendor's plans page for the current ones, else the version's page. */
	href: string;
	/** What differed from the version before, in words; undefined for the earliest version known. */
	changes?: Phrase[] | undefined;
	/** The version before, whose page the changes are read against. */
	previous?: { effective: string; date: string; href: string } | undefined;
}

/**
 * A vendor's dated versions, newest first, each with what differed from the one before. Empty for a
 * vendor without earlier versions (and versions without an effective date are left out: the
 * validator requires one wherever there is history).
 */
export function termsVersionEntries(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate
): TermsVersionEntry[] {
	if (!vendor.history?.length) return [];
	const versions = vendorVersions(vendor).filter(
		(v): v is typeof v & { effective: string } => v.effective !== undefined
	);
	const href = (v: (typeof versions)[number]) =>
		v.current ? vendorPlansPath(tag, vendor.id) : termsVersionPath(tag, vendor.id, v.effective);
	return versions.map((version, i) => {
		const older = versions[i + 1];
		return {
			effective: version.effective,
			day: effectiveDay(version.effective),
			date: formatEffectiveDate(version.effective, tag),
			anchor: termsChangeAnchor(version.effective),
			current: version.current,
			href: href(version),
			changes: older && describeTermsChanges(older.vendor, version.vendor, tag, t),
			previous: older && {
				effective: older.effective,
				date: formatEffectiveDate(older.effective, tag),
				href: href(older),
			},
		};
	});
}
