import { describe, expect, test } from 'vitest';
import type { Translate } from '../i18n/translate.ts';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import { buildCalculatorData } from './calculator.ts';
import { jsonForScriptElement } from './json-script.ts';

const catalogue = loadCatalogue('content/vendors');
const t: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);

describe('calculator data', () => {
	const data = buildCalculatorData(catalogue, 'ko', t);
	const amanda = data.find((v) => v.id === 'amanda')!;
	test('carries each tier’s rules and its texts in the page locale only', () => {
		const source = catalogue.vendors.find((v) => v.id === 'amanda')!;
		expect(amanda.tiers.map((t) => t.id)).toEqual(['standard', 'premium']);
		expect(amanda.tiers[0]!.name).toBe(source.tiers[0]!.name.ko);
		expect(amanda.tiers[0]!.targets).toEqual(source.tiers[0]!.targets);
		expect(amanda.severities.map((s) => s.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
		expect(amanda.matrix?.levels.low?.medium).toBe('P4');
		expect(JSON.stringify(data)).not.toContain(source.summary.pl);
	});
	test('lists only the assumptions that affect each tier, worded in the locale', () => {
		const tableau = data.find((v) => v.id === 'tableau')!;
		const source = catalogue.vendors.find((v) => v.id === 'tableau')!;
		const ids = (tier: string) =>
			tableau.tiers.find((x) => x.id === tier)!.assumptions.map((a) => a.id);
		// Standard counts every target on business hours, with our reading of the clock.
		expect(ids('standard')).toEqual(['business-hours', 'plan-availability', 'counting-clock']);
		// Premium covers P1 and P2 round the clock: neither the hours nor the clock is in question.
		expect(ids('premium')).toEqual([]);
		const hours = tableau.tiers[0]!.assumptions[0]!;
		expect(hours.text).toBe(source.assumptions.find((a) => a.id === 'business-hours')!.text.ko);
	});
	test('gives every target its source and, on business hours, how its clock is known', () => {
		const tableau = data.find((v) => v.id === 'tableau')!;
		const standard = tableau.tiers.find((x) => x.id === 'standard')!;
		const p2Update = standard.targets.findIndex((x) => x.kind === 'update' && x.severity === 'P2');
		const known = standard.provenance[p2Update]!;
		expect(known.source?.id).toBe('tableau-zh-cn');
		expect(known.source?.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(known.clock?.basis).toBe('assumption');
		expect(known.assumptions.map((a) => a.id)).toEqual(['counting-clock', 'business-hours']);
		const amanda = data.find((v) => v.id === 'amanda')!.tiers[0]!;
		expect(amanda.provenance[0]!.clock?.basis).toBe('source');
		expect(amanda.provenance[0]!.source?.id).toBe('amanda-priorities');
	});
	test('JSON for a script element cannot close the element', () => {
		const json = jsonForScriptElement({ text: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
	});
});
