/**
 * Lighthouse audits of one page of each kind (bench/audited-pages.ts) in two locales, with
 * Lighthouse's default mobile preset (emulated phone, simulated slow 4G and 4x CPU slowdown), in
 * Debian's Chromium (PLAN_ATLAS_CHROMIUM or /usr/bin/chromium, headless, with the end-to-end tests'
 * flags). The build is served by scripts/serve-dist.ts. Prints the four category scores, LCP, TBT and
 * CLS, and for any category under its goal (100) the audits that cost points.
 * Each page is audited `--runs` times (3 by default) and the run with the median performance score
 * is shown: on a shared 2-core machine one run's blocking time can be several times another's.
 * Prints figures; asserts nothing. About 10 s a page and run.
 *
 * Usage: npm run bench:lighthouse [-- <dist folder>] [-- --locales en,zh-CN] [-- --port 4433]
 *        [-- --runs 3] [-- --pages home,calculator] (page kinds, as in the first column; default all)
 */
import { parseArgs } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { findLocale } from '#lib/locales.ts';
import { auditedPages } from './audited-pages.ts';

const { values: options, positionals } = parseArgs({
	options: {
		port: { type: 'string', default: '4433' },
		locales: { type: 'string', default: 'en,zh-CN' },
		runs: { type: 'string', default: '3' },
		pages: { type: 'string' },
	},
	allowPositionals: true,
});
/** The kinds of page to audit (bench/audited-pages.ts), or every kind. */
const kinds = options.pages?.split(',');
const dist = positionals[0] ?? 'dist';
const port = Number(options.port);
const runs = Math.max(1, Number(options.runs) || 1);
const debugPort = port + 1000;
const tags = options.locales.split(',').map((t) => {
	const locale = findLocale(t);
	if (!locale) throw new Error(`Unknown locale "${t}"`);
	return locale.tag;
});
const goals = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

/** Starts a process and waits until its output contains `ready`. */
function start(command: string, argv: string[], ready: RegExp): Promise<ChildProcess> {
	return new Promise((resolve, reject) => {
		// A group of its own, so that stopping it stops its helper processes too (Chromium's).
		const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		let output = '';
		const check = (d: Buffer) => {
			output += d;
			if (ready.test(output)) resolve(child);
		};
		child.stdout!.on('data', check);
		child.stderr!.on('data', check);
		child.on('exit', (code) => reject(new Error(`${command} exited (${code}):\n${output}`)));
		child.on('error', reject);
	});
}

const profile = mkdtempSync(join(tmpdir(), 'plan-atlas-lighthouse-'));
const server = await start(
	process.execPath,
	['scripts/serve-dist.ts', String(port), dist],
	/Serving/
);
const chrome = await start(
	chromiumPath(),
	[
		...chromiumArgs,
		'--headless=new',
		`--remote-debugging-port=${debugPort}`,
		`--user-data-dir=${profile}`,
		'about:blank',
	],
	/DevTools listening/
);
const catalogue = loadCatalogue(process.env.PLAN_ATLAS_CATALOGUE || 'content/vendors');

