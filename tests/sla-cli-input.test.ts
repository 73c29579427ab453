/**
 * The command line given awkward input: one clear line each, the exit code set (not forced), and
 * nothing echoed that could act on the terminal.
 */
import { describe, expect, test } from 'vitest';
import { runSla } from '../scripts/sla-command.ts';
import { slaProcess } from './support/sla-process.ts';

// In-process, but for the last test, which runs the script through a pipe.
const sla = (...args: string[]) => runSla(args, 'tests/fixtures/full');

describe('npm run sla with awkward input', () => {
	test('a zone abbreviation names the zones it likely means', () => {
		const run = sla(
			'--plan',
			'orbit/basic',
			'--severity',
			'P1',
			'--opened',
			'2026-11-27T16:30',
			'--tz',
			'IST'
		);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(
			'“IST” is an abbreviation, not a time zone. Use an IANA time zone name instead, probably one of: Asia/Kolkata, Europe/Dublin, Asia/Jerusalem.\n'
		);
	}, 60_000);

	test('a severity for a plan whose targets do not depend on it is a sentence, not an empty list', () => {
		const run = runSla(
			[
				'--plan',
				'solo/standard',
				'--severity',
				'P1',
				'--opened',
				'2026-11-27T16:30',
				'--tz',
				'Europe/Warsaw',
			],
			'tests/fixtures/minimal'
		);
		expect(run.status).toBe(2);
		expect(run.stderr).toBe(
			'This plan’s targets do not depend on severity, so leave the severity out (you gave “P1”).\n'
		);
	}, 60_000);

	test('control characters in echoed input are escaped', () => {
		const run = sla('--plan', 'orbit/\u001b[2Jgold\u202e');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(
			/^Unknown plan “orbit\/\\u\{1b\}\[2Jgold\\u\{202e\}”\. Valid plans: orbit\/basic, orbit\/premium\.\n$/
		);
	}, 60_000);

	test('too many closed dates is one line', () => {
		const dates = Array.from({ length: 400 }, (_, i) =>
			new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10)
		).join(',');
		const run = sla(
			'--plan',
			'orbit/basic',
			'--severity',
			'P3',
			'--opened',
			'2026-12-30T10:00',
			'--tz',
			'Europe/Warsaw',
			'--holidays',
			dates
		);
		expect(run.status).toBe(2);
		expect(run.stderr).toBe(
			'Too many closed dates (400). Add at most 366: a year of dates is enough for any deadline.\n'
		);
	}, 60_000);

	test('long output through a pipe arrives whole, with exit code 0', () => {
		const run = slaProcess(
			[
				...['--plan', 'orbit/premium', '--severity', 'P1'],
				...['--opened', '2026-11-27T16:30', '--tz', 'Asia/Seoul', '--json'],
			],
			'tests/fixtures/full'
		);
		expect(run.status).toBe(0);
		const output = JSON.parse(run.stdout) as { targets: { kind: string }[] };
		expect(output.targets.map((t) => t.kind)).toEqual(['first-response', 'update', 'resolution']);
	}, 60_000);
});
