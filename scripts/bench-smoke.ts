/**
 * Every benchmark at a tiny size, so that `npm test` notices when one breaks: each runs through its
 * npm script on the built site (dist/), must exit 0 and must print its figures. No time is asserted:
 * the figures are only checked to be there. Prints one line per benchmark and "N passed, N failed".
 * Usage: node scripts/bench-smoke.ts (after `npm run build`; bench:lighthouse needs Chromium).
 */
import { spawnSync } from 'node:child_process';

interface Smoke {
	script: string;
	args: string[];
	/** What its output must show: the figures it exists to print. */
	prints: RegExp[];
	/** Seconds it may take on a busy 2-core machine before it counts as broken. */
	timeout: number;
}

const smokes: Smoke[] = [
	{
		script: 'bench:engine',
		args: ['--seconds', '0.05'],
		prints: [/^business-hours +4 hours +[\d,]+ +[\d.]+$/m, /^always +15 minutes +[\d,]+/m],
		timeout: 120,
	},
	{
		script: 'bench:engine-vs-library',
		args: ['--seconds', '0.05', '--rounds', '2'],
		prints: [
			/ratio \(ours \/ library\), per round: +\d+\.\d\dx \(\d+\.\d\d–\d+\.\d\dx, 2 runs\)/,
			/agreement: (\d+) of \1 deadlines identical/,
		],
		timeout: 180,
	},
	{
		script: 'bench:validate',
		args: ['--megabytes', '0.05'],
		prints: [
			/HTML table +\d+\.\d\d s .*valid\)/,
			/handler at the end +\d+\.\d\d s .*1 error/,
			/^ +3,000 holiday dates +\d+\.\d\d s .*valid\)/m,
			/^ +3,000 dates, one repeated +\d+\.\d\d s .*1 error/m,
			/^ +40 FAQ entries +\d+\.\d\d s .*valid\)/m,
		],
		timeout: 120,
	},
	{
		script: 'bench:size',
		args: [],
		prints: [/without polyfill: +[\d.]+ KB raw, [\d.]+ KB gzipped/, /^ {4}KR +KR\..*KB gzipped$/m],
		timeout: 120,
	},
	{
		script: 'bench:weight',
		args: ['--locale', 'ko'],
		prints: [/^calculator +\/ko\/calculator\/ +[\d.]+ \/ [\d.]+/m],
		timeout: 120,
	},
	{
		script: 'bench:build',
		args: ['--vendors', '5', '--rounds', '1'],
		prints: [/^Plan Atlas +5 +\d+ +[\d.]+ /m, /^plain MDX +5 +\d+ +[\d.]+ .* 1\.00x$/m],
		timeout: 600,
	},
	{
		script: 'bench:lighthouse',
		args: ['--locales', 'en', '--runs', '1', '--pages', 'home', '--port', '4533'],
		prints: [/^home +\/ +\d+ +\d+ +\d+ +\d+ +\d+ +[\d.]+ s +\d+ ms +[\d.]+$/m],
		timeout: 300,
	},
];

let passed = 0;
let failed = 0;
for (const smoke of smokes) {
	const started = performance.now();
	const run = spawnSync('npm', ['run', '--silent', smoke.script, '--', ...smoke.args], {
		encoding: 'utf8',
		timeout: smoke.timeout * 1000,
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const missing = smoke.prints.filter((pattern) => !pattern.test(run.stdout));
	const problem =
		run.error?.message ??
		(run.status !== 0
			? `exit ${run.status ?? run.signal}`
			: missing.length
				? `its output lacks ${missing.map(String).join(', ')}`
				: undefined);
	if (problem) {
		failed += 1;
		console.log(`✗ ${smoke.script} ${smoke.args.join(' ')} (${seconds} s): ${problem}`);
		console.log(`${run.stdout}${run.stderr}`.trimEnd().split('\n').slice(-30).join('\n'));
	} else {
		passed += 1;
		console.log(`✓ ${smoke.script} ${smoke.args.join(' ')} (${seconds} s)`);
	}
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
