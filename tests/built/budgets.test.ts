/**
 * JavaScript budgets of the built site (bytes are stable, so they are tested, not benchmarked):
 * - no page ships JavaScript beyond Starlight's own, except the comparison toggles and sort and
 *   the plan finder (src/islands/plans-*.ts), the severity picker (src/islands/severity-picker.ts),
 *   the calculator island (src/islands/calculator/) and its inline first step
 *   (src/islands/calculator/prefill.ts, which writes a shared link's inputs into the form), the
 *   404 page's language order (src/islands/not-found.ts), and
 *   on every page the print, assumption-marker and search-message scripts (src/islands/print.ts,
 *   src/islands/assumption-popover.ts, src/integrations/upstream/pagefind-result-count.browser.ts);
 * - the calculator island is at most 22 KB gzipped without the Temporal polyfill (which is fetched
 *   only by browsers that lack Temporal).
 *
 * "Starlight's own" scripts are those of the general FAQ page (a docs page rendered by Starlight's
 * route, with a table of contents, and none of our scripts), in every locale;
 * Starlight component scripts that are bundled apart are also recognised by their chunk name (see
 * src/integrations/upstream/starlight-script-chunks.ts). Our scripts are recognised by the string
 * literals of their sources (selectors, attribute names), which survive minification.
 * Reads the end-to-end site's build (tmp/e2e/dist or PLAN_ATLAS_DIST); no browser needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { calculatorPath, generalFaqPath } from '#lib/routes.ts';
import {
	bytesOf,
	carriesFingerprint,
	moduleGraph,
	pageAssets,
	sourceFingerprint,
	type PageScript,
} from '../../bench/page-assets.ts';
import { starlightScriptChunks } from '../../src/integrations/upstream/starlight-script-chunks.ts';
import { builtPages, readPage } from '../../src/node/built-pages.ts';
import { e2eDist } from '../../e2e/builds.ts';
import { siteLocales } from '../../e2e/locales.ts';

const dist = e2eDist();
// 15 KB until the island learned each calendar's holiday rule (the region field, note and what-if): 15.3 KB;
// 16 KB until it became a custom element filling the page's templates and read dates of every year by one
// rule (years 1–9999, not Date.UTC's 1900s for 0–99): 16.0 KB; 17 KB until the engine learned real
// vendors' terms (included tiers, add-ons, attributes, request types, clock-start events) and pages
// marked texts not yet translated: 18.2 KB; then the calculator asked for what selects a target and
// said which rule applied (resolving a plan's terms, the fields a plan needs, the ticket's words): 20.5 KB;
// 21 KB until it counted on the version of the terms in effect when the ticket was opened: 21.3 KB;
// 21.5 KB until each deadline led with where its clock stands, a line said what the answer is for,
// a phone kept the answer in view and what the reader typed before the island ran was kept: 21.8 KB
// (the calendar file, the timelines and the problems' wording are fetched on first use, not counted).
const CALCULATOR_BUDGET_GZIP = 22 * 1024;

/**
 * Our scripts on every page (the print line and details, the search dialog's messages): allowed
 * everywhere, and not counted as Starlight's own although the reference pages carry them.
 */
const siteWide = [
	'src/islands/print.ts',
	'src/islands/assumption-popover.ts',
	'src/integrations/upstream/pagefind-result-count.browser.ts',
].map((name) => ({
	name,
	fingerprint: sourceFingerprint(readFileSync(name, 'utf8')),
}));

/** Our scripts that may ship, with their fingerprints. */
const ours = [
	...readdirSync('src/islands')
		.filter((f) => /^plans-.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
		.map((f) => ({ name: `src/islands/${f}`, source: readFileSync(`src/islands/${f}`, 'utf8') })),
	{
		name: 'src/islands/severity-picker.ts',
		source: readFileSync('src/islands/severity-picker.ts', 'utf8'),
	},
	{ name: 'src/islands/not-found.ts', source: readFileSync('src/islands/not-found.ts', 'utf8') },
	{
		name: 'src/islands/calculator/prefill.ts',
		source: readFileSync('src/islands/calculator/prefill.ts', 'utf8'),
	},
	{
		name: 'calculator island (src/islands/calculator/)',
		source: readdirSync('src/islands/calculator')
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'prefill.ts')
			.map((f) => readFileSync(`src/islands/calculator/${f}`, 'utf8'))
			.join('\n'),
	},
].map((s) => ({ ...s, fingerprint: sourceFingerprint(s.source) }));
const calculator = ours.at(-1)!;

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const htmlOf = (path: string) => readPage(dist, path);
/** A script's identity across pages: its URL, or its inline code. */
const keyOf = (s: PageScript) => s.src ?? `inline:${s.inline!.trim()}`;
/** What a script runs: its inline code, or its module and every module that one imports statically. */
const codeOf = (s: PageScript) =>
	s.src ? moduleGraph(dist, [s.src]).modules.map(read).join('\n') : s.inline!;
