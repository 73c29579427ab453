import { describe, expect, test } from 'vitest';
import { defaultTierSelection, parseTierSelection, tierSelectionParam } from './tier-selection.ts';

const ids = ['standard', 'extended', 'premium'];

describe('the tiers set side by side', () => {
	test('a URL names them in any order; the table keeps its own order and drops unknown ids', () => {
		expect(parseTierSelection('premium, standard,gold', ids)).toEqual(['standard', 'premium']);
		expect(parseTierSelection('gold', ids)).toBeUndefined();
		expect(parseTierSelection(null, ids)).toBeUndefined();
	});

	test('without a choice, a wide screen shows every tier', () => {
		expect(defaultTierSelection(ids, { narrow: false })).toEqual(ids);
	});

	test('without a choice, a phone shows two: the highlighted tier and its neighbour', () => {
		expect(defaultTierSelection(ids, { narrow: true })).toEqual(['standard', 'extended']);
		expect(defaultTierSelection(ids, { narrow: true, highlight: 'extended' })).toEqual([
			'extended',
			'premium',
		]);
		expect(defaultTierSelection(ids, { narrow: true, highlight: 'premium' })).toEqual([
			'extended',
			'premium',
		]);
		expect(defaultTierSelection(['a', 'b'], { narrow: true })).toEqual(['a', 'b']);
	});

	test('the URL names the choice only when it is not every tier', () => {
		expect(tierSelectionParam(['premium', 'standard'], ids)).toBe('standard,premium');
		expect(tierSelectionParam(ids, ids)).toBe('');
		expect(parseTierSelection(tierSelectionParam(['extended'], ids), ids)).toEqual(['extended']);
	});
});
