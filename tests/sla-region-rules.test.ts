/**
 * One holiday rule per calendar, on the command line (tests/fixtures/regions: one tier per rule): the
 * reader's region closes hours where the terms say so, is a what-if beside the reading where they
 * are silent, and changes nothing where the terms settle holidays themselves.
 */
import { describe, expect, test } from 'vitest';
import { runSla } from '../scripts/sla-command.ts';

const sla = (...args: string[]) => runSla(args, 'tests/fixtures/regions');
const json = (...args: string[]) => {
	const run = sla(...args, '--json');
	expect(run.stderr).toBe('');
	return JSON.parse(run.stdout) as {
		regionNote: string | null;
		targets: {
			due: string;
			regionRule: string;
			dueWithoutRegion: string | null;
			holidaysApplied: { date: string; name: string | null }[];
			trace: string[];
		}[];
	};
};

describe('the reader’s region, by the calendar’s rule', () => {
	test('Taiwan: 2026-10-09 (National Day, day off in lieu) closes customer-region hours, named in zh-TW', () => {
		const run = json(
			...['--plan', 'harbor/local', '--opened', '2026-10-08T15:00', '--tz', 'Asia/Taipei'],
			...['--region', 'TW', '--locale', 'zh-TW']
		);
		const [first] = run.targets;
		expect(first!.regionRule).toBe('applies');
		expect(first!.due).toBe('2026-10-12T15:00:00+08:00[Asia/Taipei]');
		expect(first!.holidaysApplied).toEqual([
			expect.objectContaining({ date: '2026-10-09', name: '國慶日補假' }),
		]);
		expect(first!.trace.join('\n')).toContain('2026年10月9日（週五，國慶日補假）');
		expect(run.regionNote).toContain('已扣除台灣的國定假日');
	}, 30_000);

	test('Korea: 2026-02-18, the last day of 설날, closes customer-region hours, named in Korean', () => {
		const run = json(
			...['--plan', 'harbor/local', '--opened', '2026-02-13T15:00', '--tz', 'Asia/Seoul'],
			...['--region', 'KR', '--locale', 'ko']
		);
		const [first] = run.targets;
		// Fri 15:00–17:00, then 설날 Mon 16 – Wed 18 February: the business day ends Thu 19 at 15:00.
		expect(first!.due).toBe('2026-02-19T15:00:00+09:00[Asia/Seoul]');
		expect(first!.holidaysApplied.map((d) => d.date)).toEqual([
			'2026-02-16',
			'2026-02-17',
			'2026-02-18',
		]);
		expect(first!.trace.join('\n')).toContain('2026년 2월 18일 (수, 설날)');
		expect(first!.trace.join('\n')).toContain('설날 전날');
	}, 30_000);

	test('silent terms: the region is a what-if, and the reading without it is given beside it', () => {
		const run = json(
			...['--plan', 'harbor/silent', '--opened', '2026-10-08T15:00', '--tz', 'Asia/Taipei'],
			...['--region', 'TW']
		);
		const [first] = run.targets;
		expect(first!.regionRule).toBe('what-if');
		expect(first!.due).toBe('2026-10-12T15:00:00+08:00[Asia/Taipei]');
		expect(first!.dueWithoutRegion).toBe('2026-10-09T15:00:00+08:00[Asia/Taipei]');
		expect(run.regionNote).toMatch(/^What if the public holidays of Taiwan are observed/);
		const text = sla(
			...['--plan', 'harbor/silent', '--opened', '2026-10-08T15:00', '--tz', 'Asia/Taipei'],
			...['--region', 'TW']
		).stdout;
		expect(text).toContain(
			'  Without those public holidays, as Plan Atlas reads the terms: due Fri, Oct 9, 2026, 15:00 GMT+8.\n'
		);
	}, 30_000);

	test('terms that settle holidays themselves: the region changes nothing, and the result says so', () => {
		for (const plan of ['harbor/office', 'harbor/worked']) {
			const args = ['--plan', plan, '--opened', '2026-10-08T15:00', '--tz', 'Asia/Taipei'];
			const withRegion = json(...args, '--region', 'TW');
			const without = json(...args);
			expect(withRegion.targets[0]!.regionRule, plan).toBe('no');
			expect(withRegion.targets[0]!.due, plan).toBe(without.targets[0]!.due);
			expect(withRegion.targets[0]!.dueWithoutRegion, plan).toBeNull();
			expect(withRegion.regionNote, plan).toMatch(/^Public holidays of Taiwan do not change/);
			expect(without.regionNote, plan).toBeNull();
		}
	}, 30_000);

	test('terms that name the customer’s region, with none chosen: the result says none were counted', () => {
		const run = json(
			...['--plan', 'harbor/local', '--opened', '2026-10-08T15:00', '--tz', 'Asia/Taipei']
		);
		expect(run.targets[0]!.due).toBe('2026-10-09T15:00:00+08:00[Asia/Taipei]');
		expect(run.regionNote).toMatch(/no region was chosen, so no public holidays are counted/);
	}, 30_000);

	test('United Kingdom by part: Scotland’s 2 January closes, England and Wales’s does not', () => {
		const args = [
			'--plan',
			'harbor/local',
			'--opened',
			'2026-01-01T12:00',
			'--tz',
			'Europe/London',
		];
		expect(json(...args, '--region', 'GB-SCT').targets[0]!.due).toBe(
			'2026-01-05T17:00:00+00:00[Europe/London]'
		);
		expect(json(...args, '--region', 'gb-eaw').targets[0]!.due).toBe(
			'2026-01-02T17:00:00+00:00[Europe/London]'
		);
		const note = json(...args, '--region', 'GB-SCT', '--locale', 'pl').regionNote;
		expect(note).toContain('Szkocja');
	}, 30_000);
});
