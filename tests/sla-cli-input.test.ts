/**
 * The command line given awkward input: one clear line each, the exit code set (not forced), and
 * nothing echoed that could act on the terminal.
 */
import { spawn } from 'node:child_process';
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

	test('a repeated flag is an error, not the last one winning', () => {
		const run = sla(
			...['--plan', 'orbit/basic', '--severity', 'P1', '--opened', '2026-11-27T16:30'],
			...['--tz', 'Europe/Warsaw', '--tz', 'Asia/Seoul']
		);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/^--tz is given more than once; give each flag once\. Usage: /);
	}, 60_000);

	test('--opened takes minutes only: seconds, :60 among them, are refused', () => {
		for (const opened of ['2026-11-27T16:30:00', '2026-11-27T16:30:60', '2026-11-27T16:30:59.5']) {
			const run = sla(
				'--plan',
				'orbit/basic',
				'--severity',
				'P1',
				'--opened',
				opened,
				'--tz',
				'UTC'
			);
			expect(run.status, opened).toBe(2);
			expect(run.stderr).toBe(
				`“${opened}” is not a valid date and time. Write it as YYYY-MM-DDTHH:mm, for example 2026-11-27T16:30.\n`
			);
		}
	}, 60_000);

	test("dates follow the catalogue's rule: years 0001 to 9999, in --opened and --holidays alike", () => {
		const at = (opened: string, holidays?: string) =>
			sla(
				...['--plan', 'orbit/basic', '--severity', 'P1', '--opened', opened, '--tz', 'UTC'],
				...(holidays ? ['--holidays', holidays] : []),
				'--json'
			);
		const early = at('0050-03-04T10:00', '0050-03-05');
		expect(early.status).toBe(0);
		const output = JSON.parse(early.stdout) as { opened: string; holidays: string[] };
		expect(output.opened).toBe('0050-03-04T10:00:00+00:00[UTC]');
		expect(output.holidays).toEqual(['0050-03-05']);
		expect(at('0000-03-04T10:00').status).toBe(2);
		expect(at('2026-03-04T10:00', '0000-12-25').stderr).toBe(
			'“0000-12-25” is not a valid date. Write closed dates as YYYY-MM-DD, separated by commas.\n'
		);
	}, 60_000);

	test('a fixed-offset legacy zone is counted as given, with a warning naming the city zones', () => {
		const run = sla(
			...['--plan', 'orbit/basic', '--severity', 'P1', '--opened', '2026-07-01T10:00'],
			...['--tz', 'EST', '--json']
		);
		expect(run.status).toBe(0);
		expect((JSON.parse(run.stdout) as { timeZone: string }).timeZone).toBe('EST');
		expect(run.stderr).toBe(
			"Warning: EST is a fixed offset, UTC−05:00 all year, without summer time; for local time use a city's zone, such as America/New_York or America/Toronto.\n"
		);
		// A city's zone, or a fixed offset named as one, gets no warning.
		for (const tz of ['America/New_York', 'Etc/GMT+5', 'UTC'])
			expect(
				sla('--plan', 'orbit/basic', '--severity', 'P1', '--opened', '2026-07-01T10:00', '--tz', tz)
					.stderr,
				tz
			).toBe('');
	}, 60_000);

	test('a pipe its reader closes early (| head -1) ends quietly, with exit code 0', async () => {
		// Through npm, as a reader types it; `set -o pipefail` gives the command's own exit code. The
		// reader closes its end before the command writes, so the write surely meets a closed pipe.
		const command =
			'set -o pipefail; npm run --silent sla -- --plan orbit/premium --severity P1 --opened 2026-11-27T16:30 --tz Asia/Seoul --json | (exec 0<&-; sleep 0); echo "status $?" >&2';
		const result = await new Promise<{ stderr: string }>((resolve, reject) => {
			const child = spawn('bash', ['-c', command], {
				env: { ...process.env, PLAN_ATLAS_CATALOGUE: 'tests/fixtures/full' },
			});
			let stderr = '';
			child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
			child.on('error', reject);
			child.on('close', () => resolve({ stderr }));
		});
		expect(result.stderr).toBe('status 0\n');
	}, 120_000);
});
