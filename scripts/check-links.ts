/**
 * Checks the built site for dead internal links: every link to a page, a file or an #anchor must
 * resolve. Usage: node scripts/check-links.ts [dist folder] [--base /support/plans/]; the base path
 * (default: $PLAN_ATLAS_BASE or /) is where the site is served, so a link that leaves it is dead, and
 * every root-relative URL of a page (links, scripts, styles, images) must start with it.
 * Exits 1 and lists each dead link.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { builtFiles } from '../src/node/built-files.ts';
import { anchorsOf, builtPages, linksOf, readParsedPage, urlsOf } from '../src/node/built-pages.ts';
import {
	findBrokenLinks,
	urlsOutsideBase,
	type LinkedPage,
	type PageUrls,
} from '#lib/nav/link-check.ts';
import { slashedBase } from '#lib/routes.ts';

const { values: options, positionals } = parseArgs({
	options: { base: { type: 'string' } },
	allowPositionals: true,
});
const root = positionals[0] ?? 'dist';
const base = slashedBase(options.base ?? process.env.PLAN_ATLAS_BASE);

if (!existsSync(root)) {
	console.error(`No built site in ${root}: run npm run build first.`);
	process.exit(1);
}
// The build folder's paths start at /; served under the base path, they start with it.
const served = (path: string) => `${base}${path.slice(1)}`;
const files = new Set(builtFiles(root).map(served));
const pages: (LinkedPage & PageUrls)[] = builtPages(root).map((path) => {
	const page = readParsedPage(root, path);
	return { path: served(path), links: linksOf(page), anchors: anchorsOf(page), urls: urlsOf(page) };
});

const outside = urlsOutsideBase(pages, base);
for (const { from, url } of outside.slice(0, 20))
	console.error(`${url}: outside the base path ${base} (on ${from})`);
if (outside.length) console.error(`\n${outside.length} URL(s) outside the base path ${base}.`);

const broken = findBrokenLinks(pages, files);
if (broken.length) {
	// One line per missing page or anchor, however many links lead there.
	const byTarget = new Map<string, typeof broken>();
	for (const link of broken)
		byTarget.set(link.target, [...(byTarget.get(link.target) ?? []), link]);
	for (const [target, links] of [...byTarget].sort(([a], [b]) => a.localeCompare(b))) {
		const reason = links[0]!.reason === 'missing-anchor' ? 'no such anchor' : 'no such page';
		const pages = new Set(links.map((l) => l.from));
		console.error(
			`${target}: ${reason} (${links.length} link${links.length === 1 ? '' : 's'} from ${pages.size} page${pages.size === 1 ? '' : 's'}, e.g. ${links[0]!.href} on ${links[0]!.from})`
		);
	}
	console.error(
		`\n${broken.length} dead link${broken.length === 1 ? '' : 's'} to ${byTarget.size} missing page${byTarget.size === 1 ? '' : 's'} or anchor${byTarget.size === 1 ? '' : 's'} in ${root}.`
	);
	process.exitCode = 1;
} else if (!outside.length)
	console.log(
		`All internal links in ${root} resolve (${pages.length} pages${base === '/' ? '' : `, under ${base}`}).`
	);
if (outside.length) process.exitCode = 1;
