import { describe, expect, test } from 'vitest';
import { matrixLevel } from './query.ts';

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
