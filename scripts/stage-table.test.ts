import { describe, expect, test } from 'vitest';
import { formatSeconds, formatStageTable } from './stage-table.ts';

describe('the stage table npm test prints', () => {
	test('durations read as minutes and seconds, to a tenth', () => {
		expect(formatSeconds(0)).toBe('0:00.0');
		expect(formatSeconds(9.04)).toBe('0:09.0');
		expect(formatSeconds(59.96)).toBe('1:00.0');
		expect(formatSeconds(83.42)).toBe('1:23.4');
		expect(formatSeconds(725)).toBe('12:05.0');
	});

	test('lists each stage with its outcome and time, then the total', () => {
		expect(
			formatStageTable([
				{ name: 'lint', seconds: 21.5, ok: true },
				{ name: 'test:unit', seconds: 95.04, ok: true },
			])
		).toBe(
			[
				'stage      result    time',
				'lint       ok      0:21.5',
				'test:unit  ok      1:35.0',
				'---------  ------  ------',
				'total      ok      1:56.5',
			].join('\n')
		);
	});

	test('after a failure, names the failed stage and the ones left unrun', () => {
		expect(formatStageTable([{ name: 'lint', seconds: 3, ok: false }], ['build', 'test:e2e'])).toBe(
			[
				'stage     result     time',
				'lint      FAILED   0:03.0',
				'build     not run',
				'test:e2e  not run',
				'--------  -------  ------',
				'total     FAILED   0:03.0',
			].join('\n')
		);
	});

	test('marks stages that ran side by side, and totals the time the run took, not the sum', () => {
		const group = ['lint', 'check'];
		expect(
			formatStageTable(
				[
					{ name: 'lint', seconds: 30, ok: true, group },
					{ name: 'check', seconds: 28, ok: true, group },
					{ name: 'build', seconds: 12, ok: true },
				],
				[],
				43.2
			)
		).toBe(
			[
				'stage    result    time',
				'lint ∥   ok      0:30.0',
				'check ∥  ok      0:28.0',
				'build    ok      0:12.0',
				'-------  ------  ------',
				'total    ok      0:43.2',
			].join('\n')
		);
	});
});
