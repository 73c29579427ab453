import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import type { Translate } from '../i18n/translate.ts';
import { buildTierPage, buildVendorPlans, type ComparisonTable } from './plans.ts';

// Echoes the key and variables, so the test sees exactly what the view asked for.
const t: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);
const catalogue = loadCatalogue('content/vendors');
const vendor = (id: string) => catalogue.vendors.find((v) => v.id === id)!;

const rowOf = (table: ComparisonTable, anchor: string) =>
	table.groups.flatMap((g) => g.rows).find((r) => r.anchor === anchor)!;
const cellOf = (table: ComparisonTable, anchor: string, tier: string) =>
	rowOf(table, anchor).cells.find((c) => c.tierId === tier)!;

describe('a vendor’s comparison of tiers', () => {
	const tableau = buildVendorPlans(vendor('tableau'), 'ko', t);

	test('has one column per tier with a stable anchor, linking to the tier page in the locale', () => {
		expect(tableau.table.columns.map((c) => [c.anchor, c.href, c.highlighted])).toEqual([
			['tier-standard', '/ko/plans/tableau/standard/', false],
			['tier-extended', '/ko/plans/tableau/extended/', false],
			['tier-premium', '/ko/plans/tableau/premium/', false],
		]);
		expect(tableau.table.columns[2]!.link).toBe(
			'/ko/plans/tableau/?highlight=premium#tier-premium'
		);
	});

	test('groups every feature under its category, in catalogue order, with anchors from the feature ids', () => {
		const categories = tableau.table.groups.filter((g) => g.id.startsWith('category-'));
		expect(categories.map((g) => g.name)).toEqual(
			vendor('tableau').categories.map((c) => c.name.ko)
		);
		expect(categories.flatMap((g) => g.rows.map((r) => r.anchor))).toEqual(
			vendor('tableau').categories.flatMap((c) => c.features.map((f) => `feature-${f.id}`))
		);
		expect(rowOf(tableau.table, 'feature-named-contacts').link).toBe(
			'/ko/plans/tableau/#feature-named-contacts'
		);
	});

	test('shows the response targets per severity with the coverage that counts them, and the assumption behind it', () => {
		expect(cellOf(tableau.table, 'target-p1-first-response', 'premium').value).toEqual({
			kind: 'text',
			text: '30분',
		});
		expect(cellOf(tableau.table, 'target-p1-update', 'premium').value).toEqual({
			kind: 'text',
			text: 'atlas.cadence.timesPerDay{"count":2}',
		});
		const coverage = (tier: string, sev: string) => cellOf(tableau.table, `coverage-${sev}`, tier);
		const calendars = vendor('tableau').calendars;
		expect(coverage('extended', 'p1').value).toEqual({
			kind: 'text',
			text: calendars.find((c) => c.id === 'always')!.name.ko,
		});
		expect(coverage('extended', 'p2').value).toEqual({
			kind: 'text',
			text: calendars.find((c) => c.id === 'business-hours')!.name.ko,
		});
		// The business-hours calendar rests on assumption 1; 24x7 rests on none.
		expect(coverage('extended', 'p2').assumptions.map((a) => a.href)).toEqual([
			'#assumption-business-hours',
		]);
		expect(coverage('extended', 'p1').assumptions).toEqual([]);
	});

	test('cites a footnote shared by a whole row once, on the row, numbered and linked both ways', () => {
		const row = rowOf(tableau.table, 'target-p1-first-response');
		expect(row.footnotes).toEqual([
			{
				number: 1,
				id: 'footnote-ref-priority-definition-1',
				href: '#footnote-priority-definition',
				label: 'atlas.plans.footnoteRef{"number":1}',
			},
		]);
		expect(row.cells.every((c) => c.footnotes.length === 0)).toBe(true);
		const [footnote] = tableau.footnotes;
		expect(footnote!.anchor).toBe('footnote-priority-definition');
		// Four target rows (first response and updates for P1 and P2) cite it.
		expect(footnote!.backlinks.map((b) => b.href)).toEqual(
			[1, 2, 3, 4].map((n) => `#footnote-ref-priority-definition-${n}`)
		);
	});

	test('marks rows where every tier reads the same, for "show only differences"', () => {
		expect(rowOf(tableau.table, 'feature-community-knowledge-base').same).toBe(true);
		expect(rowOf(tableau.table, 'feature-named-contacts').same).toBe(false);
		// Extended and premium both allow 5 contacts, standard 3: the row differs.
		expect(rowOf(tableau.table, 'feature-named-contacts').cells.map((c) => c.value)).toEqual([
			{ kind: 'text', text: 'atlas.value.number.exactly{"number":"3","unit":"명"}' },
			{ kind: 'text', text: 'atlas.value.number.exactly{"number":"5","unit":"명"}' },
			{ kind: 'text', text: 'atlas.value.number.exactly{"number":"5","unit":"명"}' },
		]);
		expect(tableau.table.canCompare).toBe(true);
		expect(buildVendorPlans(vendor('wati'), 'en', t).table.canCompare).toBe(false);
	});

	test('labels tier-specific assumptions on the tiers they apply to', () => {
		expect(tableau.tiers.map((tier) => tier.assumptions.map((a) => a.label))).toEqual([
			['atlas.plans.assumptionRef{"number":3}'],
			['atlas.plans.assumptionRef{"number":3}'],
			[],
		]);
		const tiers = vendor('tableau').tiers;
		// "Applies to" follows what refers to each assumption, never claiming more.
		expect(tableau.assumptions.map((a) => [a.anchor, a.appliesTo])).toEqual([
			[
				'assumption-business-hours',
				`atlas.plans.appliesTo{"count":2,"tiers":"${tiers[0]!.name.ko} 및 ${tiers[1]!.name.ko}"}`,
			],
			['assumption-p2-definition', 'atlas.assumption.appliesToVendor{"vendor":"Tableau"}'],
			[
				'assumption-plan-availability',
				`atlas.plans.appliesTo{"count":2,"tiers":"${tiers[0]!.name.ko} 및 ${tiers[1]!.name.ko}"}`,
			],
			[
				'assumption-counting-clock',
				`atlas.plans.appliesTo{"count":2,"tiers":"${tiers[0]!.name.ko} 및 ${tiers[1]!.name.ko}"}`,
			],
			['assumption-p1-definition', 'atlas.assumption.appliesToVendor{"vendor":"Tableau"}'],
		]);
	});

	test('marks each value that rests on an assumption where it stands, with the text', () => {
		const cell = (anchor: string, tier: string) =>
			tableau.table.groups
				.flatMap((g) => g.rows)
				.find((r) => r.anchor === anchor)!
				.cells.find((c) => c.tierId === tier)!;
		expect(cell('target-p2-update', 'standard').assumptions.map((a) => a.id)).toEqual([
			'counting-clock',
		]);
		expect(cell('target-p2-update', 'premium').assumptions).toEqual([]);
		expect(cell('coverage-p2', 'standard').assumptions.map((a) => a.id)).toEqual([
			'business-hours',
		]);
		expect(cell('coverage-p2', 'standard').assumptions[0]!.text).toBe(
			vendor('tableau').assumptions[0]!.text.ko
		);
		expect(tableau.severities.map((l) => l.assumptions.map((a) => a.id))).toEqual([
			['p1-definition'],
			['p2-definition'],
		]);
		expect(tableau.sources.map((s) => [s.id, s.retrieved])).toEqual([
			['tableau-zh-cn', '2026-11-29'],
			['tableau-ko', '2026-11-29'],
		]);
	});

	test('gives PTC’s methods with their frequencies, and a target without a severity its own group', () => {
		const ptc = buildVendorPlans(vendor('ptc'), 'en', t);
		expect(cellOf(ptc.table, 'feature-service-reviews', 'saas-standard').value).toEqual({
			kind: 'text',
			text: 'atlas.value.method{"method":"Video conference","frequency":"atlas.value.frequency.quarterly"}',
		});
		expect(cellOf(ptc.table, 'feature-weekly-call', 'saas-standard').value).toEqual({
			kind: 'unknown',
			text: 'atlas.value.notStated',
		});
		expect(cellOf(ptc.table, 'target-inquiry-response', 'saas-premium').value).toEqual({
			kind: 'text',
			text: 'atlas.duration.businessDays{"count":1}',
		});
		expect(cellOf(ptc.table, 'target-inquiry-response', 'tsam').value).toEqual({
			kind: 'mark',
			mark: 'no',
			label: 'atlas.tier.noTarget',
		});
	});

	test('lists add-ons and eligibility as rows of the plan terms', () => {
		const wati = buildVendorPlans(vendor('wati'), 'en', t);
		expect(cellOf(wati.table, 'add-on-tam', 'pro').value).toEqual({
			kind: 'text',
			text: 'atlas.value.addOnAvailable',
		});
		const amanda = buildVendorPlans(vendor('amanda'), 'en', t);
		expect(cellOf(amanda.table, 'eligibility', 'premium').value).toEqual({
			kind: 'list',
			items: vendor('amanda').tiers[1]!.eligibility!.map((e) => e.en),
		});
		expect(cellOf(amanda.table, 'eligibility', 'standard').value).toEqual({
			kind: 'mark',
			mark: 'no',
			label: 'atlas.value.none',
		});
	});
});

