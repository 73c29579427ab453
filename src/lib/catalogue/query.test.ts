import { describe, expect, test } from 'vitest';
import { fixtureFolderVendor } from '../../../tests/support/fixture-catalogue.ts';
import { headlineTarget, matrixLevel } from './query.ts';

const levels = { high: { wide: 'P1', narrow: 'P2' }, low: { wide: 'P3', narrow: 'P4' } };

describe('matrixLevel', () => {
	test('reads the level an impact and an urgency lead to', () => {
		expect(matrixLevel(levels, 'wide', 'high')).toBe('P1');
		expect(matrixLevel(levels, 'narrow', 'low')).toBe('P4');
	});

	test('gives nothing while a choice is missing or not the matrix’s own', () => {
		expect(matrixLevel(levels, '', 'high')).toBeUndefined();
		expect(matrixLevel(levels, 'wide', '')).toBeUndefined();
		expect(matrixLevel(levels, 'constructor', 'high')).toBeUndefined();
		expect(matrixLevel(levels, 'wide', '__proto__')).toBeUndefined();
	});
});

describe('headlineTarget', () => {
	const keystone = fixtureFolderVendor('terms');
	const tier = (id: string) => keystone.tiers.find((t) => t.id === id)!;
	const figure = (id: string) => {
		const target = headlineTarget(keystone, tier(id));
		return target && `${target.severity} ${target.within.value} ${target.within.unit}`;
	};

	test('is the most severe level’s first response a ticket gets with the attributes’ defaults', () => {
		// Enterprise answers server deployments faster; a ticket that says nothing is a cloud one.
		expect(figure('enterprise')).toBe('P1 8 hours');
		expect(figure('premium')).toBe('P1 30 minutes');
		expect(figure('basic')).toBeUndefined();
	});

	test('falls back to a first deadline of any kind, inherited ones included', () => {
		const vendor = {
			...keystone,
			tiers: keystone.tiers.map((t) =>
				t.id === 'premium'
					? { ...t, targets: [] }
					: t.id === 'enterprise'
						? { ...t, targets: t.targets.slice(3) }
						: t
			),
		};
		const target = headlineTarget(
			vendor,
			vendor.tiers.find((t) => t.id === 'premium')!
		);
		expect([target?.kind, target?.requestType]).toEqual(['inquiry-response', 'licensing']);
	});
});
