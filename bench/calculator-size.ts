/**
 * The calculator's JavaScript, as a browser downloads it: the island's chunks (and what they import),
 * the Temporal polyfill chunk fetched only when the browser lacks Temporal, the parts fetched on
 * first use (the calendar file, the timelines, the problems' wording), and the holiday data chunks,
 * one per region, fetched only when a region is chosen or a calendar names it. Raw and gzipped bytes. Needs a build (npm run build). Usage: npm run bench:size [-- <dist folder>]
 */
import { parseArgs } from 'node:util';
import { holidayRegions } from '#lib/time/regions.ts';
import { readParsedPage, scriptsOf } from '../src/node/built-pages.ts';
import { fileBytes, moduleGraph } from './page-assets.ts';

const dist = parseArgs({ allowPositionals: true }).positionals[0] ?? 'dist';
const entries = scriptsOf(readParsedPage(dist, '/calculator/')).flatMap((s) =>
	s.src?.startsWith('/_astro/Calculator') && s.src.endsWith('.js') ? [s.src] : []
);
if (entries.length === 0)
	throw new Error(`No calculator script found in ${dist}/calculator/index.html`);

const sizes = (files: Iterable<string>) => fileBytes(dist, [...files]);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const name = (file: string) => file.replace('/_astro/', '');

const { modules, lazy } = moduleGraph(dist, entries);
const island = new Set(modules);
const fetchedLater = moduleGraph(dist, lazy).modules.filter((f) => !island.has(f));
// Region data chunks are named after the data file (content/holidays/<region>.json); the polyfill
// after temporal-polyfill's global.esm.js (with what it imports); the rest is fetched on first use.
const regionOf = (file: string) => holidayRegions.find((r) => name(file).startsWith(`${r}.`));
const regions = fetchedLater.filter((f) => regionOf(f) !== undefined);
const polyfill = moduleGraph(
	dist,
	lazy.filter((f) => name(f).startsWith('global.'))
).modules.filter((f) => !island.has(f));
const onFirstUse = fetchedLater.filter((f) => regionOf(f) === undefined && !polyfill.includes(f));

const a = sizes(island);
const b = sizes(polyfill);
console.log(`Calculator JavaScript (${dist})`);
console.log(`  island chunks: ${[...island].map(name).join(', ')}`);
console.log(`  without polyfill: ${kb(a.raw)} raw, ${kb(a.gzip)} gzipped`);
console.log(
	`  Temporal polyfill chunks (only when the browser lacks Temporal): ${polyfill.map(name).join(', ')}`
);
console.log(`  with polyfill:    ${kb(a.raw + b.raw)} raw, ${kb(a.gzip + b.gzip)} gzipped`);
const later = sizes(onFirstUse);
console.log(
	`  fetched on first use: ${onFirstUse.map(name).join(', ')} (${kb(later.raw)} raw, ${kb(later.gzip)} gzipped)`
);
console.log(`  holiday data chunks (one per region, only when that region is needed):`);
for (const file of regions) {
	const size = sizes([file]);
	console.log(
		`    ${regionOf(file)!.padEnd(3)} ${name(file).padEnd(22)} ${kb(size.raw)} raw, ${kb(size.gzip)} gzipped`
	);
}
