import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { UpstreamChanged } from './installed.ts';
import { starlightComponentNames, starlightScriptChunks } from './starlight-script-chunks.ts';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));
/** A build folder whose _astro/ holds files of these names. */
function build(files: string[]): string {
	dist = mkdtempSync(join(tmpdir(), 'plan-atlas-chunks-'));
	mkdirSync(join(dist, '_astro'));
	for (const file of files) writeFileSync(join(dist, '_astro', file), '');
	return dist;
}

describe("the names of Starlight's script chunks", () => {
	test('are those of its components', () => {
		const names = starlightComponentNames();
		for (const name of ['Search', 'TableOfContents', 'MobileTableOfContents', 'Tabs'])
			expect(names, name).toContain(name);
	});

	test("recognise Starlight's component scripts in a build named as Astro names them", () => {
		const isStarlights = starlightScriptChunks(
			build([
				'Search.astro_astro_type_script_index_0_lang.DGhXuEQD.js',
				'TableOfContents.astro_astro_type_script_index_0_lang.BMmeVZKe.js',
				'Calculator.astro_astro_type_script_index_0_lang.UWiQ1apt.js',
			])
		);
		expect(
			isStarlights('/_astro/TableOfContents.astro_astro_type_script_index_0_lang.BMmeVZKe.js')
		).toBe(true);
		expect(
			isStarlights('/_astro/Calculator.astro_astro_type_script_index_0_lang.UWiQ1apt.js')
		).toBe(false);
		expect(isStarlights('/_astro/search-on-demand.ClCEJ0Oj.js')).toBe(false);
	});

	test('fail when the build names chunks otherwise, or Starlight has no search component', () => {
		const renamed = build(['Search.DGhXuEQD.js', 'TableOfContents.BMmeVZKe.js']);
		expect(() => starlightScriptChunks(renamed)).toThrow(UpstreamChanged);
		expect(() => starlightScriptChunks(renamed)).toThrow(
			/has no chunk named like \/_astro\/Search\.astro_astro_type_script_/
		);
		const named = build(['Search.astro_astro_type_script_index_0_lang.DGhXuEQD.js']);
		expect(() => starlightScriptChunks(named, new Set(['SiteSearch']))).toThrow(
			/Starlight has no component Search\.astro/
		);
	});
});
