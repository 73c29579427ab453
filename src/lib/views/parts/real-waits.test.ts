import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureCatalogue, fixtureVendor } from '../../../../tests/support/fixture-catalogue.ts';
import { formatWait, tierLevelWait, waitSortKey, waitSummary } from './real-waits.ts';

const t = echoTranslate;
const orbit = fixtureVendor(fixtureCatalogue(), 'orbit');
const tier = (id: string) => orbit.tiers.find((x) => x.id === id)!;

describe('real waits as pages show them', () => {
	test('are counted once per tier and level', () => {
		const first = tierLevelWait(orbit, tier('basic'), 'P1');
		expect(first?.worstMinutes).toBe(66 * 60);
		expect(tierLevelWait(orbit, tier('basic'), 'P1')).toBe(first);
	});

	test('read to the minute under three hours, to the hour beyond, in days from three days', () => {
		expect(formatWait(135, 'en')).toBe('2 hours 15 minutes');
		expect(formatWait(827, 'en')).toBe('14 hours');
		expect(formatWait(7020, 'en')).toBe('4 days 21 hours');
	});

	test('say the zone where the calendar names its own, and "always" where every minute waits as long', () => {
		expect(waitSummary(tierLevelWait(orbit, tier('basic'), 'P1')!, 'en', t)).toMatch(
			/^atlas\.wait\.summaryZone\{"typical":".+","worst":"66 hours","zone":"Europe\/Warsaw"\}$/
		);
		expect(waitSummary(tierLevelWait(orbit, tier('premium'), 'P1')!, 'en', t)).toBe(
			'atlas.wait.always{"wait":"4 hours"}'
		);
	});

	test('sort by the worst wait first, then the typical one, then the nominal target', () => {
		const wait = (typical: number, worst: number) => ({
			...tierLevelWait(orbit, tier('premium'), 'P1')!,
			typicalMinutes: typical,
			worstMinutes: worst,
		});
		const keys = [
			waitSortKey(wait(60, 3900), 60),
			waitSortKey(wait(120, 120), 120),
			waitSortKey(wait(100, 3900), 60),
			waitSortKey(undefined, 30),
		];
		expect([...keys].sort((a, b) => a - b)).toEqual([keys[1], keys[0], keys[2], keys[3]]);
	});
});
