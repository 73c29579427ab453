/**
 * Follows the README's "Adding a vendor" and "Adding a locale" steps on a temporary copy of the
 * files they touch, so the instructions stay true.
 */
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkCatalogueDir } from '../src/node/catalogue-files.ts';
import { buildSidebar } from '#lib/nav/sidebar.ts';
import { readUiStrings } from '../src/node/ui-strings-files.ts';

const readme = readFileSync('README.md', 'utf8');
const work = mkdtempSync(join(tmpdir(), 'plan-atlas-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('README: adding a vendor', () => {
	test('a copied vendor file with its own id keeps the editor schema hint and validates', () => {
		expect(readme).toContain('## Adding a vendor');
		const hint = '# yaml-language-server: $schema=../../public/schema/vendor.schema.json';
		expect(readme).toContain(hint);
		const dir = join(work, 'vendors');
		cpSync('content/vendors', dir, { recursive: true });
		// Step 1–3: copy an existing vendor, rename the file, set id and name.
		const text = readFileSync(join(dir, 'wati.yaml'), 'utf8');
		expect(text.split('\n')[0]).toBe(hint);
		writeFileSync(
			join(dir, 'acme.yaml'),
			text.replace(/^id: wati$/m, 'id: acme').replace(/^name: Wati$/m, 'name: Acme')
		);
		// Step 4: validate.
		const result = checkCatalogueDir(dir);
		expect(result.issues).toEqual([]);
		if (!result.ok) return;
		expect(result.value.vendors.map((v) => v.id)).toContain('acme');
		// Step 5: the new vendor gets its pages in the navigation.
		const acme = buildSidebar(result.value, readUiStrings()).find((item) => item.label === 'Acme');
		expect(acme && 'items' in acme ? acme.items.map((i) => i.link) : []).toEqual([
			'/plans/acme/',
			'/severity/acme/',
			'/faq/acme/',
		]);
	});

	test('a vendor file whose id does not match its name is refused, with the place of the error', () => {
		const dir = join(work, 'mismatch');
		cpSync('content/vendors', dir, { recursive: true });
		writeFileSync(join(dir, 'acme.yaml'), readFileSync(join(dir, 'wati.yaml'), 'utf8'));
		const result = checkCatalogueDir(dir);
		expect(result.ok).toBe(false);
		expect(
			result.issues.map((i) => `${i.file.replace(/^.*[\\/]/, '')}:${i.line} ${i.path.join('.')}`)
		).toEqual(['acme.yaml:2 id']);
	});
});

describe('README: adding a locale', () => {
	test('a new entry in the locale list is picked up by the schema, Starlight and the translation report', async () => {
		expect(readme).toContain('## Adding a locale');
		// Step 1: add the locale to src/lib/locales.ts (on a copy of src/lib and src/node).
		const project = join(work, 'project');
		cpSync('src/lib', join(project, 'src/lib'), { recursive: true });
		cpSync('src/node', join(project, 'src/node'), { recursive: true });
		// The copy's own package.json, so its #lib/* imports resolve inside the copy.
		cpSync('package.json', join(project, 'package.json'));
		symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
		const localesFile = join(project, 'src/lib/locales.ts');
		const source = readFileSync(localesFile, 'utf8');
		const added = source.replace(
			"{ tag: 'pl', slug: 'pl', label: 'Polski' },",
			"{ tag: 'pl', slug: 'pl', label: 'Polski' },\n\t{ tag: 'de', slug: 'de', label: 'Deutsch' },"
		);
		expect(added).not.toBe(source);
		writeFileSync(localesFile, added);
		const lib = join(project, 'src/lib');
		const { starlightLocales } = await import(join(lib, 'i18n/starlight-locales.ts'));
		expect(starlightLocales().de).toEqual({ label: 'Deutsch', lang: 'de' });

		// Step 3: the catalogue stays valid without German texts (pages show them in English); the
		// schema takes a German text wherever one is added.
		const { checkCatalogueDir: check } = await import(join(project, 'src/node/catalogue-files.ts'));
		const result = check('content/vendors');
		expect(result.ok).toBe(true);
		const { localizedTextSchema } = await import(join(lib, 'catalogue/schema/text.ts'));
		expect(localizedTextSchema.safeParse({ en: 'Basic', de: 'Basis' }).success).toBe(true);

		// Step 2: a strings file src/content/i18n/de.json; the report lists what it still lacks.
		const strings = {
			...readUiStrings(),
			de: { 'atlas.home.title': 'Supportpläne im Vergleich' },
		};
		const { buildI18nReport } = await import(join(lib, 'translation-report/report.ts'));
		const { loadCatalogue } = await import('../src/node/catalogue-files.ts');
		const de = buildI18nReport(loadCatalogue('content/vendors'), strings).find(
			(r: { tag: string }) => r.tag === 'de'
		);
		expect(de.uiMissing).toContain('atlas.home.description');
		expect(de.uiMissing).not.toContain('atlas.home.title');
		expect(de.uiMissing).toContain('atlas.duration.businessDays_one');
		// ...and, as its translation status, every catalogue text not yet in German, by vendor.
		expect(de.missing.map((m: { vendor: string }) => m.vendor)).toEqual(
			result.value.vendors.map((v: { id: string }) => v.id)
		);
		expect(de.missing[0].paths).toContain('summary');

		// Step 4: the docs page of the locale goes under src/content/docs/<slug>/ (English at the root).
		expect(readdirSync('src/content/docs')).toEqual(
			expect.arrayContaining(['faq.mdx', 'pl', 'ko', 'zh-cn', 'zh-tw'])
		);
	}, 60_000);
});
