import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { planId } from '#lib/routes.ts';
import { buildCompare, nominalMinutes } from './compare.ts';

const t = echoTranslate;
// Fixtures, not the example catalogue: orbit has three levels, solo none.
const catalogue = fixtureCatalogue();

describe('the cross-vendor matrix', () => {
	const view = buildCompare(catalogue.vendors, 'en', t);
	const row = (vendor: string, tier: string) =>
		view.rows.find((r) => r.vendorId === vendor && r.tierId === tier)!;

	test('has a row for every tier of every vendor and as many level columns as the longest scale', () => {
		expect(view.rows.map((r) => planId(r.vendorId, r.tierId))).toEqual([
			'orbit/basic',
			'orbit/premium',
			'solo/standard',
		]);
		expect(view.levels).toHaveLength(3);
	});

	test('gives each first-response target with the vendor’s level and whether the clock runs 24x7 or in business hours', () => {
		expect(row('orbit', 'premium').cells[0]).toMatchObject({
			severity: 'P1',
			value: '240 minutes',
			wait: {
				typicalMinutes: 240,
				worstMinutes: 240,
				text: 'atlas.wait.always{"wait":"4 hours"}',
			},
			coverage: 'atlas.compare.coverage.always',
			coverageName: '24x7',
		});
		expect(row('orbit', 'premium').cells[1]).toMatchObject({
			severity: 'P2',
			value: '2 hours',
			coverage: 'atlas.compare.coverage.weekly',
			coverageName: 'Your business hours',
		});
		expect(row('orbit', 'basic').cells[2]).toMatchObject({
			severity: 'P3',
			value: 'atlas.duration.businessDays{"count":2}',
		});
		expect(row('orbit', 'premium').cells[1]!.href).toBe('/plans/orbit/#target-p2-first-response');
		// Solo has no severity levels: every column is past its scale.
		expect(row('solo', 'standard').cells).toEqual([
			{ empty: 'atlas.compare.noLevel', notes: [], assumptions: [] },
			{ empty: 'atlas.compare.noLevel', notes: [], assumptions: [] },
			{ empty: 'atlas.compare.noLevel', notes: [], assumptions: [] },
		]);
	});

	test('notes targets that do not depend on severity', () => {
		// The basic tier's office hours are an assumption: the note carries its marker.
		expect(
			row('orbit', 'basic').other.map((o) => [o.text, o.assumptions.map((a) => a.id)])
		).toEqual([
			[
				'atlas.compare.otherTarget{"kind":"atlas.target.kind.inquiry-response","amount":"atlas.duration.businessDays{\\"count\\":1}","coverage":"atlas.compare.coverage.weekly"}',
				['office-hours'],
			],
		]);
		expect(row('solo', 'standard').other.map((o) => o.text)).toEqual([
			'atlas.compare.otherTarget{"kind":"atlas.target.kind.first-response","amount":"atlas.duration.businessDays{\\"count\\":1}","coverage":"atlas.compare.coverage.weekly"}',
		]);
		// Update and resolution targets are listed too, never hidden behind "none".
		expect(row('orbit', 'premium').other.map((o) => o.text)).toEqual([
			'atlas.compare.otherTargetSeverity{"kind":"atlas.target.kind.update","amount":"atlas.cadence.everyHours{\\"count\\":2,\\"amount\\":\\"2\\"}","coverage":"atlas.compare.coverage.always","severity":"P1"}',
			'atlas.compare.otherTargetSeverity{"kind":"atlas.target.kind.resolution","amount":"atlas.duration.businessDays{\\"count\\":3}","coverage":"atlas.compare.coverage.always","severity":"P1"}',
			'atlas.compare.otherTargetSeverity{"kind":"atlas.target.kind.update","amount":"atlas.cadence.timesPerDay{\\"count\\":2}","coverage":"atlas.compare.coverage.weekly","severity":"P2"}',
		]);
	});

	test('sorts by the real wait: 4 hours round the clock before 3 business hours, which can take a weekend', () => {
		const premium = row('orbit', 'premium').cells[0]!;
		const basic = row('orbit', 'basic').cells[0]!;
		expect(basic.value).toBe('3 hours');
		// Office hours in Warsaw: a ticket sent on Friday at 14:01 is answered on Monday at 08:01.
		expect(basic.wait).toMatchObject({ worstMinutes: 66 * 60 });
		expect(basic.wait!.text).toMatch(
			/^atlas\.wait\.summaryZone\{"typical":"\d+ hours","worst":"66 hours","zone":"Europe\/Warsaw"\}$/
		);
		expect(premium.sortKey).toBeLessThan(basic.sortKey!);
	});

	test('lists each plan’s coverage, channels, named contacts and account manager, “not stated” where the vendor marks no such row', () => {
		expect(view.facts).toHaveLength(view.rows.length);
		const premium = view.facts[1]!;
		expect(premium.tierHref).toBe('/plans/orbit/premium/');
		expect(premium.coverage.value.kind).toBe('text');
		// Orbit marks no row as its named contacts or account manager.
		expect(premium.namedContacts.value).toEqual({
			kind: 'unknown',
			text: 'atlas.value.notStated',
		});
		expect(premium.accountManager.value).toEqual({
			kind: 'unknown',
			text: 'atlas.value.notStated',
		});
	});

	test('says what the real waits assume', () => {
		expect(view.waitNote).toBe('atlas.wait.note{"week":"Jan 12, 2026"} atlas.compare.sortNote');
	});

	test('orders durations of different units by length', () => {
		const order = [
			{ value: 1, unit: 'business-days' },
			{ value: 45, unit: 'minutes' },
			{ value: 2, unit: 'hours' },
		] as const;
		expect([...order].sort((a, b) => nominalMinutes(a) - nominalMinutes(b))).toEqual([
			order[1],
			order[2],
			order[0],
		]);
	});
});

