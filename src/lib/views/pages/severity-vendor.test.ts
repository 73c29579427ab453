import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { buildSeverityGuide, vendorsWithSeverities } from './severity-vendor.ts';

// Echoes the key and variables, so the test sees exactly what the view asked for.
const t = echoTranslate;
// Fixtures, not the example catalogue: "orbit" has severities with a matrix, "solo" none.
const catalogue = fixtureCatalogue();
const orbit = fixtureVendor(catalogue, 'orbit');

describe('severity guides', () => {
	test('exist for the vendors with a severity scheme only', () => {
		expect(vendorsWithSeverities(catalogue).map((v) => v.id)).toEqual(['orbit']);
		expect(buildSeverityGuide(fixtureVendor(catalogue, 'solo'), 'en', t)).toBeUndefined();
	});

	test('give each level its definition, examples and, per tier, the targets and coverage that apply', () => {
		const guide = buildSeverityGuide(orbit, 'ko', t)!;
		expect(guide.levels.map((l) => l.id)).toEqual(['P1', 'P2', 'P3']);
		const p1 = guide.levels[0]!;
		expect(p1.anchor).toBe('severity-p1');
		expect(p1.definition).toBe('운영 중단');
		const premium = p1.tiers.find((x) => x.id === 'premium')!;
		// Premium covers P1 around the clock and P2 in the customer's business hours.
		expect(premium.coverage).toBe('연중무휴');
		expect(guide.levels[1]!.tiers.map((x) => [x.id, x.coverage])).toEqual([
			['basic', '근무 시간'],
			['premium', '고객 업무 시간'],
		]);
		expect(premium.targets.map((x) => [x.kind, x.amount])).toEqual([
			['first-response', '240분'],
			['update', 'atlas.cadence.everyHours{"count":2,"amount":"2"}'],
			['resolution', 'atlas.duration.businessDays{"count":3}'],
		]);
		// Basic's inquiry reply does not depend on severity, and is listed under every level.
		expect(p1.tiers.find((x) => x.id === 'basic')!.targets.map((x) => [x.kind, x.amount])).toEqual([
			['first-response', '3시간'],
			['inquiry-response', 'atlas.duration.businessDays{"count":1}'],
		]);
		expect(premium.calculatorHref).toBe('/ko/calculator/?plan=orbit/premium&severity=P1');
		expect(premium.planHref).toBe('/ko/plans/orbit/premium/');
	});

	test('turn the impact × urgency matrix into rows of cells linking to the levels', () => {
		const guide = buildSeverityGuide(orbit, 'pl', t)!;
		expect(guide.matrix!.impacts.map((i) => i.id)).toEqual(['wide', 'narrow']);
		expect(
			guide.matrix!.rows.map((row) => [
				row.id,
				row.cells.map((c) => `${c.impactId}:${c.levelId}:${c.levelHref}`),
			])
		).toEqual([
			['high', ['wide:P1:#severity-p1', 'narrow:P2:#severity-p2']],
			['low', ['wide:P2:#severity-p2', 'narrow:P3:#severity-p3']],
		]);
		const withoutMatrix = { ...orbit, severities: { ...orbit.severities!, matrix: undefined } };
		expect(buildSeverityGuide(withoutMatrix, 'pl', t)!.matrix).toBeUndefined();
	});
});

describe('a severity guide with real vendors’ kinds of terms', () => {
	// Keystone (tests/fixtures/terms): Premium includes Enterprise, Basic has no support, targets and
	// calendars are selected by ticket attributes; request types are not levels and stay off the guide.
	const keystone = fixtureFolderVendor('terms');
	const guide = buildSeverityGuide(keystone, 'en', t)!;
	const tier = (level: number, id: string) => guide.levels[level]!.tiers.find((x) => x.id === id)!;

	test('gives each tier’s targets at a level from its resolved terms, per attribute value', () => {
		expect(tier(0, 'enterprise').targets).toEqual([
			{
				kind: 'first-response',
				label: 'atlas.target.kind.first-response',
				amount: 'atlas.plans.dependsOn{"attributes":"deployment"}',
				notes: [],
				assumptions: [],
				cases: [
					expect.objectContaining({
						when: 'Cloud',
						value: '8 hoursatlas.format.parenthetical{"note":"atlas.commitment.target"}',
					}),
					expect.objectContaining({ when: 'Server', value: '4 hours' }),
				],
			},
		]);
		expect(tier(1, 'premium').targets.map((x) => [x.kind, x.amount])).toEqual([
			['first-response', '4 hours'],
		]);
		expect(tier(1, 'premium').coverageCases.map((c) => [c.when, c.value])).toEqual([
			['Round the clock', '24x7'],
			['English, Business hours', 'Business hours'],
			['Japanese, Business hours', 'Tokyo business hours'],
		]);
	});

	test('says why a tier has no target at a level', () => {
		expect([tier(2, 'basic').coverage, tier(2, 'basic').empty]).toEqual([
			'atlas.plans.noSupport',
			'atlas.plans.notOffered',
		]);
		expect(tier(2, 'premium').targets).toEqual([]);
		expect(tier(2, 'premium').empty).toBe('atlas.plans.offeredNoTarget');
	});
});
