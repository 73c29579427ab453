import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureCatalogue } from '../../../../tests/support/fixture-catalogue.ts';
import { findPlans } from '#lib/plans/finder.ts';
import { buildFinder } from './finder.ts';

const t = echoTranslate;
// Fixtures: orbit basic answers P1 in 3 office hours (Warsaw, Mon–Fri; an assumption), premium in
// 240 minutes round the clock; orbit marks no channels, named-contacts or account-manager row by
// role. Solo has no levels.
const view = buildFinder(fixtureCatalogue().vendors, 'en', t);
const facts = (plan: string) => view.tiers.find((tier) => tier.plan === plan)!;

describe('the plan finder page', () => {
	test('states what the catalogue says of each tier, and leaves out what it does not', () => {
		expect(view.tiers.map((tier) => tier.plan)).toEqual([
			'orbit/basic',
			'orbit/premium',
			'solo/standard',
		]);
		expect(facts('orbit/basic')).toEqual({
			plan: 'orbit/basic',
			severe: { value: { minutes: 180, worst: 66 * 60 }, assumed: true },
			normal: { value: { minutes: 480 }, assumed: true },
			round: { value: false, assumed: true },
			weekend: { value: false, assumed: true },
		});
		expect(facts('orbit/premium')).toMatchObject({
			severe: { value: { minutes: 240, worst: 240 } },
			round: { value: true },
			weekend: { value: true },
			holidays: { value: true },
		});
		expect(facts('solo/standard')).toEqual({ plan: 'solo/standard' });
	});

	test('writes each fact in the matrix, “not stated” where there is none, and links each tier to the calculator', () => {
		const basic = view.rows[0]!;
		expect(basic.cells.map((c) => [c.need, c.text, c.stated])).toEqual([
			['severe', 'atlas.finder.levelValue{"severity":"P1","value":"3 hours"}', true],
			['worst', '66 hours', true],
			['normal', 'atlas.finder.levelValue{"severity":"P2","value":"8 hours"}', true],
			['round', 'atlas.finder.no', true],
			['weekend', 'atlas.finder.no', true],
			['holidays', 'atlas.value.notStated', false],
			['channel', 'atlas.value.notStated', false],
			['named', 'atlas.value.notStated', false],
		]);
		expect(basic.calculatorHref).toBe('/calculator/?plan=orbit/basic&severity=P1');
		expect(view.fields.find((f) => f.need === 'severe')!.choices![0]).toEqual({
			value: '',
			label: 'atlas.finder.any',
		});
	});

	test('its facts answer a need: round the clock within 4 hours is orbit premium alone', () => {
		const answer = findPlans(view.tiers, { severe: 240, round: true });
		expect(answer.matches.map((m) => m.plan)).toEqual(['orbit/premium']);
		expect(answer.nearMisses.map((m) => [m.plan, m.misses[0]!.need])).toEqual([
			['orbit/basic', 'round'],
		]);
	});
});
