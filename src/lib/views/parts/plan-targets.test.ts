import { describe, expect, test } from 'vitest';
import { fixtureFolderVendor } from '../../../../tests/support/fixture-catalogue.ts';
import type { Target, Vendor } from '#lib/catalogue/schema.ts';
import {
	addOnTargets,
	coverageSlot,
	hasTargetsForAnyTicket,
	kindsAt,
	requestTypesOf,
	targetSlot,
	tierPlan,
	type Slot,
} from './plan-targets.ts';

// Keystone (tests/fixtures/terms) uses every structured field of real vendors' terms.
const keystone = fixtureFolderVendor('terms');
const plan = (id: string, vendor: Vendor = keystone) =>
	tierPlan(
		vendor,
		vendor.tiers.find((t) => t.id === id)!
	);
const plans = keystone.tiers.map((tier) => tierPlan(keystone, tier));

/** A slot's cases as `values → amount (origin)`, or its state. */
function read(slot: Slot<{ target: Target; origin: { from: string; id: string } } | undefined>) {
	if (slot.state !== 'set') return slot.state;
	return slot.cases.map((c) => {
		const p = c.result;
		const amount =
			p && (p.target.kind === 'update' ? '' : `${p.target.within.value} ${p.target.within.unit}`);
		return [c.values, p ? `${amount} (${p.origin.from} ${p.origin.id})` : 'none'];
	});
}

