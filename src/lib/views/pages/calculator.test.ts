import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureCatalogue, fixtureVendor } from '../../../../tests/support/fixture-catalogue.ts';
import { loadCatalogue } from '../../../node/catalogue-files.ts';
import { buildCalculatorData } from './calculator.ts';
import { jsonForScriptElement } from '#lib/views/parts/json-script.ts';

const t = echoTranslate;
// Fixtures, not the example catalogue.
const catalogue = fixtureCatalogue();

describe('calculator data', () => {
	const data = buildCalculatorData(catalogue, 'ko', t);
	const orbit = data.find((v) => v.id === 'orbit')!;
	test('carries each tier’s rules and its texts in the page locale only', () => {
		const source = fixtureVendor(catalogue, 'orbit');
		expect(orbit.tiers.map((t) => [t.id, t.name])).toEqual([
			['basic', '기본'],
			['premium', '프리미엄'],
		]);
		expect(orbit.tiers[0]!.targets).toEqual(source.tiers[0]!.targets);
		expect(orbit.severities.map((s) => s.id)).toEqual(['P1', 'P2', 'P3']);
		// Named for the level field and for the definition below it.
		expect(orbit.severities.map((s) => [s.label, s.heading])).toEqual(
			orbit.severities.map((s) => [
				`${s.id} · ${s.name}`,
				`atlas.format.label{"label":"${s.id} · ${s.name}"}`,
			])
		);
		expect(orbit.matrix?.levels.low?.narrow).toBe('P3');
		expect(JSON.stringify(data)).not.toContain('Wsparcie Orbit');
		expect(data.find((v) => v.id === 'solo')!.severities).toEqual([]);
	});
	test('lists the assumptions that apply to each tier', () => {
		// "office-hours" is limited to the basic tier.
		expect(
			orbit.tiers.map((t) => [t.id, t.assumptions.map((a) => [a.id, a.text, a.href])])
		).toEqual([
			[
				'basic',
				[['office-hours', '사무실 기준으로 가정', '/ko/plans/orbit/#assumption-office-hours']],
			],
			['premium', []],
		]);
	});
	test('JSON for a script element cannot close the element', () => {
		const json = jsonForScriptElement({ text: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
	});
});

describe('the region field follows each tier’s holiday rule', () => {
	test('applies, a what-if, or nothing to change, and the rule travels with each calendar', () => {
		const harbor = buildCalculatorData(loadCatalogue('tests/fixtures/regions'), 'en', t)[0]!;
		expect(harbor.tiers.map((tier) => [tier.id, tier.regionRule])).toEqual([
			['local', 'applies'],
			['office', 'no'],
			['worked', 'no'],
			['silent', 'what-if'],
		]);
		expect(
			harbor.calendars.map((c) => [c.id, c.type === 'weekly' ? c.publicHolidays : c.type])
		).toEqual([
			['local', 'customer-region'],
			['office', 'vendor-list'],
			['worked', 'none'],
			['silent', 'unstated'],
		]);
	});
});
