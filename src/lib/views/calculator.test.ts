import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import { buildCalculatorData } from './calculator.ts';
import { jsonForScriptElement } from './json-script.ts';

const catalogue = loadCatalogue('content/vendors');

describe('calculator data', () => {
	const data = buildCalculatorData(catalogue, 'ko');
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
	test('lists the assumptions that apply to each tier', () => {
		const tableau = data.find((v) => v.id === 'tableau')!;
		const source = catalogue.vendors.find((v) => v.id === 'tableau')!;
		const forPremium = source.assumptions
			.filter((a) => !a.tiers || a.tiers.includes('premium'))
			.map((a) => a.text.ko);
		expect(tableau.tiers.find((t) => t.id === 'premium')!.assumptions).toEqual(forPremium);
		expect(forPremium.length).toBeGreaterThan(0);
	});
	test('JSON for a script element cannot close the element', () => {
		const json = jsonForScriptElement({ text: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
	});
});
