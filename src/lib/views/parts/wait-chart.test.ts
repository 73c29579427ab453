import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureCatalogue, fixtureVendor } from '../../../../tests/support/fixture-catalogue.ts';
import { waitCharts } from './wait-chart.ts';

const t = echoTranslate;
const orbit = fixtureVendor(fixtureCatalogue(), 'orbit');
const tiers = orbit.tiers.map((tier) => ({ vendor: orbit, tier }));

describe('the real-wait chart', () => {
	const charts = waitCharts(tiers, 'en', t, { withVendor: false });

	test('has a chart per level with a bar per tier that sets a first response there', () => {
		expect(charts.map((c) => c.title)).toEqual([
			'atlas.compare.level{"number":1}',
			'atlas.compare.level{"number":2}',
			'atlas.compare.level{"number":3}',
		]);
		expect(charts[0]!.bars).toHaveLength(2);
	});

	test('tells business hours (assumed here) from round the clock and draws typical within worst on a log scale', () => {
		const [basic, premium] = charts[0]!.bars;
		expect(basic).toMatchObject({ elapsed: false, assumed: true, worstMinutes: 66 * 60 });
		expect(basic!.plan).toBe('Basic');
		expect(basic!.label).toBe(
			'atlas.chart.barAssumed{"level":"P1","coverage":"atlas.compare.coverage.weekly"}'
		);
		expect(premium).toMatchObject({ elapsed: true, typicalMinutes: 240, worstMinutes: 240 });
		expect(premium!.typicalEnd).toBe(premium!.worstEnd);
		expect(basic!.typicalEnd).toBeLessThan(basic!.worstEnd);
		// Log scale: 4 hours stands as far past 1 hour as 1 hour past 15 minutes.
		const ticks = charts[0]!.ticks;
		expect(ticks.map((tick) => tick.label)).toEqual(['15 min', '1 hr', '4 hr', '1 day', '7 days']);
		const at = (i: number) => ticks[i]!.at;
		expect(at(2) - at(1)).toBeCloseTo(at(1) - at(0), 0);
		expect(ticks.at(-1)!.at).toBe(100);
		expect(basic!.worstEnd).toBeLessThanOrEqual(100);
	});
});
