import { describe, expect, test } from 'vitest';
import { runSla } from '../scripts/sla-command.ts';
import { catalogueDir } from '../src/node/catalogue-files.ts';

// In-process: tests/sla-cli.test.ts runs the script itself.
const sla = (...args: string[]) => runSla(args, catalogueDir({}));

describe('npm run sla --region', () => {
	test('Poland closes 11 November: Amanda Standard P2 opened Tuesday 15:00 is due Thursday 09:00', () => {
		const run = sla(
			...['--plan', 'amanda/standard', '--severity', 'P2', '--opened', '2026-11-10T15:00'],
			...['--tz', 'Europe/Warsaw', '--region', 'PL', '--json']
		);
		expect(run.status).toBe(0);
		const output = JSON.parse(run.stdout);
		expect(output.region).toEqual({
			id: 'PL',
			source: expect.stringMatching(/^date-holidays /),
			years: [expect.any(Number), expect.any(Number)],
		});
		const [first] = output.targets;
		expect(first.due).toBe('2026-11-12T09:00:00+01:00[Europe/Warsaw]');
		expect(first.holidaysApplied).toEqual([
			{ date: '2026-11-11', name: 'Independence Day', origin: 'region', region: 'PL' },
		]);
		expect(first.trace).toContain(
			'Closed until Thu, Nov 12, 08:00: holiday on Wed, Nov 11, 2026 (Independence Day).'
		);
	}, 60_000);
	test('China counts the make-up Saturday 10 October 2026 on PTC SaaS standard', () => {
		const run = sla(
			...['--plan', 'ptc/saas-standard', '--opened', '2026-10-09T16:00', '--tz', 'Asia/Shanghai'],
			...['--region', 'cn', '--json', '--locale', 'zh-CN']
		);
		expect(run.status).toBe(0);
		const [reply] = JSON.parse(run.stdout).targets;
		expect(reply.workingDatesApplied).toEqual([
			{ date: '2026-10-10', name: '国庆节调休上班', origin: 'region', region: 'CN' },
		]);
		expect(reply.due).toBe('2026-10-12T16:00:00+08:00[Asia/Shanghai]');
		// PTC's terms do not list its holidays: the region is a what-if beside the reading without it.
		expect(reply.regionRule).toBe('what-if');
		// Without China's calendar, Saturday 10 October is no working day.
		expect(reply.dueWithoutRegion).toBe('2026-10-13T16:00:00+08:00[Asia/Shanghai]');
	}, 60_000);
	test('an unknown region is one line listing the valid ones, exit 2', () => {
		const run = sla(
			...['--plan', 'amanda/standard', '--severity', 'P2', '--opened', '2026-11-10T15:00'],
			...['--tz', 'Europe/Warsaw', '--region', 'XX']
		);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(
			'Unknown region “XX”. Valid regions: CN, GB-EAW, GB-NIR, GB-SCT, JP, KR, PL, SG, TW, US.\n'
		);
	}, 60_000);
	test('the Warsaw example lists the counted spans and the weekend between them', () => {
		const run = sla(
			...['--plan', 'amanda/standard', '--severity', 'P1', '--opened', '2026-11-27T16:30'],
			...['--tz', 'Europe/Warsaw']
		);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(
			'  - Fri, Nov 27, 16:30\u2009–\u200917:00: counted (30 minutes).\n'
		);
		expect(run.stdout).toContain('  - Closed until Mon, Nov 30, 08:00: weekend.\n');
		expect(run.stdout).toContain(
			'  - Mon, Nov 30, 08:00\u2009–\u200908:30: counted (30 minutes).\n'
		);
	}, 60_000);
});
