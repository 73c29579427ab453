/**
 * Validate ⇒ build: each fixture catalogue, and a one-vendor copy of an example vendor, builds, and
 * every kind of page exists in every locale for what it holds. Each builds into its own folder inside
 * the project (tmp/<name>/dist): builds whose output lies outside it share Astro's prerender folder.
 * The one-vendor copy's English texts also carry markup, so the same build shows that catalogue text
 * reaches the pages escaped, as text.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import 'temporal-polyfill/global';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { locales } from '#lib/locales.ts';
import {
	calculatorPath,
	comparePath,
	generalFaqPath,
	homePath,
	severityGuidePath,
	tierPath,
	vendorFaqPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { runWorkedExample, workedExampleIds } from '#lib/views/parts/faq-examples.ts';
import { elementsOf, parseHtml } from '../src/node/built-pages.ts';
import { loadCatalogue } from '../src/node/catalogue-files.ts';

// The markup is of the kind the validator lets through (script-like markup is rejected before any
// page is built, see src/lib/catalogue/schema.test.ts), so only escaping stands between it and the page.
const bold = '<b>bold</b>';
const image = '<img src="x">';
const link = '<a href="#x">link</a>';
// Unescaped, this would end the page's <title> early on the tier page, whose title is the tier name.
const title = '</title>';
const quotes = '"quotes" & ampersands';
const payload = `${bold}${image}${link}${title}${quotes}`;
/** How the payload reads in the page source once escaped as text (written out by hand). */
const escapedPayload =
	'&lt;b&gt;bold&lt;/b&gt;&lt;img src=&quot;x&quot;&gt;&lt;a href=&quot;#x&quot;&gt;link&lt;/a&gt;&lt;/title&gt;&quot;quotes&quot; &amp; ampersands';

/** A one-vendor catalogue: a copy of one example vendor file on its own, markup in some texts. */
const single = 'tmp/fixture-builds/one-vendor-catalogue';
rmSync(single, { recursive: true, force: true });
mkdirSync(single, { recursive: true });
const source = parseDocument(readFileSync('content/vendors/wati.yaml', 'utf8'));
const vendorId = String(source.get('id'));
const tierId = String(source.getIn(['tiers', 0, 'id']));
/** The English texts that get the markup appended, found by their place rather than their words. */
const marked = {
	tier: ['tiers', 0, 'name', 'en'],
	category: ['categories', 0, 'name', 'en'],
	feature: ['categories', 0, 'features', 0, 'name', 'en'],
} as const;
const original = Object.fromEntries(
	Object.entries(marked).map(([key, path]) => [key, String(source.getIn(path))])
) as Record<keyof typeof marked, string>;
for (const [key, path] of Object.entries(marked))
	source.setIn(path, `${original[key as keyof typeof marked]} ${payload}`);
writeFileSync(join(single, `${vendorId}.yaml`), source.toString());

const catalogues: [name: string, dir: string][] = [
	['minimal', 'tests/fixtures/minimal'],
	['full', 'tests/fixtures/full'],
	// Four real vendors' terms, written in English only: every other locale shows them untranslated.
	['real', 'tests/fixtures/real'],
	['one-vendor', single],
];

function build(dir: string, outDir: string): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
			// A content cache of its own: `npm test` type-checks (and syncs) the project alongside.
			{
				env: {
					...process.env,
					PLAN_ATLAS_CATALOGUE: dir,
					PLAN_ATLAS_CACHE_DIR: `${outDir}/../cache`,
				},
			}
		);
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

/** The built file of a page path. */
const fileOf = (outDir: string, path: string) =>
	join(outDir, path.split('?')[0]!, path.endsWith('/') ? 'index.html' : '');

describe.each(catalogues)('the %s catalogue', (name, dir) => {
	const outDir = `tmp/fixture-builds/${name}/dist`;
	let result: { status: number | null; output: string };
	beforeAll(async () => {
		rmSync(outDir, { recursive: true, force: true });
		result = await build(dir, outDir);
	}, 900_000);

	test('builds, with every kind of page in every locale and only the worked examples it can show', () => {
		expect(result.status, result.output.slice(-2000)).toBe(0);
		// Said once, not silently: canonical URLs name a placeholder origin.
		expect(result.output.match(/PLAN_ATLAS_SITE is not set/g)).toHaveLength(1);
		const catalogue = loadCatalogue(dir);
		for (const { tag } of locales) {
			const pages = [homePath(tag), comparePath(tag), calculatorPath(tag), generalFaqPath(tag)];
			for (const vendor of catalogue.vendors) {
				pages.push(vendorPlansPath(tag, vendor.id));
				for (const tier of vendor.tiers) pages.push(tierPath(tag, vendor.id, tier.id));
				if (vendor.severities) pages.push(severityGuidePath(tag, vendor.id));
				if (vendor.faq.length) pages.push(vendorFaqPath(tag, vendor.id));
			}
			for (const page of pages) expect(existsSync(fileOf(outDir, page)), page).toBe(true);
			const faq = readFileSync(fileOf(outDir, generalFaqPath(tag)), 'utf8');
			const shown = [...faq.matchAll(/data-example="([^"]+)"/g)].map((m) => m[1]);
			expect(shown).toEqual(workedExampleIds.filter((id) => runWorkedExample(catalogue, id)));
		}
		expect(existsSync(join(outDir, 'catalogue.json'))).toBe(true);
	});

	if (name === 'one-vendor')
		test('shows catalogue text with markup as text on plan and comparison pages, never as markup', () => {
			expect(result.status, result.output.slice(-2000)).toBe(0);
			const plansPage = fileOf(outDir, vendorPlansPath('en', vendorId));
			const tierPage = fileOf(outDir, tierPath('en', vendorId, tierId));
			for (const page of [plansPage, tierPage, fileOf(outDir, comparePath('en'))]) {
				const html = readFileSync(page, 'utf8');
				// Inside a quoted attribute value "<" starts no tag (and a quote in it is escaped as &quot;), so only
				// the markup outside attribute values is searched for live tags.
				const markup = html.replace(/="[^"]*"/g, '=""');
				// The injected tags never reach the page as tags...
				expect(markup, page).not.toContain(bold);
				expect(markup, page).not.toContain('<img src=""');
				expect(markup, page).not.toContain('<a href="">link</a>');
				expect(markup, page).not.toContain(quotes);
				// Every </title> closes a <title> (the page's, or an icon's): none comes from the text.
				expect(markup.match(/<\/title>/g)?.length, page).toBe(markup.match(/<title[\s>]/g)?.length);
				// ...but their text does, escaped, where the catalogue text belongs (the tier name is on all three).
				expect(html, page).toContain(`${original.tier} ${escapedPayload}`);
			}
			// The tier page's title is the tier name, markup and all, as text.
			// (A browser ends the title at the first "</title>", as this match does.)
			const tierHtml = readFileSync(tierPage, 'utf8');
			const pageTitle = tierHtml.match(/<title>(.*?)<\/title>/)?.[1];
			expect(pageTitle).not.toMatch(/[<>]/);
			// Read as a browser reads it (character references decoded), the title holds the text whole.
			const [titleElement] = elementsOf(parseHtml(tierHtml), 'title');
			expect(titleElement?.text).toContain(`${original.tier} ${payload}`);
			const plans = readFileSync(plansPage, 'utf8');
			expect(plans).toContain(`${original.category} ${escapedPayload}`);
			expect(plans).toContain(`${original.feature} ${escapedPayload}`);
		});
});
