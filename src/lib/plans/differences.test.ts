import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import { buildVendorPlans } from '#lib/views/pages/plans-vendor.ts';
import { parseOnlyDifferences, sameAmong, valueVariants } from './differences.ts';

// A row of three tiers where only the last differs: "Web", "Web", "Web and phone".
const keys = ['"Web"', '"Web"', '"Web and phone"'];
const ids = ['standard', 'extended', 'premium'];
const row = valueVariants(keys).map((variant, i) => ({ tier: ids[i]!, variant }));

describe('"show only differences" among the tiers compared', () => {
	test('cells that show the same thing share a variant, others do not', () => {
		expect(valueVariants(keys)).toEqual([0, 0, 2]);
		expect(valueVariants(['a', 'b', 'a', 'b'])).toEqual([0, 1, 0, 1]);
	});

	test('with every tier shown, a row that differs in one of them is not the same', () => {
		expect(sameAmong(row, ids)).toBe(false);
	});

	test('a row that differs only in a tier the picker has put away counts as the same', () => {
		expect(sameAmong(row, ['standard', 'extended'])).toBe(true);
		expect(sameAmong(row, ['extended', 'premium'])).toBe(false);
	});

	test('with fewer than two tiers shown nothing is compared, so no row is hidden', () => {
		expect(sameAmong(row, ['premium'])).toBe(false);
		expect(sameAmong(row, [])).toBe(false);
		expect(sameAmong(row, ['gold', 'standard'])).toBe(false);
	});

	test('the URL turns it on with differences=only, and nothing else', () => {
		expect(parseOnlyDifferences('only')).toBe(true);
		expect(parseOnlyDifferences(null)).toBe(false);
		expect(parseOnlyDifferences('')).toBe(false);
		expect(parseOnlyDifferences('all')).toBe(false);
	});
});

describe('the comparison table carries the variants the page compares by', () => {
	test('a fixture row that differs only in its first tier is the same between the other two', () => {
		const relay = loadCatalogue('tests/fixtures/channels').vendors[0]!;
		const table = buildVendorPlans(relay, 'en', (key) => key).table;
		const row = table.groups
			.flatMap((g) => g.rows)
			.find((r) => r.anchor === 'feature-remote-sessions')!;
		const cells = row.cells.map((c) => ({ tier: c.tierId, variant: c.variant }));
		expect(cells).toEqual([
			{ tier: 'basic', variant: 0 },
			{ tier: 'plus', variant: 1 },
			{ tier: 'max', variant: 1 },
		]);
		expect(row.same).toBe(false);
		expect(sameAmong(cells, ['plus', 'max'])).toBe(true);
		expect(sameAmong(cells, ['basic', 'max'])).toBe(false);
	});
});
