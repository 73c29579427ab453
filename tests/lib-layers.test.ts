/**
 * The import rule that keeps src/lib layered (eslint/lib-layers.js), run through the project's own
 * ESLint config on code that imports upwards, sideways and downwards.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

async function layerProblems(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? [])
		.filter((m) => m.ruleId === 'atlas/lib-layers')
		.map((m) => m.message);
}

describe('src/lib layers', () => {
	test('the base layer may not import the catalogue', async () => {
		const problems = await layerProblems(
			'src/lib/time/example.ts',
			"import type { Vendor } from '#lib/catalogue/schema.ts';\nexport type V = Vendor;\n"
		);
		expect(problems).toEqual([
			'time (rank 1) may not import catalogue (rank 2): src/lib imports only downwards (see eslint.config.js).',
		]);
	}, 60_000);

	test('two folders of one rank may not import each other, relative paths included', async () => {
		const problems = await layerProblems(
			'src/lib/sla/example.ts',
			"export { formatDuration } from '../i18n/format.ts';\n"
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('sla (rank 3) may not import i18n (rank 3)');
	}, 60_000);

	test('downward and same-folder imports pass, and a new folder must be given a rank', async () => {
		expect(
			await layerProblems(
				'src/lib/views/example.ts',
				"import { weekdays } from '#lib/time/weekdays.ts';\nimport { x } from './parts/markers.ts';\nexport const y = [weekdays, x];\n"
			)
		).toEqual([]);
		expect(
			await layerProblems(
				'src/lib/newfolder/example.ts',
				"import { weekdays } from '#lib/time/weekdays.ts';\nexport const y = weekdays;\n"
			)
		).toEqual(['newfolder has no rank in the lib-layers rule of eslint.config.js: give it one.']);
	}, 60_000);
});
