/**
 * Validate ⇒ build: each fixture catalogue, and a one-vendor copy of an example vendor, builds, and
 * every kind of page exists in every locale for what it holds. Each builds into its own folder inside
 * the project (tmp/<name>/dist): builds whose output lies outside it share Astro's prerender folder.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import 'temporal-polyfill/global';
import { describe, expect, test } from 'vitest';
import { locales } from '../src/lib/i18n/locales.ts';
import {
	calculatorPath,
	comparePath,
	generalFaqPath,
	homePath,
	severityGuidePath,
	tierPath,
	vendorFaqPath,
	vendorPlansPath,
} from '../src/lib/routes.ts';
import { runWorkedExample, workedExampleIds } from '../src/lib/views/faq-examples.ts';
import { loadCatalogue } from '../src/node/catalogue-files.ts';

/** A one-vendor catalogue: a copy of one example vendor file on its own. */
const single = 'tmp/fixture-builds/one-vendor-catalogue';
rmSync(single, { recursive: true, force: true });
mkdirSync(single, { recursive: true });
copyFileSync('content/vendors/wati.yaml', join(single, 'wati.yaml'));

const catalogues: [name: string, dir: string][] = [
	['minimal', 'tests/fixtures/minimal'],
	['full', 'tests/fixtures/full'],
	['one-vendor', single],
];

function build(dir: string, outDir: string): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
			{ env: { ...process.env, PLAN_ATLAS_CATALOGUE: dir } }
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
	test('builds, with every kind of page in every locale and only the worked examples it can show', async () => {
		const outDir = `tmp/fixture-builds/${name}/dist`;
		rmSync(outDir, { recursive: true, force: true });
		const result = await build(dir, outDir);
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
	}, 900_000);
});
