import { describe, expect, test } from 'vitest';
import {
	channelsNamed,
	findPlans,
	needsQuery,
	parseNeeds,
	type FinderNeeds,
	type FinderTier,
} from './finder.ts';

const stated = <T>(value: T, assumed = false) => ({ value, assumed });

// Four made-up tiers: round-the-clock with phone, business hours with phone, round-the-clock
// without a stated channel, and one slower round-the-clock tier by web only.
const tiers: FinderTier[] = [
	{
		plan: 'a/premium',
		severe: stated({ minutes: 30, worst: 30 }),
		round: stated(true),
		channels: stated(['phone', 'web']),
		named: stated(true),
	},
	{
		plan: 'b/standard',
		severe: stated({ minutes: 60, worst: 3900 }, true),
		round: stated(false),
		channels: stated(['phone']),
	},
	{ plan: 'c/pro', severe: stated({ minutes: 45, worst: 45 }), round: stated(true) },
	{
		plan: 'd/plus',
		severe: stated({ minutes: 120, worst: 120 }),
		round: stated(true),
		channels: stated(['web']),
		normal: stated({ minutes: 480 }),
	},
];

describe('the plan finder', () => {
	const p1Hour24x7Phone: FinderNeeds = { severe: 60, round: true, channel: 'phone' };

	test('returns the tiers that state every need, and near misses with the one need they miss', () => {
		const answer = findPlans(tiers, p1Hour24x7Phone);
		expect(answer.matches.map((m) => m.plan)).toEqual(['a/premium']);
		expect(answer.nearMisses.map((m) => [m.plan, m.misses])).toEqual([
			['b/standard', [{ need: 'round', status: 'missed', assumed: false }]],
			['c/pro', [{ need: 'channel', status: 'unknown', assumed: false }]],
		]);
		// d/plus misses two needs (too slow and no phone): neither a match nor a near miss.
	});

	test('says by how much a duration is missed, and ranks near misses by it', () => {
		const answer = findPlans(tiers, { severe: 30 });
		expect(answer.matches.map((m) => m.plan)).toEqual(['a/premium']);
		expect(answer.nearMisses.map((m) => [m.plan, m.misses[0]!.over])).toEqual([
			['c/pro', 15],
			['b/standard', 30],
			['d/plus', 90],
		]);
	});

	test('the worst real wait tells round-the-clock tiers from business-hours ones', () => {
		const answer = findPlans(tiers, { worst: 240 });
		expect(answer.matches.map((m) => m.plan)).toEqual(['a/premium', 'c/pro', 'd/plus']);
		expect(answer.nearMisses[0]).toMatchObject({
			plan: 'b/standard',
			misses: [{ need: 'worst', status: 'missed', assumed: true, over: 3660 }],
		});
	});

	test('a fact not stated never meets a need; assumed facts are marked', () => {
		const answer = findPlans(tiers, { normal: 600 });
		expect(answer.matches.map((m) => m.plan)).toEqual(['d/plus']);
		expect(answer.nearMisses.every((m) => m.misses[0]!.status === 'unknown')).toBe(true);
		expect(
			findPlans(tiers, { severe: 60 }).matches.find((m) => m.plan === 'b/standard')!.results
		).toEqual([{ need: 'severe', status: 'met', assumed: true }]);
	});

	test('with no needs every tier matches', () => {
		expect(findPlans(tiers, {}).matches).toHaveLength(tiers.length);
	});

	test('needs go to the URL and back, and unreadable values are no needs', () => {
		const needs: FinderNeeds = {
			severe: 60,
			worst: 240,
			round: true,
			channel: 'phone',
			named: true,
		};
		const query = needsQuery(needs);
		expect(query).toBe('critical=60&worst=240&24x7=1&channel=phone&named=1');
		expect(parseNeeds(new URLSearchParams(query))).toEqual({
			...needs,
			normal: undefined,
			weekend: undefined,
			holidays: undefined,
		});
		expect(parseNeeds(new URLSearchParams('critical=-5&worst=abc&channel=fax&24x7=yes'))).toEqual({
			severe: undefined,
			worst: undefined,
			normal: undefined,
			round: undefined,
			weekend: undefined,
			holidays: undefined,
			channel: undefined,
			named: undefined,
		});
	});

	test('reads channels from the words a catalogue uses', () => {
		expect(channelsNamed(['Phone support', 'Web support'])).toEqual(['phone', 'web']);
		expect(channelsNamed(['Email and in-app chat'])).toEqual(['chat', 'email']);
		expect(channelsNamed(['Help button in the inbox and email'])).toEqual(['email']);
		expect(channelsNamed(['Telephone'])).toEqual(['phone']);
		expect(channelsNamed([])).toEqual([]);
	});
});