const described = (s: PageScript) =>
	s.src ? s.src : `inline script "${s.inline!.trim().slice(0, 80)}…"`;

describe('JavaScript budgets', () => {
	const reference = new Map<string, PageScript>();
	for (const page of siteLocales.map((l) => generalFaqPath(l.tag))) {
		for (const script of pageAssets(htmlOf(page), dist).scripts)
			if (!siteWide.some((o) => carriesFingerprint(codeOf(script), o.fingerprint)))
				reference.set(keyOf(script), script);
	}
	const isStarlightChunk = starlightScriptChunks(dist);
	const isStarlights = (s: PageScript) =>
		reference.has(keyOf(s)) || (!!s.src && isStarlightChunk(s.src));

	test('the reference pages carry none of our scripts', () => {
		const mixedIn = [...reference.values()].flatMap((s) =>
			ours
				.filter((o) => carriesFingerprint(codeOf(s), o.fingerprint))
				.map((o) => `${described(s)} is ${o.name}`)
		);
		expect(
			mixedIn,
			'the general FAQ pages define "Starlight\'s own" scripts, so they must not ship ours'
		).toEqual([]);
		expect(reference.size, 'the reference pages have scripts (theme, search...)').toBeGreaterThan(
			0
		);
	});

	for (const locale of siteLocales) {
		test(`no page ships JavaScript beyond Starlight's own and ours (${locale.tag})`, () => {
			const others = siteLocales
				.filter((l) => l.home !== '/' && l.home !== locale.home)
				.map((l) => l.home);
			const pages = builtPages(dist).filter(
				(p) => p.startsWith(locale.home) && !others.some((prefix) => p.startsWith(prefix))
			);
			expect(pages.length).toBeGreaterThan(10);
			const extra: string[] = [];
			for (const page of pages) {
				for (const script of pageAssets(htmlOf(page), dist).scripts) {
					if (isStarlights(script)) continue;
					const code = codeOf(script);
					if (![...ours, ...siteWide].some((o) => carriesFingerprint(code, o.fingerprint)))
						extra.push(`${page}: ${described(script)}`);
				}
			}
			expect(
				extra,
				`scripts that are neither Starlight's nor allowed (${ours.map((o) => o.name).join('; ')})`
			).toEqual([]);
		});

		test(`calculator island is at most ${CALCULATOR_BUDGET_GZIP / 1024} KB gzipped without the Temporal polyfill (${locale.tag})`, () => {
			const page = calculatorPath(locale.tag);
			const island = pageAssets(htmlOf(page), dist).scripts.filter(
				(s) => s.src && !isStarlights(s) && carriesFingerprint(codeOf(s), calculator.fingerprint)
			);
			expect(
				island.map((s) => s.src),
				`the calculator island on ${page}`
			).toHaveLength(1);
			const { modules, lazy } = moduleGraph(dist, [island[0]!.src!]);
			// The polyfill is a dynamic import: loaded only where Temporal is missing, so not counted.
			expect(
				lazy.some((p) => read(p).includes('Temporal')),
				'the Temporal polyfill stays a separate, on-demand chunk'
			).toBe(true);
			const gzip = bytesOf(modules.map((p) => readFileSync(join(dist, p)))).gzip;
			expect(
				gzip,
				`${page}: calculator island (${modules.join(', ')}) is ${(gzip / 1024).toFixed(1)} KB gzipped`
			).toBeLessThanOrEqual(CALCULATOR_BUDGET_GZIP);
		});
	}
});