describe('the cross-vendor matrix with real vendors’ kinds of terms', () => {
	// Keystone (tests/fixtures/terms): Premium includes Enterprise, Basic has no support.
	const keystone = fixtureFolderVendor('terms');
	const view = buildCompare([keystone], 'en', t);
	const row = (tier: string) => view.rows.find((r) => r.tierId === tier)!;

	test('gives the target a ticket gets by default, with its commitment and what else selects it', () => {
		expect(row('enterprise').cells[0]).toMatchObject({
			severity: 'P1',
			value: '8 hours',
			notes: ['atlas.commitment.target', 'atlas.plans.dependsOn{"attributes":"deployment"}'],
		});
		expect(row('premium').cells[0]).toMatchObject({
			value: 'atlas.bound.lessThan{"duration":"30 minutes"}',
			notes: ['atlas.commitment.guaranteed'],
		});
	});

	test('tells a level not offered from one offered with no published target', () => {
		expect(row('basic').cells.map((c) => [c.empty, c.emptyShown])).toEqual(
			Array(4).fill(['atlas.plans.notOffered', true])
		);
		expect(
			row('premium')
				.cells.slice(2)
				.map((c) => [c.empty, c.emptyShown])
		).toEqual(Array(2).fill(['atlas.plans.offeredNoTarget', true]));
	});

	test('lists a request type’s targets, inherited ones included, among the other targets', () => {
		expect(row('premium').other.map((o) => o.text)).toEqual([
			'atlas.compare.otherTargetSeverity{"kind":"atlas.target.kind.inquiry-response","amount":"8 hours","coverage":"atlas.compare.coverage.weekly","severity":"Licensing questions"}',
		]);
		expect(row('basic').other).toEqual([]);
	});
});

describe('what every level of a plan shares', () => {
	const view = buildCompare(catalogue.vendors, 'en', t);

	test('is said once beside the plan, not in each cell (Orbit Basic’s office hours)', () => {
		const basic = view.rows.find((r) => r.vendorId === 'orbit' && r.tierId === 'basic')!;
		expect(basic.shared?.assumptions.map((a) => a.id)).toEqual(['office-hours']);
		const valued = basic.cells.filter((c) => c.value !== undefined);
		expect(valued.length).toBeGreaterThan(1);
		for (const cell of valued)
			expect(cell.assumptions.map((a) => a.id)).not.toContain('office-hours');
	});

	test('no row leaves a note or an assumption repeated in every cell with a target', () => {
		for (const row of view.rows) {
			const valued = row.cells.filter((c) => c.value !== undefined);
			if (valued.length < 2) {
				expect(row.shared, row.anchor).toBeUndefined();
				continue;
			}
			for (const m of valued[0]!.assumptions)
				expect(valued.every((c) => c.assumptions.some((a) => a.id === m.id))).toBe(false);
			for (const n of valued[0]!.notes)
				expect(valued.every((c) => c.notes.includes(n))).toBe(false);
		}
	});
});
