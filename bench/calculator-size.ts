/**
 * The calculator's JavaScript, as a browser downloads it: the island's chunks (and what they import),
 * and the Temporal polyfill chunk that is fetched only when the browser lacks Temporal. Raw and
 * gzipped bytes. Needs a build (npm run build). Usage: npm run bench:size [-- <dist folder>]
 */
import { parseArgs } from 'node:util';
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

const { modules, lazy } = moduleGraph(dist, entries);
const island = new Set(modules);
const polyfill = new Set(moduleGraph(dist, lazy).modules.filter((f) => !island.has(f)));

const a = sizes(island);
const b = sizes(polyfill);
console.log(`Calculator JavaScript (${dist})`);
console.log(`  island chunks: ${[...island].map((f) => f.replace('/_astro/', '')).join(', ')}`);
console.log(`  without polyfill: ${kb(a.raw)} raw, ${kb(a.gzip)} gzipped`);
console.log(
	`  polyfill chunks (only when Temporal is missing): ${[...polyfill].map((f) => f.replace('/_astro/', '')).join(', ')}`
);
console.log(`  with polyfill:    ${kb(a.raw + b.raw)} raw, ${kb(a.gzip + b.gzip)} gzipped`);
