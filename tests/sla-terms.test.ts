import { describe, expect, test } from 'vitest';
import { runSla } from '../scripts/sla-command.ts';

// The command line on fixture vendor keystone (tests/fixtures/terms): what selects a target is asked
// for, taken as flags, and named in the answer.
const CATALOGUE = 'tests/fixtures/terms';
const base = ['--opened', '2026-12-04T16:30', '--tz', 'Europe/Warsaw'];
const sla = (...args: string[]) => runSla([...args, ...base], CATALOGUE);

describe('npm run sla with what selects a target', () => {
	test('a level the tier offers without a target is answered, not refused', () => {
		const run = sla('--plan', 'keystone/enterprise', '--severity', 'P4');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('This plan publishes no deadlines for this choice.');
	});

	test('a level the tier does not offer is one line naming its levels', () => {
		const run = sla('--plan', 'keystone/enterprise', '--severity', 'P9');
		expect(run.status).toBe(2);
		expect(run.stderr).toBe(
			'Unknown priority “P9”. Valid priorities for this plan: P1, P2, P3, P4.\n'
		);
	});

	test('a choice made at submission is asked for, then taken and named', () => {
		const asked = sla('--plan', 'keystone/premium', '--severity', 'P2');
		expect(asked.status).toBe(2);
		expect(asked.stderr).toBe(
			'The answer depends on “hours”: choose one of round-the-clock, business.\n'
		);
		const taken = sla(
			'--plan',
			'keystone/premium',
			'--severity',
			'P2',
			'--attribute',
			'hours=round-the-clock',
			'--attribute',
			'language=en'
		);
		expect(taken.status).toBe(0);
		expect(taken.stdout).toContain('Hours chosen at submission: Round the clock');
		expect(taken.stdout).toContain(
			'Applies to tickets with Hours chosen at submission: Round the clock'
		);
		expect(taken.stdout).toContain('Due: Fri, Dec 4, 2026, 20:30 GMT+1');
	});

	test('attributes left out take their default, said so', () => {
		const run = sla('--plan', 'keystone/enterprise', '--severity', 'P1');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('Deployment: Cloud (not given: the value these terms assume)');
	});

	test('bad attributes, add-ons, request types and clock-start times are one line each, exit 2', () => {
		const cases: [string[], string][] = [
			[
				['--plan', 'keystone/enterprise', '--severity', 'P1', '--attribute', 'edition=server'],
				'This vendor’s terms do not depend on “edition”. They depend on: deployment, language, hours.',
			],
			[
				['--plan', 'keystone/enterprise', '--severity', 'P1', '--attribute', 'deployment=edge'],
				'“edge” is not a value of “deployment”. Valid values: cloud, server.',
			],
			[
				['--plan', 'keystone/enterprise', '--severity', 'P1', '--add-on', 'rapid'],
				'Unknown add-on “rapid”. Add-ons for this plan: guard.',
			],
			[
				['--plan', 'keystone/enterprise', '--request-type', 'billing'],
				'Unknown request type “billing”. Valid request types for this plan: licensing.',
			],
			[
				['--plan', 'keystone/enterprise', '--severity', 'P1', '--request-type', 'licensing'],
				'A request type (“licensing”) has reply times of its own: give it or a severity, not both.',
			],
			[
				['--plan', 'keystone/premium', '--severity', 'P1', '--started', '2026-12-04T16:00'],
				'The clock cannot start (“2026-12-04T16:00”) before the ticket was opened.',
			],
		];
		for (const [args, message] of cases) {
			const run = sla(...args);
			expect(run.status, args.join(' ')).toBe(2);
			expect(run.stderr).toBe(`${message}\n`);
		}
		const malformed = sla(
			'--plan',
			'keystone/enterprise',
			'--severity',
			'P1',
			'--attribute',
			'hours'
		);
		expect(malformed.status).toBe(2);
		expect(malformed.stderr).toMatch(/^--attribute "hours" is not written <name>=<value>/);
	});

	test('--json says which rule applied, where each target comes from and when its clock started', () => {
		const run = sla(
			'--plan',
			'keystone/basic',
			'--add-on',
			'guard',
			'--severity',
			'P1',
			'--started',
			'2026-12-04T16:40',
			'--json'
		);
		expect(run.status).toBe(0);
		const output = JSON.parse(run.stdout);
		expect(output).toMatchObject({
			addOns: ['guard'],
			levelsOffered: ['P1', 'P2', 'P3', 'P4'],
			started: '2026-12-04T16:40:00+01:00[Europe/Warsaw]',
		});
		expect(output.duties).toEqual([
			'Your part: Stay reachable around the clock. If you cannot, the ticket is handled as P2.',
		]);
		expect(output.targets).toEqual([
			expect.objectContaining({
				kind: 'first-response',
				due: '2026-12-04T17:10:00+01:00[Europe/Warsaw]',
				origin: { from: 'add-on', id: 'guard' },
				startEvent: { event: 'severity-assigned', stated: true, given: true },
				commitment: 'guaranteed',
				bound: 'less-than',
			}),
		]);
	});
});
