import { describe, expect, test } from 'vitest';
import { runSla } from '../scripts/sla-command.ts';

// The command line on fixture vendor ledger (tests/fixtures/versions): Standard's P1 first response
// was 4 hours from 15 January 2024, 2 hours from September 2025, 1 hour from 1 March 2026.
const sla = (...args: string[]) =>
	runSla(
		['--plan', 'ledger/standard', '--severity', 'P1', '--tz', 'Europe/Warsaw', ...args],
		'tests/fixtures/versions'
	);
const json = (...args: string[]) => {
	const run = sla(...args, '--json');
	expect(run.status, run.stderr).toBe(0);
	return JSON.parse(run.stdout);
};

describe('npm run sla reads the terms in effect when the ticket was opened', () => {
	test('a ticket opened before a change gets the old target, one opened after it the new one', () => {
		expect(json('--opened', '2025-10-06T10:00')).toMatchObject({
			terms: { effective: '2025-09', current: false, asOf: '2025-10-06' },
			targets: [{ due: '2025-10-06T12:00:00+02:00[Europe/Warsaw]' }],
		});
		expect(json('--opened', '2026-03-02T10:00')).toMatchObject({
			terms: { effective: '2026-03-01', current: true },
			targets: [{ due: '2026-03-02T11:00:00+01:00[Europe/Warsaw]' }],
		});
	});

	test('--as-of overrides the day the terms are read on', () => {
		expect(json('--opened', '2025-10-06T10:00', '--as-of', '2026-12-01')).toMatchObject({
			terms: { effective: '2026-03-01', current: true, asOf: '2026-12-01' },
			targets: [{ due: '2025-10-06T11:00:00+02:00[Europe/Warsaw]' }],
		});
	});

	test('a change between opening and a deadline is named; the deadline keeps the old terms', () => {
		const run = sla('--opened', '2026-02-27T16:30');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(
			'Terms: in effect from September 2025 until Mar 1, 2026, since replaced'
		);
		expect(run.stdout).toContain('Due: Mon, Mar 2, 2026, 10:30 GMT+1');
		expect(run.stdout).toContain(
			'The terms change on Mar 1, 2026, before this deadline; the deadline follows the terms in effect when the ticket was opened.'
		);
		expect(json('--opened', '2026-02-27T16:30').targets[0].termsChangeBefore).toEqual([
			'2026-03-01',
		]);
	});

	test('a plan the terms of the day did not have, and a bad --as-of, are one line each', () => {
		const premium = runSla(
			[
				'--plan',
				'ledger/premium',
				'--severity',
				'P1',
				'--tz',
				'Europe/Warsaw',
				'--opened',
				'2024-05-06T10:00',
			],
			'tests/fixtures/versions'
		);
		expect(premium.status).toBe(2);
		expect(premium.stderr).toBe(
			'“ledger/premium” was not offered under the terms in effect on May 6, 2024.\n'
		);
		const bad = sla('--opened', '2026-03-02T10:00', '--as-of', '2026-02-30');
		expect(bad.status).toBe(2);
		expect(bad.stderr).toBe(
			'“2026-02-30” is not a valid date to read the terms on. Write it as YYYY-MM-DD.\n'
		);
	});
});
