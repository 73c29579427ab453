import { describe, expect, test } from 'vitest';
import { isRequestProblem, resolveRequest, sourcePlanOptions, type PlanOption } from './request.ts';

// Two plans written out by hand: one whose targets depend on the severity, one whose do not.
const options: PlanOption[] = [
	{ plan: 'acme/standard', severities: ['P1', 'P2', 'P3'] },
	{ plan: 'acme/saas', severities: [] },
];
const good = {
	plan: 'acme/standard',
	severity: 'P1',
	opened: '2026-11-27T16:30',
	tz: 'Europe/Warsaw',
};

describe('a deadline request given as text', () => {
	test('resolves to the plan, the severity, the opening instant and the closed dates', () => {
		const request = resolveRequest(options, { ...good, holidays: ' 2026-12-24, 2026-12-28 ,' });
		expect(isRequestProblem(request)).toBe(false);
		if (isRequestProblem(request)) return;
		expect(request.plan).toBe('acme/standard');
		expect(request.severity).toBe('P1');
		expect(request.opening.at.toString()).toBe('2026-11-27T16:30:00+01:00[Europe/Warsaw]');
		expect(request.opening.adjustment).toBeUndefined();
		expect(request.holidays).toEqual(['2026-12-24', '2026-12-28']);
	});

	test('a plan whose targets do not depend on the severity needs none', () => {
		const request = resolveRequest(options, { ...good, plan: 'acme/saas', severity: undefined });
		expect(isRequestProblem(request)).toBe(false);
	});

	test('a time inside the spring DST gap moves forward and says so', () => {
		const request = resolveRequest(options, { ...good, opened: '2026-03-29T02:30' });
		if (isRequestProblem(request)) throw new Error(request.problem);
		expect(request.opening.at.toString()).toBe('2026-03-29T03:30:00+02:00[Europe/Warsaw]');
		expect(request.opening.adjustment).toBe('skipped-forward');
	});

	test.each([
		[{ plan: undefined }, { problem: 'missing-plan', choices: ['acme/standard', 'acme/saas'] }],
		[
			{ plan: 'acme/gold' },
			{ problem: 'unknown-plan', value: 'acme/gold', choices: ['acme/standard', 'acme/saas'] },
		],
		[{ severity: undefined }, { problem: 'missing-severity', choices: ['P1', 'P2', 'P3'] }],
		[{ severity: 'P9' }, { problem: 'unknown-severity', value: 'P9', choices: ['P1', 'P2', 'P3'] }],
		[{ opened: '' }, { problem: 'missing-opened' }],
		[{ tz: undefined }, { problem: 'missing-zone' }],
		[{ tz: 'Mars/Base' }, { problem: 'invalid-zone', value: 'Mars/Base' }],
		[{ opened: '27.11.2026 16:30' }, { problem: 'invalid-time', value: '27.11.2026 16:30' }],
		[{ opened: '2026-02-30T10:00' }, { problem: 'invalid-time', value: '2026-02-30T10:00' }],
		[{ holidays: '2026-12-24,2026-13-01' }, { problem: 'invalid-holiday', value: '2026-13-01' }],
	])('%j is refused as %j', (change, problem) => {
		expect(resolveRequest(options, { ...good, ...change })).toEqual(problem);
	});

	test('the first problem in form order is the one reported', () => {
		expect(resolveRequest(options, { plan: 'acme/gold', tz: 'Mars/Base' })).toMatchObject({
			problem: 'unknown-plan',
		});
	});
});

describe('severity choices', () => {
	test('are the levels the targets use, in the vendor’s order of levels', () => {
		const target = (severity: string | undefined) => ({
			kind: 'first-response' as const,
			severity,
			within: { value: 1, unit: 'hours' as const },
			clock: 'covered' as const,
		});
		const [option] = sourcePlanOptions({
			id: 'acme',
			levelIds: ['P1', 'P2', 'P3', 'P4'],
			tiers: [
				{
					id: 'standard',
					coverage: { default: 'hours' },
					targets: [target('P3'), target('P1'), target(undefined), target('P3')],
				},
			],
		});
		expect(option!.severities).toEqual(['P1', 'P3']);
	});
});
