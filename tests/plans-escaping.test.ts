import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// A copy of the catalogue whose English texts carry markup and script, built into a temporary folder.
const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-escaping-'));
const catalogue = join(dir, 'vendors');
const outDir = join(dir, 'site');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = '<script>window.__pwned = 1</script>';
const image = '<img src="x" onerror="window.__pwned = 2">';
const payload = `${script}${image}<b>bold</b>`;

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
		for (const text of ['Pro Plan', 'From the Wati inbox, via the built-in help tool', 'How to submit a ticket', 'Getting help']) wati = inject(wati, text);
		writeFileSync(join(catalogue, 'wati.yaml'), wati);

		const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
			encoding: 'utf8',
			env: { ...process.env, PLAN_ATLAS_CATALOGUE: catalogue },
		});
		expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);

		for (const page of ['plans/wati/index.html', 'plans/wati/pro/index.html', 'compare/index.html']) {
			// Inside a quoted attribute value "<" starts no tag (and a quote in it is escaped as &quot;), so only
			// the markup outside attribute values is searched for live tags.
			const html = readFileSync(join(outDir, page), 'utf8').replace(/="[^"]*"/g, '=""');
			// The injected tags never reach the page as tags...
			expect(html, page).not.toContain(script);
			expect(html, page).not.toContain('<img src="x"');
			expect(html, page).not.toContain('<b>bold</b>');
			// ...but their text does, escaped, where the catalogue text belongs (the tier name is on all three).
			expect(html, page).toContain('Pro Plan &lt;script&gt;window.__pwned = 1&lt;/script&gt;');
		}
		const plans = readFileSync(join(outDir, 'plans/wati/index.html'), 'utf8');
		
		expect(plans).toContain('From the Wati inbox, via the built-in help tool &lt;script&gt;');
		expect(plans).toContain('Getting help &lt;script&gt;');
	}, 180_000);
});
