import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../tests/support/echo-translate.ts';
import { clockState, describeClockState, type ClockCount } from './clock-state.ts';

const at = (iso: string) => Date.parse(iso);
// Opened Friday 16:30 Warsaw (15:30Z) on 08:00–17:00 hours, one hour: 30 minutes on Friday, 30 on Monday.
const count: ClockCount = {
	clockStartMs: at('2026-11-27T15:30:00Z'),
	dueMs: at('2026-11-30T07:30:00Z'),
	minutes: 60,
	spans: [
		[at('2026-11-27T15:30:00Z'), at('2026-11-27T16:00:00Z')],
		[at('2026-11-30T07:00:00Z'), at('2026-11-30T07:30:00Z')],
	],
};

describe('clockState', () => {
	test('before the clock starts, it waits for the first covered minute', () => {
		expect(clockState(count, at('2026-11-27T15:00:00Z'))).toEqual({
			state: 'waiting',
			startsMs: count.clockStartMs,
		});
	});
	test('while a counted stretch runs, covered time left is what the stretches after now hold', () => {
		expect(clockState(count, at('2026-11-27T15:40:00Z'))).toEqual({
			state: 'running',
			leftMinutes: 50,
			ofMinutes: 60,
		});
	});
	test('between stretches, it stands still until the next, with the time left unchanged', () => {
		expect(clockState(count, at('2026-11-28T12:00:00Z'))).toEqual({
			state: 'paused',
			leftMinutes: 30,
			ofMinutes: 60,
			resumesMs: at('2026-11-30T07:00:00Z'),
		});
	});
	test('at and after the deadline, it has passed, by whole minutes', () => {
		expect(clockState(count, count.dueMs)).toEqual({ state: 'passed', agoMinutes: 0 });
		expect(clockState(count, at('2026-11-30T09:31:00Z'))).toEqual({
			state: 'passed',
			agoMinutes: 121,
		});
	});
	test('without stretches (plain elapsed time), the time left is the wall clock’s', () => {
		const elapsed = { clockStartMs: 0, dueMs: 4 * 3_600_000, minutes: 240 };
		expect(clockState(elapsed, 3_600_000)).toEqual({
			state: 'running',
			leftMinutes: 180,
			ofMinutes: 240,
		});
	});
});

describe('describeClockState', () => {
	test('words each state with times in the reader’s zone and amounts as durations', () => {
		const t = echoTranslate;
		expect(
			describeClockState({ state: 'waiting', startsMs: count.dueMs }, 'en', 'Europe/Warsaw', t)
		).toBe('atlas.calc.state.waiting{"time":"Mon, Nov 30, 08:30"}');
		expect(
			describeClockState(
				{ state: 'running', leftMinutes: 200, ofMinutes: 480 },
				'en',
				'Europe/Warsaw',
				t
			)
		).toBe('atlas.calc.state.running{"left":"3 hours 20 minutes","total":"8 hours"}');
		expect(
			describeClockState(
				{ state: 'paused', leftMinutes: 30, ofMinutes: 60, resumesMs: at('2026-11-30T07:00:00Z') },
				'pl',
				'Europe/Warsaw',
				t
			)
		).toMatch(
			/^atlas\.calc\.state\.paused\{"time":"pon\., 30 listopada, 08:00","left":"30 minut",/
		);
		expect(describeClockState({ state: 'passed', agoMinutes: 120 }, 'en', 'Europe/Warsaw', t)).toBe(
			'atlas.calc.countdown.overdue{"duration":"2 hours"}'
		);
	});
});
