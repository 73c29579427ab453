/**
 * Build scaling: writes synthetic catalogues of 10 and 50 vendors (and 200 with --full), checks each
 * with `npm run validate`, builds the site from each into a temporary folder and prints pages,
 * seconds, pages per second and peak memory. Beside each, it builds a plain Starlight site with the
 * same pages as MDX of about the same amount of text (bench/baseline-site.ts) and prints the ratio of
 * our time per page to the baseline's. Prints figures; asserts nothing.
 *
 * Usage: npm run bench:build [-- --full] [-- --vendors 10,50,200] [-- --no-baseline] [-- --keep]
 * (PLAN_ATLAS_BENCH_FULL=1 does what --full does, e.g. for `npm run bench`.)
 */
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { contentPages, writeBaselineSite } from './baseline-site.ts';
import { measure, type Measured } from './measure.ts';
import { writeSyntheticCatalogue } from './synthetic-catalogue.ts';

const { values: options } = parseArgs({
	options: {
		vendors: { type: 'string' },
		full: { type: 'boolean', default: false },
		'no-baseline': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
});
const counts = (
	options.vendors ??
	(options.full || process.env.PLAN_ATLAS_BENCH_FULL === '1' ? '10,50,200' : '10,50')
)
	.split(',')
	.map(Number);
const withBaseline = !options['no-baseline'];
const keep = options.keep;

// Builds go inside the project tree: Astro keeps its intermediate files in the output folder only
// when that folder is under the working directory; otherwise it uses ./.astro/, which concurrent
// builds of this project would then share (and delete under each other).
mkdirSync('tmp', { recursive: true });
const scratch = mkdtempSync(resolve('tmp/bench-build-'));
const catalogues = mkdtempSync(join(tmpdir(), 'plan-atlas-bench-'));
const baselineRoot = resolve('tmp/bench-baseline');

/** `npx astro build`, measured; throws with the build's output when it fails. */
async function build(
	label: string,
	outDir: string,
	env: Record<string, string>,
	root?: string
): Promise<Measured & { pages: number }> {
	const result = await measure(
		'npx',
		['astro', 'build', ...(root ? ['--root', root] : []), '--outDir', outDir],
		env
	);
	// Thrown, not exited, so that the scratch folders are still removed.
	if (result.code !== 0)
		throw new Error(
			`${label}: the build failed (exit ${result.code}).\n${result.output.slice(-4000)}`
		);
	return { ...result, pages: contentPages(outDir).length };
}

const rows: string[][] = [
	['site', 'vendors', 'pages', 'seconds', 'pages/s', 'peak MB', 'ms/page', 'vs MDX'],
];
console.log(
	`Build scaling (Node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; scratch ${scratch})`
);
try {
	for (const count of counts) {
		const catalogue = join(catalogues, `catalogue-${count}`);
		writeSyntheticCatalogue(catalogue, count);
		// The generated catalogue has to pass the same check as a real one before it is built.
		execFileSync('npm', ['run', '--silent', 'validate', '--', catalogue], {
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		const ours = await build(`${count} vendors`, join(scratch, `site-${count}`), {
			PLAN_ATLAS_CATALOGUE: catalogue,
		});
		const perPage = (ours.seconds * 1000) / ours.pages;
		const row = (site: string, m: Measured & { pages: number }, ratio: string) => [
			site,
			String(count),
			String(m.pages),
			m.seconds.toFixed(1),
			(m.pages / m.seconds).toFixed(1),
			m.peakMB.toFixed(0),
			((m.seconds * 1000) / m.pages).toFixed(1),
			ratio,
		];
		if (withBaseline) {
			writeBaselineSite(baselineRoot, join(scratch, `site-${count}`), loadCatalogue(catalogue));
			const plain = await build(
				`baseline for ${count} vendors`,
				join(scratch, `baseline-${count}`),
				{},
				baselineRoot
			);
			const ratio = perPage / ((plain.seconds * 1000) / plain.pages);
			rows.push(row('Plan Atlas', ours, `${ratio.toFixed(2)}x`), row('plain MDX', plain, '1.00x'));
		} else rows.push(row('Plan Atlas', ours, '-'));
		console.log(`  ${count} vendors done (${ours.seconds.toFixed(0)} s)`);
		if (!keep) rmSync(join(scratch, `site-${count}`), { recursive: true, force: true });
	}
} finally {
	if (!keep) {
		rmSync(scratch, { recursive: true, force: true });
		rmSync(catalogues, { recursive: true, force: true });
		rmSync(baselineRoot, { recursive: true, force: true });
	}
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows)
	console.log(
		row.map((cell, c) => (c >= 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')
	);
console.log(
	'seconds: wall clock of `npx astro build` (catalogue check, bundling, rendering, search index).'
);
console.log(
	existsSync('/usr/bin/time')
		? 'peak MB: largest resident set of any process of the build (GNU time).'
		: "peak MB: largest sum of resident sets of the build's processes (sampled every 100 ms)."
);
