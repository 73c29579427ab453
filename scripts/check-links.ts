/**
 * Checks the built site for dead internal links: every link to a page, a file or an #anchor must
 * resolve. Usage: node scripts/check-links.ts [dist folder] [--base /support/plans/]; the base path
 * (default: $PLAN_ATLAS_BASE or /) is where the site is served, so a link that leaves it is dead, and
 * every root-relative URL of a page (links, scripts, styles, images) must start with it.
 * Exits 1 and lists each dead link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { findBrokenLinks, urlsOutsideBase, type BuiltPage } from '../src/lib/nav/link-check.ts';
import { normalizeBase } from '../src/lib/routes.ts';

const { values: options, positionals } = parseArgs({
	options: { base: { type: 'string' } },
	allowPositionals: true,
});
const root = positionals[0] ?? 'dist';
const base = `${normalizeBase(options.base ?? process.env.PLAN_ATLAS_BASE)}/`;

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

let all: string[];
try {
	all = walk(root);
} catch {
	console.error(`No built site in ${root}: run npm run build first.`);
	process.exit(1);
}
const urlPath = (file: string) => `${base}${relative(root, file).split(sep).join('/')}`;
const pages: BuiltPage[] = [];
const files = new Set<string>();
for (const file of all) {
	const path = urlPath(file);
	files.add(path);
	if (path.endsWith('.html'))
		pages.push({
			path: path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path,
			html: readFileSync(file, 'utf8'),
		});
}

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
