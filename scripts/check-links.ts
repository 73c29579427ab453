/**
 * Checks the built site for dead internal links: every link to a page, a file or an #anchor must
 * resolve. Usage: node scripts/check-links.ts [dist folder]; exits 1 and lists each dead link.
 */
import { existsSync } from 'node:fs';
import {
	anchorsOf,
	builtFiles,
	builtPages,
	linksOf,
	readParsedPage,
} from '../src/node/built-pages.ts';
import { findBrokenLinks, type LinkedPage } from '../src/lib/nav/link-check.ts';

const root = process.argv[2] ?? 'dist';
if (!existsSync(root)) {
	console.error(`No built site in ${root}: run npm run build first.`);
	process.exit(1);
}
const files = new Set(builtFiles(root));
const pages: LinkedPage[] = builtPages(root).map((path) => {
	const page = readParsedPage(root, path);
	return { path, links: linksOf(page), anchors: anchorsOf(page) };
});

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
	process.exit(1);
}
console.log(`All internal links in ${root} resolve (${pages.length} pages).`);
