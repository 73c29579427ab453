/**
 * The calculator's JavaScript, as a browser downloads it: the island's chunks (and what they import),
 * and the Temporal polyfill chunk that is fetched only when the browser lacks Temporal. Raw and
 * gzipped bytes. Needs a build (npm run build). Usage: npm run bench:size [-- <dist folder>]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'calculator/index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="(\/_astro\/Calculator[^"]+\.js)"/g)].map((m) => m[1]!);
if (entries.length === 0) throw new Error(`No calculator script found in ${dist}/calculator/index.html`);

/** A chunk and every chunk it imports statically; dynamic imports are returned apart. */
function graph(start: string, seen = new Set<string>(), dynamic = new Set<string>()) {
	if (seen.has(start)) return { seen, dynamic };
	seen.add(start);
	const code = readFileSync(join(dist, start), 'utf8');
	const dir = start.slice(0, start.lastIndexOf('/') + 1);
	for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\/[^"'`]+)["'`]/g)) graph(dir + m[1]!.slice(2), seen, dynamic);
	for (const m of code.matchAll(/import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g)) {
		const file = dir + m[1]!.slice(2);
		if (!seen.has(file)) dynamic.add(file);
	}
	return { seen, dynamic };
}

const sizes = (files: Iterable<string>) => {
	let raw = 0;
	let gzip = 0;
	for (const file of files) {
		const bytes = readFileSync(join(dist, file));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	return { raw, gzip };
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const island = new Set<string>();
const lazy = new Set<string>();
for (const entry of entries) {
	const { seen, dynamic } = graph(entry);
	seen.forEach((f) => island.add(f));
	dynamic.forEach((f) => lazy.add(f));
}
const polyfill = new Set<string>();
for (const file of lazy) if (!island.has(file)) graph(file).seen.forEach((f) => !island.has(f) && polyfill.add(f));

const a = sizes(island);
const b = sizes(polyfill);
console.log(`Calculator JavaScript (${dist})`);
console.log(`  island chunks: ${[...island].map((f) => f.replace('/_astro/', '')).join(', ')}`);
console.log(`  without polyfill: ${kb(a.raw)} raw, ${kb(a.gzip)} gzipped`);
console.log(`  polyfill chunks (only when Temporal is missing): ${[...polyfill].map((f) => f.replace('/_astro/', '')).join(', ')}`);
console.log(`  with polyfill:    ${kb(a.raw + b.raw)} raw, ${kb(a.gzip + b.gzip)} gzipped`);