describe('a tier page', () => {
	const page = buildTierPage(vendor('amanda'), 'standard', 'pl', t);

	test('links to the calculator with the tier preselected', () => {
		expect(page.calculator.href).toBe('/pl/calculator/?plan=amanda/standard');
	});

	test('lists each severity with the coverage that applies and its targets', () => {
		expect(page.targetKinds.map((k) => k.kind)).toEqual(['first-response']);
		expect(page.targetRows.map((r) => [r.severity?.id, r.targets[0]?.value])).toEqual([
			['P1', '1 godzina'],
			['P2', '3 godziny'],
			['P3', '8 godzin'],
			['P4', '24 godziny'],
		]);
		expect(page.targetRows[0]!.coverage).toBe(vendor('amanda').calendars[0]!.name.pl);
	});

	test('highlights its own column in the comparison', () => {
		expect(page.table.columns.map((c) => c.highlighted)).toEqual([true, false]);
	});

	test('refuses a tier the vendor does not have', () => {
		expect(() => buildTierPage(vendor('amanda'), 'gold', 'en', t)).toThrow(/no tier "gold"/);
	});
});

describe('links and key facts a reader meets first', () => {
	test('a row link copied on a tier page keeps the tier page', () => {
		const page = buildTierPage(vendor('tableau'), 'extended', 'pl', t);
		expect(rowOf(page.table, 'feature-named-contacts').link).toBe(
			'/pl/plans/tableau/extended/#feature-named-contacts'
		);
		expect(rowOf(page.table, 'target-p1-first-response').link).toBe(
			'/pl/plans/tableau/extended/#target-p1-first-response'
		);
	});

	test('each tier starts with its most severe first-response time and its coverage in words', () => {
		const plans = buildVendorPlans(vendor('tableau'), 'en', t);
		const premium = plans.tiers.find((x) => x.id === 'premium')!;
		expect(premium.keyFacts).toEqual([
			{
				kind: 'target',
				label: 'atlas.tier.headlineTarget.first-response{"severity":"P1"}',
				value: '30 minutes',
			},
			{
				kind: 'coverage',
				label: 'atlas.tier.coverage',
				value: vendor('tableau').calendars.find((c) => c.id === 'always')!.name.en,
			},
		]);
	});
});