describe('a tier read as a plan', () => {
	test('a tier that states no levels and has no targets has no technical support', () => {
		expect(plan('basic')).toMatchObject({ levelsStated: true, noSupport: true });
		expect(plan('enterprise')).toMatchObject({ levelsStated: true, noSupport: false });
		// Premium states no levels of its own: it offers those of the tier it includes.
		expect(plan('premium')).toMatchObject({ levelsStated: true, noSupport: false });
		expect(plan('premium').terms.levels).toEqual(['P1', 'P2', 'P3', 'P4']);
	});

	test('a target that depends on an attribute gives one case per group of its values', () => {
		const slot = targetSlot(keystone, plan('enterprise'), {
			kind: 'first-response',
			severity: 'P1',
		});
		expect(slot.state === 'set' && slot.attributes).toEqual(['deployment']);
		expect(read(slot)).toEqual([
			[{ deployment: ['cloud'] }, '8 hours (tier enterprise)'],
			[{ deployment: ['server'] }, '4 hours (tier enterprise)'],
		]);
	});

	test('an including tier’s own target replaces every inherited one of its level; the rest are included', () => {
		const premium = plan('premium');
		// Enterprise's P1 targets (one for server deployments) give way to Premium's one.
		expect(read(targetSlot(keystone, premium, { kind: 'first-response', severity: 'P1' }))).toEqual(
			[[{}, '30 minutes (tier premium)']]
		);
		expect(
			read(targetSlot(keystone, premium, { kind: 'inquiry-response', requestType: 'licensing' }))
		).toEqual([[{}, '8 hours (included enterprise)']]);
	});

	test('tells a level not offered from one offered with no published target, and says it once', () => {
		const first = (id: string, severity: string) =>
			targetSlot(keystone, plan(id), { kind: 'first-response', severity }).state;
		expect(first('basic', 'P3')).toBe('no-support');
		expect(first('enterprise', 'P3')).toBe('offered');
		expect(first('premium', 'P4')).toBe('offered');
		// Only the first response says so; other kinds at the level publish nothing.
		expect(
			targetSlot(keystone, plan('enterprise'), { kind: 'resolution', severity: 'P3' }).state
		).toBe('none');
		// A level left out of a tier's list is not offered there.
		const narrower = {
			...keystone,
			tiers: keystone.tiers.map((t) =>
				t.id === 'enterprise' ? { ...t, levels: ['P1', 'P2'] } : t
			),
		};
		expect(
			targetSlot(narrower, plan('enterprise', narrower), {
				kind: 'first-response',
				severity: 'P3',
			}).state
		).toBe('not-offered');
		expect(coverageSlot(narrower, plan('enterprise', narrower), { severity: 'P4' }).state).toBe(
			'not-offered'
		);
	});

	test('a level’s coverage is one case per group of the attribute values its rules select by', () => {
		const calendars = (slot: Slot<{ id: string }>) =>
			slot.state === 'set' ? slot.cases.map((c) => [c.values, c.result.id]) : slot.state;
		expect(calendars(coverageSlot(keystone, plan('premium'), { severity: 'P1' }))).toEqual([
			[{}, 'always'],
		]);
		// Round-the-clock hours win over the language for P2 (the first rule that matches applies).
		const p2 = coverageSlot(keystone, plan('premium'), { severity: 'P2' });
		expect(p2.state === 'set' && p2.attributes).toEqual(['language', 'hours']);
		expect(calendars(p2)).toEqual([
			[{ hours: ['round-the-clock'] }, 'always'],
			[{ language: ['en'], hours: ['business'] }, 'business'],
			[{ language: ['ja'], hours: ['business'] }, 'tokyo'],
		]);
		// Request types have no level: rules that name levels do not apply to them.
		expect(
			calendars(coverageSlot(keystone, plan('premium'), { requestType: 'licensing' }))
		).toEqual([[{}, 'business']]);
		expect(coverageSlot(keystone, plan('basic'), { severity: 'P1' }).state).toBe('no-support');
	});

	test('values that share an answer but do not make a whole product are listed one by one', () => {
		// A target for Japanese-language server tickets only: cloud tickets and English server tickets
		// share the unconditional target, but no single "deployment × language" block names them.
		const enterprise = keystone.tiers.find((t) => t.id === 'enterprise')!;
		const special: Target = {
			kind: 'first-response',
			severity: 'P1',
			when: { deployment: 'server', language: 'ja' },
			within: { value: 2, unit: 'hours' },
			clock: 'covered',
		};
		const vendor = {
			...keystone,
			tiers: keystone.tiers.map((t) =>
				t.id === 'enterprise' ? { ...enterprise, targets: [enterprise.targets[0]!, special] } : t
			),
		};
		expect(
			read(
				targetSlot(vendor, plan('enterprise', vendor), { kind: 'first-response', severity: 'P1' })
			)
		).toEqual([
			[{ deployment: ['cloud'] }, '8 hours (tier enterprise)'],
			[{ deployment: ['server'], language: ['en'] }, '8 hours (tier enterprise)'],
			[{ deployment: ['server'], language: ['ja'] }, '2 hours (tier enterprise)'],
		]);
	});

	test('add-ons bought with a tier set targets beside its own; one that lifts a plan sets none', () => {
		const rapid = addOnTargets(keystone, plan('premium'), {
			kind: 'first-response',
			severity: 'P1',
		});
		expect(
			rapid.map((a) => [
				a.addOn.id,
				a.target.target.kind === 'first-response' && a.target.target.within.value,
			])
		).toEqual([['rapid', 15]]);
		// Rapid Response is not sold with Enterprise, and Guard only lifts plans to Premium.
		expect(
			addOnTargets(keystone, plan('enterprise'), { kind: 'first-response', severity: 'P1' })
		).toEqual([]);
	});

	test('lists the rows the plans need: kinds per level, request types, targets for any ticket', () => {
		expect(kindsAt(plans, { severity: 'P1' }, keystone)).toEqual(['first-response']);
		// No tier has a P3 target, but two offer P3: the first response row says so.
		expect(kindsAt(plans, { severity: 'P3' }, keystone)).toEqual(['first-response']);
		expect(kindsAt([plan('basic')], { severity: 'P3' }, keystone)).toEqual([]);
		expect(kindsAt(plans, { requestType: 'licensing' }, keystone)).toEqual(['inquiry-response']);
		expect(requestTypesOf(keystone, plans)).toEqual(['licensing']);
		expect(requestTypesOf(keystone, [plan('basic')])).toEqual([]);
		expect(hasTargetsForAnyTicket(plans)).toBe(false);
	});
});
