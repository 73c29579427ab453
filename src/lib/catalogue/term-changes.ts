/**
 * What changed between two versions of a vendor's terms, as a change of the model (not of the text):
 * tiers added or removed, targets changed, added or removed, the calendar a level counts on, the hours
 * of a calendar, the levels a tier offers, feature values and service credits.
 */
import { tierTerms } from './query.ts';
import { targetKey } from './plan-terms.ts';
import type { Calendar, Credit, FeatureValue, Target, Vendor } from './schema.ts';
import { resolveCalendar } from './coverage.ts';

/** One change between consecutive versions; `from` is the older value, `to` the newer. */
export type TermsChange =
	| { kind: 'tier-added'; tier: string }
	| { kind: 'tier-removed'; tier: string }
	| { kind: 'target'; tier: string; from?: Target | undefined; to?: Target | undefined }
	| { kind: 'coverage'; tier: string; level?: string | undefined; from: string; to: string }
	| { kind: 'hours'; calendar: string; from: Calendar; to: Calendar }
	| { kind: 'levels'; tier: string; added: string[]; removed: string[] }
	| {
			kind: 'feature';
			tier: string;
			feature: string;
			from: FeatureValue | undefined;
			to: FeatureValue | undefined;
	  }
	| { kind: 'credit'; from?: Credit | undefined; to?: Credit | undefined };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a target promises, without where it is cited: a change of source alone is not a change. */
function promise(target: Target): unknown {
	const { ref: _ref, clockRef: _clockRef, footnotes: _footnotes, ...rest } = target;
	return { ...rest, starts: target.starts?.event };
}

/** The hours of a calendar, without its name and provenance. */
function hoursOf(calendar: Calendar): unknown {
	if (calendar.type === 'always') return 'always';
	const { name: _name, ref: _ref, assumption: _assumption, ...rest } = calendar;
	return rest;
}

/** The changes from `older` to `newer`, tier by tier in the newer order, then calendars and credits. */
export function termsChanges(older: Vendor, newer: Vendor): TermsChange[] {
	const changes: TermsChange[] = [];
	const olderTiers = new Map(older.tiers.map((t) => [t.id, t]));
	const newerIds = new Set(newer.tiers.map((t) => t.id));
	for (const tier of newer.tiers) {
		const before = olderTiers.get(tier.id);
		if (!before) {
			changes.push({ kind: 'tier-added', tier: tier.id });
			continue;
		}
		const was = tierTerms(older, before);
		const is = tierTerms(newer, tier);
		const oldTargets = new Map(was.targets.map((p) => [targetKey(p.target), p.target]));
		const newTargets = new Map(is.targets.map((p) => [targetKey(p.target), p.target]));
		for (const [key, target] of newTargets) {
			const from = oldTargets.get(key);
			if (!from || !same(promise(from), promise(target)))
				changes.push({ kind: 'target', tier: tier.id, from, to: target });
		}
		for (const [key, target] of oldTargets)
			if (!newTargets.has(key)) changes.push({ kind: 'target', tier: tier.id, from: target });
		const added = is.levels.filter((l) => !was.levels.includes(l));
		const removed = was.levels.filter((l) => !is.levels.includes(l));
		if (added.length || removed.length)
			changes.push({ kind: 'levels', tier: tier.id, added, removed });
		if (was.coverage && is.coverage)
			for (const level of [undefined, ...is.levels]) {
				const from = resolveCalendar(older, { id: tier.id, coverage: was.coverage }, level).id;
				const to = resolveCalendar(newer, { id: tier.id, coverage: is.coverage }, level).id;
				if (from !== to) changes.push({ kind: 'coverage', tier: tier.id, level, from, to });
			}
		for (const feature of newer.categories.flatMap((c) => c.features)) {
			const oldFeature = older.categories
				.flatMap((c) => c.features)
				.find((f) => f.id === feature.id);
			const from = oldFeature?.values[tier.id];
			const to = feature.values[tier.id];
			if (!same(from, to))
				changes.push({ kind: 'feature', tier: tier.id, feature: feature.id, from, to });
		}
	}
	for (const tier of older.tiers)
		if (!newerIds.has(tier.id)) changes.push({ kind: 'tier-removed', tier: tier.id });
	for (const calendar of newer.calendars) {
		const from = older.calendars.find((c) => c.id === calendar.id);
		if (from && !same(hoursOf(from), hoursOf(calendar)))
			changes.push({ kind: 'hours', calendar: calendar.id, from, to: calendar });
	}
	const oldCredits = new Map((older.credits ?? []).map((c) => [c.id, c]));
	const newCredits = new Map((newer.credits ?? []).map((c) => [c.id, c]));
	for (const [id, to] of newCredits) {
		const from = oldCredits.get(id);
		const strip = (c: Credit) => ({ ...c, ref: undefined, note: undefined });
		if (!from || !same(strip(from), strip(to))) changes.push({ kind: 'credit', from, to });
	}
	for (const [id, from] of oldCredits)
		if (!newCredits.has(id)) changes.push({ kind: 'credit', from });
	return changes;
}
