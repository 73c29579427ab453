import { describe, expect, test } from 'vitest';
import { interpolate, placeholderNames, withoutPlaceholders } from './interpolate.ts';

describe('placeholders', () => {
	test('are filled by name, spaces inside the braces allowed, numbers written as text', () => {
		expect(
			interpolate('{{vendor}} · {{ tier }} ({{count}})', { vendor: 'Acme', tier: 'Gold', count: 3 })
		).toBe('Acme · Gold (3)');
	});

	test('without a value stay as written, so a missing variable shows instead of vanishing', () => {
		expect(interpolate('Due {{when}}', {})).toBe('Due {{when}}');
		expect(interpolate('Due {{when}}', undefined)).toBe('Due {{when}}');
		// Only the variables' own names count, not what every object inherits.
		expect(interpolate('{{constructor}}', {})).toBe('{{constructor}}');
	});

	test('are listed in order, and can be taken out', () => {
		expect(placeholderNames('{{a}} and {{ b }}, then {{a}}')).toEqual(['a', 'b', 'a']);
		expect(withoutPlaceholders('Compare {{vendor}} plans')).toBe('Compare   plans');
		expect(withoutPlaceholders('{{n}} dni', '')).toBe(' dni');
	});
});
