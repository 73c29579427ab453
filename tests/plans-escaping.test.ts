import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// A copy of the catalogue whose English texts carry markup, built into a temporary folder. The markup is
// of the kind the validator lets through (script-like markup is rejected before any page is built, see
// src/lib/catalogue/schema.test.ts), so only escaping stands between it and the page.
const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-escaping-'));
const catalogue = join(dir, 'vendors');
const outDir = join(dir, 'site');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

/** Reads character references back as characters (the head escapes with numeric ones, e.g. &#60;). */
function decodeEntities(html: string): string {
	const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
	return html.replace(
		/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi,
		(whole, dec: string, hex: string, name: string) =>
			dec
				? String.fromCodePoint(Number(dec))
				: hex
					? String.fromCodePoint(parseInt(hex, 16))
					: (named[name] ?? whole)
	);
}

/** Replaces one English text of the Wati file, failing loudly if the seed text moved. */
function inject(yaml: string, text: string): string {
	const line = `en: ${text}`;
	if (!yaml.includes(line)) throw new Error(`seed text not found: ${text}`);
	return yaml.replace(line, `en: ${JSON.stringify(`${text} ${payload}`)}`);
}

describe('catalogue text with markup', () => {
	test('is shown as text on the plan and comparison pages, never as markup', () => {
		cpSync('content/vendors', catalogue, { recursive: true });
		let wati = readFileSync(join(catalogue, 'wati.yaml'), 'utf8');
		for (const text of [
			'Pro Plan',
			'From the Wati inbox, via the built-in help tool',
			'How to submit a ticket',
			'Getting help',
		])
			wati = inject(wati, text);
		writeFileSync(join(catalogue, 'wati.yaml'), wati);

		const run = spawnSync(
			process.execPath,
			['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
			{
				encoding: 'utf8',
				env: { ...process.env, PLAN_ATLAS_CATALOGUE: catalogue },
			}
		);
		expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);

		for (const page of [
			'plans/wati/index.html',
			'plans/wati/pro/index.html',
			'compare/index.html',
		]) {
			const source = readFileSync(join(outDir, page), 'utf8');
			// Inside a quoted attribute value "<" starts no tag (and a quote in it is escaped as &quot;), so only
			// the markup outside attribute values is searched for live tags.
			const html = source.replace(/="[^"]*"/g, '=""');
			// The injected tags never reach the page as tags...
			expect(html, page).not.toContain(bold);
			expect(html, page).not.toContain('<img src=""');
			expect(html, page).not.toContain('<a href="">link</a>');
			expect(html, page).not.toContain(quotes);
			// Every </title> closes a <title> (the page's, or an icon's): none comes from the text.
			expect(html.match(/<\/title>/g)?.length, page).toBe(html.match(/<title[\s>]/g)?.length);
			// ...but their text does, escaped, where the catalogue text belongs (the tier name is on all three).
			expect(source, page).toContain(`Pro Plan ${escapedPayload}`);
		}
		// The tier page's title is the tier name, markup and all, as text.
		// (A browser ends the title at the first "</title>", as this match does.)
		const pageTitle = readFileSync(join(outDir, 'plans/wati/pro/index.html'), 'utf8').match(
			/<title>(.*?)<\/title>/
		)?.[1];
		expect(pageTitle).not.toMatch(/[<>]/);
		expect(decodeEntities(pageTitle ?? '')).toContain(`Pro Plan ${payload}`);
		const plans = readFileSync(join(outDir, 'plans/wati/index.html'), 'utf8');
		expect(plans).toContain(`From the Wati inbox, via the built-in help tool ${escapedPayload}`);
		expect(plans).toContain(`Getting help ${escapedPayload}`);
	}, 240_000);
});
