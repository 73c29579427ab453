import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../tests/support/echo-translate.ts';
import { fixtureCatalogue, fixtureFolderVendor } from '../../../tests/support/fixture-catalogue.ts';
import { buildCalculatorData } from '#lib/views/pages/calculator.ts';
import { levelChoices, levelInfo, levelShown, startingLevel } from './levels.ts';
import { planOptions } from './state.ts';

const t = echoTranslate;
// Orbit (levels P1–P3, P1 with an example), solo (no levels), duo (S1 rests on an assumption; its
// Lite tier has targets for S2 only).
const vendors = buildCalculatorData(
	{ vendors: [...fixtureCatalogue().vendors, fixtureFolderVendor('plan-pages')] },
	'en',
	t
);
const options = planOptions(vendors);

describe('the level field', () => {
	test('starts on the first plan and its most severe level', () => {
		expect(startingLevel(options)).toEqual({ plan: 'orbit/basic', severity: 'P1' });
		expect(startingLevel([])).toEqual({ plan: undefined, severity: undefined });
		expect(startingLevel([{ plan: 'solo/standard', severities: [] }])).toEqual({
			plan: 'solo/standard',
			severity: undefined,
		});
	});

	test("offers the levels the plan's targets use, each with its name", () => {
		expect(levelChoices(vendors, options, 'orbit/basic')).toEqual([
			{ id: 'P1', label: 'P1 · Critical' },
			{ id: 'P2', label: 'P2 · High' },
			{ id: 'P3', label: 'P3 · Normal' },
		]);
		expect(levelChoices(vendors, options, 'duo/lite')).toEqual([
			{ id: 'S2', label: 'S2 · Defect' },
		]);
	});

	test('offers nothing for a plan without levels or an unknown plan', () => {
		expect(levelChoices(vendors, options, 'solo/standard')).toEqual([]);
		expect(levelChoices(vendors, options, 'nobody/none')).toEqual([]);
		expect(levelChoices(vendors, options, undefined)).toEqual([]);
	});
});

describe('what the form says of the chosen level', () => {
	test('is named by plan and level, one name for each pair, none for an empty form', () => {
		const start = startingLevel(options);
		expect(levelShown(start.plan, start.severity)).toBe('orbit/basic|P1');
		expect(levelShown('orbit/premium', 'P1')).not.toBe(levelShown('orbit/basic', 'P1'));
		expect(levelShown('orbit/basic', 'P2')).not.toBe(levelShown('orbit/basic', 'P1'));
		expect(levelShown('solo/standard', undefined)).toBe('solo/standard|');
		expect(levelShown(undefined, undefined)).toBe('|');
	});

	test('its name leads its definition, with its examples', () => {
		expect(levelInfo(vendors, 'orbit/premium', 'P1')).toEqual({
			id: 'P1',
			name: 'Critical',
			label: 'P1 · Critical',
			heading: 'atlas.format.label{"label":"P1 · Critical"}',
			definition: 'Production down',
			assumptions: [],
			examples: ['Nobody can sign in'],
		});
	});

	test('with the assumptions its definition rests on', () => {
		const info = levelInfo(vendors, 'duo/plus', 'S1');
		expect(info?.definition).toBe('Nothing works');
		expect(info?.assumptions.map((a) => [a.id, a.text])).toEqual([
			['s1-wording', 'Outage worded by us'],
		]);
	});

	test('nothing for a level the vendor does not define, or a plan that does not exist', () => {
		expect(levelInfo(vendors, 'orbit/basic', 'P9')).toBeUndefined();
		expect(levelInfo(vendors, 'solo/standard', undefined)).toBeUndefined();
		expect(levelInfo(vendors, 'nobody/none', 'P1')).toBeUndefined();
	});
});
