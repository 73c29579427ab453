/**
 * Build scaling: writes synthetic catalogues of 10 and 50 vendors (and 200 with --full), checks each
 * with `npm run validate`, builds the site from each into a temporary folder and prints pages,
 * seconds, pages per second and peak memory. Beside each, it builds a plain Starlight site with the
 * same pages as MDX of about the same amount of text (bench/baseline-site.ts) and prints the ratio of
 * our time per page to the baseline's. Prints figures; asserts nothing.
 *
 * Each size is built `--rounds` times on each side (3 by default), the two sides taking turns, and
 * the table gives medians, with the range of seconds and of the per-round ratio. Each of our builds
 * starts from an empty cache, and the table says how long it waited for the link previews' pictures
 * (src/pages/og/) and what share of the build that was.
 *
 * Usage: npm run bench:build [-- --full] [-- --vendors 10,50,200] [-- --rounds 3] [-- --no-baseline]
 *        [-- --keep]
 * (PLAN_ATLAS_BENCH_FULL=1 does what --full does, e.g. for `npm run bench`.)
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { contentPages, writeBaselineSite } from './baseline-site.ts';
import { PREVIEW_REPORT } from '../src/node/link-previews.ts';
import { measure, type Measured } from './measure.ts';
import { formatSpread, spreadOf } from './spread.ts';
import { writeSyntheticCatalogue } from './synthetic-catalogue.ts';

const { values: options } = parseArgs({
	options: {
		vendors: { type: 'string' },
		full: { type: 'boolean', default: false },
		'no-baseline': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		rounds: { type: 'string', default: '3' },
	},
});
/** Builds of each side per catalogue size, interleaved. */
const rounds = Math.max(1, Math.round(Number(options.rounds)) || 3);
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

const ASTRO_BIN = resolve('node_modules/astro/bin/astro.mjs');

/** `astro build`, measured; throws with the build's output when it fails. */
async function build(
	label: string,
	outDir: string,
	env: Record<string, string>,
	root?: string
): Promise<Built> {
	// Astro's own entry point under this Node (22, from the `node` package inside `npm run`): `npx`
	// called from within `npm run` takes the build's flags for its own and stops with a usage error.
	const result = await measure(
		process.execPath,
		[ASTRO_BIN, 'build', ...(root ? ['--root', root] : []), '--outDir', outDir],
		env
	);
	// Thrown, not exited, so that the scratch folders are still removed.
	if (result.code !== 0)
		throw new Error(
			`${label}: the build failed (exit ${result.code}).\n${result.output.slice(-4000)}`
		);
	const previews = PREVIEW_REPORT.exec(result.output);
	return {
		...result,
		pages: contentPages(outDir).length,
		previewSeconds: previews ? Number(previews[3]) : 0,
		previews: previews ? Number(previews[1]) + Number(previews[2]) : 0,
	};
}

type Built = Measured & { pages: number; previewSeconds: number; previews: number };

const rows: string[][] = [
	[
		'site',
		'vendors',
		'pages',
		'seconds',
		'pages/s',
		'peak MB',
		'ms/page',
		'previews (s, share)',
		'vs MDX (per round)',
	],
];
console.log(
	`Build scaling (Node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; ${rounds} interleaved round${rounds === 1 ? '' : 's'}; scratch ${scratch})`
);
/** One table row: medians of the rounds, the range of seconds beside them. */
const row = (site: string, count: number, runs: Built[], ratio: string) => {
	const pages = runs[0]!.pages;
	const seconds = spreadOf(runs.map((m) => m.seconds));
	const previewSeconds = spreadOf(runs.map((m) => m.previewSeconds)).median;
	return [
		site,
		String(count),
		String(pages),
		runs.length > 1
			? `${seconds.median.toFixed(1)} (${seconds.min.toFixed(1)}–${seconds.max.toFixed(1)})`
			: seconds.median.toFixed(1),
		(pages / seconds.median).toFixed(1),
		spreadOf(runs.map((m) => m.peakMB)).median.toFixed(0),
		((seconds.median * 1000) / pages).toFixed(1),
		runs[0]!.previews
			? `${runs[0]!.previews}: ${previewSeconds.toFixed(1)} s, ${((100 * previewSeconds) / seconds.median).toFixed(0)}%`
			: '-',
		ratio,
	];
};
try {
	for (const count of counts) {
		const catalogue = join(catalogues, `catalogue-${count}`);
		// Validated as it is written: a generator that falls behind the rules stops here, saying so.
		writeSyntheticCatalogue(catalogue, count);
		const ours: Built[] = [];
		const plain: Built[] = [];
		// Rounds take turns at going first, so a drift of the machine's speed touches both sides alike.
		for (let round = 0; round < rounds; round++) {
			const runOurs = async () =>
				ours.push(
					await build(`${count} vendors`, join(scratch, `site-${count}`), {
						PLAN_ATLAS_CATALOGUE: catalogue,
						// An empty cache each round: every link preview is drawn, as in a first build.
						PLAN_ATLAS_CACHE_DIR: join(scratch, `cache-${count}-${round}`),
					})
				);
			const runPlain = async () =>
				plain.push(
					await build(
						`baseline for ${count} vendors`,
						join(scratch, `baseline-${count}`),
						{},
						baselineRoot
					)
				);
			if (round % 2 === 1 && withBaseline) {
				await runPlain();
				await runOurs();
				continue;
			}
			await runOurs();
			if (!withBaseline) continue;
			// The plain site mirrors the pages of our first build.
			if (round === 0)
				writeBaselineSite(baselineRoot, join(scratch, `site-${count}`), loadCatalogue(catalogue));
			await runPlain();
		}
		if (withBaseline) {
			const ratios = ours.map(
				(m, i) => m.seconds / m.pages / (plain[i]!.seconds / plain[i]!.pages)
			);
			rows.push(
				row('Plan Atlas', count, ours, formatSpread(ratios, 2, 'x')),
				row('plain MDX', count, plain, '1.00x')
			);
		} else rows.push(row('Plan Atlas', count, ours, '-'));
		console.log(`  ${count} vendors done`);
		if (!keep) rmSync(join(scratch, `site-${count}`), { recursive: true, force: true });
	}
} catch (error) {
	// A generator that fell behind, or a build that failed: the reason, not a stack trace.
	console.error((error as Error).message);
	process.exitCode = 1;
} finally {
	if (!keep) {
		rmSync(scratch, { recursive: true, force: true });
		rmSync(catalogues, { recursive: true, force: true });
		rmSync(baselineRoot, { recursive: true, force: true });
	}
}
if (process.exitCode) process.exit();
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows)
	console.log(
		row.map((cell, c) => (c >= 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')
	);
console.log(
	'seconds: wall clock of `astro build` (catalogue check, bundling, rendering, search index).'
);
console.log(
	'previews: link-preview pictures, the seconds the build waited for them and their share of it.'
);
console.log(
	existsSync('/usr/bin/time')
		? 'peak MB: largest resident set of any process of the build (GNU time).'
		: "peak MB: largest sum of resident sets of the build's processes (sampled every 100 ms)."
);
