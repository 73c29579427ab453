import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
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

describe('what selects a target travels with each vendor (Keystone)', () => {
	const keystone = buildCalculatorData({ vendors: [fixtureFolderVendor('terms')] }, 'pl', t)[0]!;
	const tier = (id: string) => keystone.tiers.find((x) => x.id === id)!;

	test('names of attributes (with their defaults), request types, add-ons and duties, in the page locale', () => {
		expect(keystone.names.attributes.map((a) => [a.id, a.name, a.default])).toEqual([
			['deployment', 'Wdrożenie', 'cloud'],
			['language', 'Język wsparcia', 'en'],
			['hours', 'Godziny wybrane przy zgłoszeniu', undefined],
		]);
		expect(keystone.names.requestTypes).toEqual([{ id: 'licensing', name: 'Pytania o licencje' }]);
		expect(keystone.names.duties).toEqual([
			{
				text: 'Bądź osiągalny całą dobę.',
				tiers: undefined,
				severities: ['P1'],
				downgradeTo: 'P2',
			},
		]);
		expect(keystone.clockStart?.event).toBe('severity-assigned');
	});

	test('each tier’s raw terms and each add-on’s, for resolving a plan in the browser', () => {
		expect(tier('premium')).toMatchObject({ includes: 'enterprise', levels: undefined });
		expect(tier('enterprise').levels).toEqual(['P1', 'P2', 'P3', 'P4']);
		expect(keystone.addOns.map((a) => [a.id, a.availableFor, a.liftsTo])).toEqual([
			['rapid', ['premium'], undefined],
			['guard', ['basic', 'enterprise'], 'premium'],
		]);
		expect(keystone.addOns[0]!.targets).toHaveLength(1);
	});

	test('a target’s provenance for every calendar it can count on, wherever it is written', () => {
		const calendars = (p: Record<string, unknown>) => Object.keys(p).sort();
		// Enterprise P1 counts on its business hours, or Tokyo's for Japanese tickets (Premium, which
		// includes Enterprise, answers P1 with its own target).
		expect(calendars(tier('enterprise').provenance[0]!)).toEqual(['business', 'tokyo']);
		// Premium P2: business hours, round the clock when chosen at submission, or Tokyo's.
		const p2 = tier('premium').provenance[1]!;
		expect(calendars(p2)).toEqual(['always', 'business', 'tokyo']);
		// Counted on 24x7, covered and elapsed time agree: no word on the clock; on business hours, its source.
		expect(p2.always!.clock).toBeUndefined();
		expect(p2.business!.clock?.basis).toBe('source');
		expect(calendars(keystone.addOns[0]!.provenance[0]!)).toEqual(['always']);
		expect(keystone.addOns[1]!.provenance).toEqual([]);
		// Basic has no terms of its own; with Guard it counts on Premium's calendars.
		expect(tier('basic').regionRule).toBe('what-if');
	});
});
