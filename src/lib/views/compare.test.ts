import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import type { Translate } from '../i18n/translate.ts';
import { buildCompare, nominalMinutes } from './compare.ts';

const t: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);
const catalogue = loadCatalogue('content/vendors');

describe('the cross-vendor matrix', () => {
	const view = buildCompare(catalogue.vendors, 'en', t);
	const row = (vendor: string, tier: string) =>
		view.rows.find((r) => r.vendorId === vendor && r.tierId === tier)!;

	test('has a row for every tier of every vendor and as many level columns as the longest scale', () => {
		expect(view.rows.map((r) => `${r.vendorId}/${r.tierId}`)).toEqual(
			catalogue.vendors.flatMap((v) => v.tiers.map((x) => `${v.id}/${x.id}`))
		);
		expect(view.levels).toHaveLength(
			Math.max(...catalogue.vendors.map((v) => v.severities?.levels.length ?? 0))
		);
	});

	test('gives each first-response target with the vendor’s level and whether the clock runs 24x7 or in business hours', () => {
		expect(row('tableau', 'premium').cells[0]).toMatchObject({
			severity: 'P1',
			value: '30 minutes',
			sortKey: 30,
			coverage: 'atlas.compare.coverage.always',
		});
		expect(row('tableau', 'extended').cells[1]).toMatchObject({
			severity: 'P2',
			value: '8 hours',
			sortKey: 480,
			coverage: 'atlas.compare.coverage.weekly',
		});
		expect(row('tableau', 'premium').cells[1]!.href).toBe(
			'/plans/tableau/#target-p2-first-response'
		);
		// Tableau has two levels: the third column is past its scale.
		expect(row('tableau', 'premium').cells[2]).toEqual({
			empty: 'atlas.compare.noLevel',
			assumptions: [],
		});
		// Business hours the source does not define, and our reading of the clock, are marked.
		expect(row('tableau', 'extended').cells[1]!.assumptions.map((a) => a.id)).toEqual([
			'counting-clock',
			'business-hours',
		]);
		expect(row('tableau', 'premium').cells[0]!.assumptions).toEqual([]);
	});

	test('lists every target besides the first responses: severity-free, updates and resolutions', () => {
		expect(row('ptc', 'saas-standard').other.map((o) => o.text)).toEqual([
			'atlas.compare.otherTarget{"kind":"atlas.target.kind.inquiry-response","amount":"atlas.duration.businessDays{\\"count\\":2}","coverage":"atlas.compare.coverage.weekly"}',
		]);
		// Wati's resolution targets and Tableau's update targets are not hidden as "none".
		expect(row('wati', 'pro').other.map((o) => o.text)).toHaveLength(4);
		expect(row('wati', 'pro').other[0]!.text).toContain('atlas.target.kind.resolution');
		expect(row('wati', 'pro').other[1]!.assumptions.map((a) => a.id)).toEqual([
			'business-days-on-24x7',
		]);
		expect(row('wati', 'pro').other[0]!.assumptions).toEqual([]);
		for (const tier of ['standard', 'extended', 'premium'])
			expect(row('tableau', tier).other.map((o) => o.text.split('{')[0])).toEqual([
				'atlas.compare.otherTargetSeverity',
				'atlas.compare.otherTargetSeverity',
			]);
		expect(row('ptc', 'tsam').cells.every((c) => c.value === undefined)).toBe(true);
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
