import { describe, expect, test } from 'vitest';
import { defaultLevelTerm, levelTerms } from '#lib/catalogue/level-terms.ts';
import { levelKey, levelTranslate, levelVariant } from './level-term.ts';
import type { Translate } from './translate.ts';

describe('level terms', () => {
	test('severity is the default term, the base key’s wording', () => {
		expect(defaultLevelTerm).toBe('severity');
		expect(levelKey('atlas.nav.severity', 'severity')).toBe('atlas.nav.severity');
		expect(levelKey('atlas.nav.severity')).toBe('atlas.nav.severity');
	});

	test('another term’s wording is the key with the term appended', () => {
		expect(levelKey('atlas.nav.severity', 'priority')).toBe('atlas.nav.severity.priority');
	});

	test('levelVariant reads a key back into its base and term', () => {
		for (const term of levelTerms.filter((t) => t !== defaultLevelTerm))
			expect(levelVariant(levelKey('atlas.calc.field.severity', term))).toEqual({
				base: 'atlas.calc.field.severity',
				term,
			});
		expect(levelVariant('atlas.calc.field.severity')).toBeUndefined();
		// A key that merely ends in the word is not a wording of an empty base.
		expect(levelVariant('.priority')).toBeUndefined();
		expect(levelVariant('atlas.nav.priorityGuide')).toBeUndefined();
	});

	test('levelTranslate reads each key in the term’s wording and passes the values on', () => {
		const strings: Record<string, string> = {
			'atlas.severity.title': '{{vendor}} severity levels',
			'atlas.severity.title.priority': '{{vendor}} priority levels',
		};
		const t: Translate = (key, vars) =>
			(strings[key] ?? key).replace('{{vendor}}', String(vars?.vendor ?? ''));
		expect(levelTranslate(t, 'priority')('atlas.severity.title', { vendor: 'Acme' })).toBe(
			'Acme priority levels'
		);
		expect(levelTranslate(t, 'severity')('atlas.severity.title', { vendor: 'Acme' })).toBe(
			'Acme severity levels'
		);
	});
});
