/**
 * `npm run i18n:report` (a stage of `npm test`) checks the real texts against the real glossaries and
 * exits 1, listing each text, when anything breaks a locale's rules. The untidy fixture vendor
 * breaks the rules every glossary shares (a space between number and unit where zh-CN writes none,
 * brackets inside brackets); the rules themselves are unit-tested in src/lib/translation-report/report.test.ts.
 * Texts not yet translated are its translation status, listed without failing.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe('npm run i18n:report', () => {
	test('exits 1 and names each text that breaks a rule', () => {
		const run = spawnSync('npm', ['run', '--silent', 'i18n:report'], {
			encoding: 'utf8',
			env: { ...process.env, PLAN_ATLAS_CATALOGUE: 'tests/fixtures/i18n/untidy' },
		});
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/^ {2}spacing +untidy: tiers\[0\]\.summary: "48 小时"/m);
		expect(run.stdout).toMatch(/^ {2}brackets +untidy: summary: brackets inside brackets$/m);
		expect(run.stderr).toContain('The translation report lists texts to look at');
	}, 60_000);

	test('exits 0 for texts not yet translated, listing them as the translation status', () => {
		// The end-to-end fixture: four vendors in every locale, Lantern in English only.
		const run = spawnSync('npm', ['run', '--silent', 'i18n:report'], {
			encoding: 'utf8',
			env: { ...process.env, PLAN_ATLAS_CATALOGUE: 'tests/fixtures/e2e' },
		});
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		for (const tag of ['zh-CN', 'zh-TW', 'ko', 'pl'])
			expect(run.stdout).toMatch(
				new RegExp(`^${tag}: nothing to translate; 8 catalogue texts not yet translated`, 'm')
			);
		expect(run.stdout).toMatch(/^ {2}missing +lantern \(8\): summary, calendars\[0\]\.name, /m);
	}, 60_000);
});
