import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// A catalogue with one valid vendor and one broken one, in a temporary folder.
const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-broken-'));
const catalogue = join(dir, 'vendors');
cpSync('src/lib/catalogue/fixtures/valid-minimal.yaml', join(catalogue, 'valid-minimal.yaml'));
cpSync('tests/broken-catalogues/unknown-unit.yaml', join(catalogue, 'unknown-unit.yaml'));
cpSync('tests/broken-catalogues/bad-zone.yaml', join(catalogue, 'bad-zone.yaml'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const node = process.execPath;

describe('an invalid catalogue', () => {
	test('npm run validate lists every error with its position and exits non-zero', () => {
		const run = spawnSync(node, ['scripts/validate.ts', catalogue], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		const lines = run.stderr.trim().split('\n');
		expect(lines).toContain(
			`${join(catalogue, 'bad-zone.yaml').replace(`${process.cwd()}/`, '')}:27:11 calendars[0].zone: expected an IANA time zone name such as "Europe/Warsaw" (found: "Europe/Warsw")`
		);
		expect(
			lines.some((l) =>
				/unknown-unit\.yaml:48:35 tiers\[0\]\.targets\[0\]\.within\.unit: expected a unit: minutes, hours, business-days \(found: "hrs"\)$/.test(
					l
				)
			)
		).toBe(true);
		expect(lines.at(-1)).toBe(`2 errors in the catalogue (${catalogue}).`);
	}, 60_000);

	test('stops the build before any file of the site is written', () => {
		const outDir = join(dir, 'site');
		const run = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
			encoding: 'utf8',
			env: { ...process.env, PLAN_ATLAS_CATALOGUE: catalogue },
		});
		expect(run.status).not.toBe(0);
		expect(`${run.stdout}${run.stderr}`).toContain(
			'The catalogue is invalid; no site was written.'
		);
		expect(`${run.stdout}${run.stderr}`).toMatch(/bad-zone\.yaml:27:11 calendars\[0\]\.zone/);
		expect(existsSync(outDir)).toBe(false);
	}, 240_000);

	test('the valid vendor alone validates', () => {
		rmSync(join(catalogue, 'unknown-unit.yaml'));
		rmSync(join(catalogue, 'bad-zone.yaml'));
		expect(execFileSync(node, ['scripts/validate.ts', catalogue], { encoding: 'utf8' })).toMatch(
			/is valid: 1 vendor, 1 tier\./
		);
	}, 60_000);
});
