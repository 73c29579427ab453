/**
 * The calculator's JavaScript, as a browser downloads it: the island's chunks (and what they import),
 * and the Temporal polyfill chunk that is fetched only when the browser lacks Temporal. Raw and
 * gzipped bytes. Needs a build (npm run build). Usage: npm run bench:size [-- <dist folder>]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileBytes, moduleGraph } from './page-assets.ts';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'calculator/index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="(\/_astro\/Calculator[^"]+\.js)"/g)].map(
	(m) => m[1]!
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
