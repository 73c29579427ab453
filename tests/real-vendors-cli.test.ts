import { describe, expect, test } from 'vitest';
import { runSla } from '../scripts/sla-command.ts';

// The command line on the real vendors' fixtures (tests/fixtures/real), written from their published
// pages: GitHub Enterprise Support offers Urgent without a target of its own; Microsoft Azure
// Standard's Severity B runs around the clock or in business hours, as chosen when submitting.
const sla = (...args: string[]) =>
	runSla([...args, '--opened', '2026-12-04T16:30', '--tz', 'Europe/Warsaw'], 'tests/fixtures/real');

describe('npm run sla on real vendors’ terms', () => {
	test('GitHub: a level offered without a published target is answered', () => {
		const run = sla('--plan', 'github/enterprise', '--severity', 'Urgent');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('This plan publishes no deadlines for this choice.');
	});

	test('GitHub Premium: the clock starts when GitHub sets the priority, given with --started', () => {
		const run = sla(
			'--plan',
			'github/premium',
			'--severity',
			'Urgent',
			'--started',
			'2026-12-04T16:42'
		);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('First response (Urgent): 30 minutes (guaranteed)');
		expect(run.stdout).toContain('Due: Fri, Dec 4, 2026, 17:12 GMT+1');
	});

	test('Azure Developer offers no technical support levels: a severity is one line saying so', () => {
		const run = sla('--plan', 'azure/developer', '--severity', 'A');
		expect(run.status).toBe(2);
		expect(run.stderr).toBe(
			'This plan offers no technical support with severity levels, so it has no deadlines (you gave “A”).\n'
		);
	});

	test('Azure: Severity B asks for the choice made at submission, then takes it', () => {
		const asked = sla('--plan', 'azure/standard', '--severity', 'B');
		expect(asked.status).toBe(2);
		expect(asked.stderr).toBe(
			'The answer depends on “b-hours”: choose one of around-the-clock, business-hours.\n'
		);
		const taken = sla(
			'--plan',
			'azure/standard',
			'--severity',
			'B',
			'--attribute',
			'b-hours=around-the-clock'
		);
		expect(taken.status).toBe(0);
		expect(taken.stdout).toContain('Due: Fri, Dec 4, 2026, 20:30 GMT+1');
	});
});