/** The first items an audit lists (the element, console message or issue), to say why it failed. */
function evidence(audit: { details?: unknown }): string {
	const items = (
		(audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
	).slice(0, 3);
	const describeItem = (item: Record<string, unknown>): string => {
		const node = item.node as { snippet?: string } | undefined;
		if (node?.snippet) return node.snippet;
		if (typeof item.description === 'string')
			return `${item.description} ${(item.sourceLocation as { url?: string } | undefined)?.url ?? (item.url as string | undefined) ?? ''}`;
		if (typeof item.issueType === 'string')
			return `${item.issueType}: ${JSON.stringify((item.subItems as { items?: unknown[] } | undefined)?.items?.[0] ?? '')}`;
		return JSON.stringify(item).slice(0, 200);
	};
	return items.length
		? `\n      ${items
				.map(describeItem)
				.map((t) => t.replace(/\s+/g, ' ').slice(0, 300))
				.join('\n      ')}`
		: '';
}

type Row = {
	path: string;
	kind: string;
	scores: Record<keyof typeof goals, number>;
	lcp: number;
	tbt: number;
	cls: number;
	misses: string[];
	/** Every run's performance score, lowest first. */
	spread: number[];
};
type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const rows: Row[] = [];
try {
	for (const tag of tags) {
		const pages = auditedPages(catalogue, tag).filter((p) => !kinds || kinds.includes(p.kind));
		if (pages.length === 0) throw new Error(`No audited page of the kinds "${options.pages}"`);
		for (const { kind, path } of pages) {
			const results: LighthouseResult[] = [];
			for (let run = 0; run < runs; run += 1) {
				const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
					port: debugPort,
					output: 'json',
					logLevel: 'error',
				});
				results.push(result!.lhr);
				process.stderr.write('.');
			}
			const performance = (lhr: LighthouseResult) =>
				Math.round((lhr.categories.performance?.score ?? 0) * 100);
			results.sort((a, b) => performance(a) - performance(b));
			// The median run (the lower middle one for an even count) stands for the page.
			const lhr = results[Math.floor((results.length - 1) / 2)]!;
			const scores = Object.fromEntries(
				Object.keys(goals).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])
			) as Row['scores'];
			// What cost points in a category below its goal: the audits of that category that did not pass.
			const misses = (Object.keys(goals) as (keyof typeof goals)[])
				.filter((id) => scores[id] < goals[id])
				.flatMap((id) =>
					lhr.categories[id]!.auditRefs.filter(
						(ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1
					).map(
						(ref) =>
							`${id}: ${ref.id} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.title})${evidence(lhr.audits[ref.id]!)}`
					)
				);
			rows.push({
				path,
				kind,
				scores,
				lcp: lhr.audits['largest-contentful-paint']!.numericValue!,
				tbt: lhr.audits['total-blocking-time']!.numericValue!,
				cls: lhr.audits['cumulative-layout-shift']!.numericValue!,
				misses,
				spread: results.map(performance),
			});
		}
	}
} finally {
	// Chromium writes to its profile while it shuts down, its helper processes even after it has
	// exited: stop the whole group, then remove the profile, retrying while a helper still writes.
	// A profile that cannot be removed is a leftover in the temporary folder, not a failed benchmark.
	const exited =
		chrome.exitCode === null ? new Promise((resolve) => chrome.once('exit', resolve)) : undefined;
	for (const child of [chrome, server]) {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			// The group has already gone.
		}
	}
	await exited;
	try {
		rmSync(profile, { recursive: true, force: true, maxRetries: 50, retryDelay: 200 });
	} catch (error) {
		process.stderr.write(`\nCould not remove the browser profile ${profile}: ${String(error)}\n`);
	}
}
process.stderr.write('\n');

const table = [['page', 'path', 'perf', 'runs', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS']];
for (const r of rows)
	table.push([
		r.kind,
		r.path,
		String(r.scores.performance),
		r.spread.join('/'),
		String(r.scores.accessibility),
		String(r.scores['best-practices']),
		String(r.scores.seo),
		`${(r.lcp / 1000).toFixed(2)} s`,
		`${Math.round(r.tbt)} ms`,
		r.cls.toFixed(3),
	]);
const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
console.log(
	`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, ${chromiumPath()} (${dist}); median of ${runs} run${runs === 1 ? '' : 's'} a page (perf of every run under "runs")`
);
for (const row of table)
	console.log(
		row.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')
	);
const below = rows.filter((r) => r.misses.length);
console.log(
	below.length ? 'Below goal (100):' : 'Every page meets the goal: 100 in every category.'
);
for (const r of below) console.log(`  ${r.path}:\n    ${r.misses.join('\n    ')}`);
