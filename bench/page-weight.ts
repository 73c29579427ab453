/**
 * Page weight: for one page of each kind (bench/audited-pages.ts), the bytes a first visit downloads,
 * raw and gzipped, and the number of requests. Read from the build's files, not from a browser, so
 * the figures are exact and the same on every run:
 * - HTML: the document (inline scripts and styles included);
 * - CSS: the linked stylesheets (the print stylesheet too: browsers fetch it at low priority);
 * - JS: the external module scripts and every module they import statically; code loaded only on
 *   demand (search, the Temporal polyfill) is left out and named in the last column;
 * - requests: the document, stylesheets, modules, and the icons, images and fonts the page or its
 *   stylesheets reference.
 * Usage: npm run bench:weight [-- <dist folder>] [-- --locale zh-TW]
 */
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { findLocale } from '#lib/locales.ts';
import { auditedPages } from './audited-pages.ts';
import { readPage } from '../src/node/built-pages.ts';
import { bytesOf, fileBytes, moduleGraph, pageAssets } from './page-assets.ts';

const { values: options, positionals } = parseArgs({
	options: { locale: { type: 'string', default: 'en' } },
	allowPositionals: true,
});
const dist = positionals[0] ?? 'dist';
const locale = findLocale(options.locale);
if (!locale) throw new Error(`Unknown locale "${options.locale}"`);

const catalogue = loadCatalogue(process.env.PLAN_ATLAS_CATALOGUE || 'content/vendors');
const kb = (n: number) => (n / 1024).toFixed(1);
const rows: string[][] = [
	[
		'page',
		'path',
		'HTML KB',
		'CSS KB',
		'JS KB',
		'total KB',
		'requests',
		'inline JS KB',
		'on demand',
	],
];
for (const { kind, path } of auditedPages(catalogue, locale.tag)) {
	const html = readPage(dist, path);
	const assets = pageAssets(html, dist);
	const external = assets.scripts.flatMap((s) => (s.src ? [s.src] : []));
	const { modules, lazy } = moduleGraph(dist, external);
	const doc = bytesOf([html]);
	const css = fileBytes(dist, assets.stylesheets);
	const js = fileBytes(dist, modules);
	const inline = bytesOf(assets.scripts.flatMap((s) => (s.inline ? [s.inline] : [])));
	const pair = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
	const total = { raw: doc.raw + css.raw + js.raw, gzip: doc.gzip + css.gzip + js.gzip };
	const requests = 1 + assets.stylesheets.length + modules.length + assets.media.length;
	rows.push([
		kind,
		path,
		pair(doc),
		pair(css),
		pair(js),
		pair(total),
		String(requests),
		pair(inline),
		lazy.map((p) => p.replace('/_astro/', '').replace(/\.[\w-]+\.js$/, '')).join(', '),
	]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`Page weight (${dist}, ${locale.label}); sizes raw / gzipped`);
for (const row of rows)
	console.log(
		row
			.map((cell, c) => (c >= 2 && c <= 7 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
			.join('  ')
	);
