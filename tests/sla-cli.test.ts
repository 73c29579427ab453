import { describe, expect, test } from 'vitest';
import { runSla } from '../scripts/sla-command.ts';
import { catalogueDir } from '../src/node/catalogue-files.ts';
import { slaProcess } from './support/sla-process.ts';

// The command runs in-process (what it prints and its exit code, as scripts/sla.ts hands them to the
// process); the last test runs the script itself, for what reaches stdout, stderr and the exit code.
const sla = (...args: string[]) => runSla(args, catalogueDir({}));

/** Amanda Standard P1 opened Friday 16:30 in Warsaw, as JSON. */
const warsawExample = [
	...['--plan', 'amanda/standard', '--severity', 'P1'],
	...['--opened', '2026-11-27T16:30', '--tz', 'Europe/Warsaw', '--json'],
];

describe('npm run sla', () => {
	test('--json gives every target with an RFC 9557 due time', () => {
		const run = sla(...warsawExample);
		expect(run.status).toBe(0);
		const output = JSON.parse(run.stdout);
		expect(output.targets).toEqual([
			expect.objectContaining({
				kind: 'first-response',
				severity: 'P1',
				due: '2026-11-30T08:30:00+01:00[Europe/Warsaw]',
				countedMinutes: 60,
			}),
		]);
	}, 60_000);
	test('readable output in the chosen locale', () => {
		const run = sla(
			'--plan',
			'wati/pro',
			'--severity',
			'P2',
			'--opened',
			'2026-11-27T10:00',
			'--tz',
			'Asia/Taipei',
			'--locale',
			'zh-TW'
		);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('首次回應（P2）：2 小時');
		expect(run.stdout).toContain('2026年11月30日（週一）10:00');
	}, 60_000);
	test('Chinese output lists choices with 、 and update times with a full-width semicolon', () => {
		const wrong = sla(
			'--plan',
			'amanda/standard',
			'--severity',
			'P9',
			'--opened',
			'2026-11-27T16:30',
			'--tz',
			'Europe/Warsaw',
			'--locale',
			'zh-CN'
		);
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toContain('P1、P2、P3、P4');
		const updates = sla(
			'--plan',
			'tableau/standard',
			'--severity',
			'P2',
			'--opened',
			'2026-12-23T10:00',
			'--tz',
			'Europe/Berlin',
			'--locale',
			'zh-TW'
		);
		expect(updates.status).toBe(0);
		expect(updates.stdout).toMatch(/後續進度更新時間：[^\n;]+（GMT\+1）；2027年/u);
	}, 60_000);
	test('holidays are taken into account', () => {
		const run = sla(
			'--plan',
			'ptc/saas-standard',
			'--opened',
			'2026-12-23T10:00',
			'--tz',
			'Europe/Berlin',
			'--holidays',
			'2026-12-28',
			'--json'
		);
		expect(JSON.parse(run.stdout).targets[0]).toMatchObject({
			kind: 'inquiry-response',
			due: '2026-12-30T10:00:00+01:00[Europe/Berlin]',
			closedDates: ['2026-12-24', '2026-12-25', '2026-12-28'],
		});
	}, 60_000);
	// Each kind of bad request is checked in-process (src/lib/sla/request.test.ts); these three show the
	// command line's side: a request problem in words, an unknown locale and an unknown option, each one
	// line on stderr with exit code 2.
	test.each([
		[
			['--plan', 'amanda/gold', '--opened', '2026-11-27T16:30', '--tz', 'Europe/Warsaw'],
			/^Unknown plan “amanda\/gold”\. Valid plans: amanda\/standard, amanda\/premium, ptc\/tsam, .*wati\/pro\.$/,
		],
		[
			['--plan', 'amanda/standard', '--locale', 'fr'],
			/^Unknown locale "fr"\. Valid locales: en, zh-CN, zh-TW, ko, pl\.$/,
		],
		[['--plan', 'amanda/standard', '--bogus'], /^Unknown option '--bogus'/],
	])(
		'bad input %j is one line naming it, exit code 2',
		(args, message) => {
			const run = sla(...args);
			expect(run.status).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
			expect(run.stderr.trim()).toMatch(message);
		},
		60_000
	);
	test('the script prints the result on stdout with exit code 0, and a usage mistake on stderr with exit code 2', () => {
		const ok = slaProcess(warsawExample);
		expect(ok.status).toBe(0);
		expect(ok.stderr).toBe('');
		expect(JSON.parse(ok.stdout).targets[0].due).toBe('2026-11-30T08:30:00+01:00[Europe/Warsaw]');
		const bad = slaProcess(['--plan', 'amanda/standard', '--bogus']);
		expect(bad.status).toBe(2);
		expect(bad.stdout).toBe('');
		expect(bad.stderr).toMatch(/^Unknown option '--bogus'.*\n$/);
	}, 60_000);
});
