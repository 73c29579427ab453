import { afterEach, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import {
	fakeProject,
	installedText,
	type PackageFiles,
} from '../../../tests/support/fake-packages.ts';
import { UpstreamChanged } from './installed.ts';
import {
	COMPONENTS_WITH_INLINE_SCRIPTS,
	inlineScripts,
	STARLIGHT_COMPONENTS,
	starlightInlineScripts,
} from './starlight-inline-scripts.ts';

const component = `---
const x = 1;
---
<script is:inline>
	window.a = 1;
</script>
<script>import './bundled.ts';</script>
<script is:inline type="application/ld+json">{"not": "code"}</script>
<script aria-hidden="true" is:inline>window.b = 'ü';</script>
<script is:inline src="/x.js"></script>
<script type="application/json" set:html={data} />
<script is:inline>window.c = 3;</script>
`;

const installed = Object.fromEntries(
	COMPONENTS_WITH_INLINE_SCRIPTS.map((file) => [
		`${STARLIGHT_COMPONENTS}/${file}`,
		installedText('@astrojs/starlight', `${STARLIGHT_COMPONENTS}/${file}`),
	])
);

let remove = () => {};
afterEach(() => remove());
/** Reads a copy of Starlight's components with inline scripts, changed as given. */
const read = (changes: PackageFiles) => {
	const project = fakeProject({ '@astrojs/starlight': { ...installed, ...changes } });
	remove = project.remove;
	return () =>
		starlightInlineScripts(
			join(project.root, 'node_modules/@astrojs/starlight', STARLIGHT_COMPONENTS)
		);
};
const ThemeProvider = `${STARLIGHT_COMPONENTS}/components/ThemeProvider.astro`;

describe("the reader of Starlight's inline scripts", () => {
	test('reads the bodies of the is:inline scripts that run as code, byte for byte', () => {
		expect(inlineScripts(component)).toEqual([
			'\n\twindow.a = 1;\n',
			"window.b = 'ü';",
			'window.c = 3;',
		]);
	});

	test('finds the inline scripts of the installed Starlight, and of a copy of it', () => {
		const scripts = starlightInlineScripts();
		expect(scripts.some((s) => s.includes('StarlightThemeProvider.updatePickers()'))).toBe(true);
		expect(read({})().sort()).toEqual(
			Object.values(installed)
				.flatMap((source) => inlineScripts(source))
				.sort()
		);
	});

	test('fails when a component that had inline scripts has none', () => {
		const bundled = installed[ThemeProvider]!.replace('<script is:inline>', '<script>');
		expect(read({ [ThemeProvider]: bundled })).toThrow(UpstreamChanged);
		expect(read({ [ThemeProvider]: bundled })).toThrow(
			/Starlight's components\/ThemeProvider\.astro has no inline script/
		);
		expect(read({ [ThemeProvider]: null })).toThrow(/ThemeProvider\.astro has no inline script/);
	});

	test('fails when Starlight no longer ships .astro files there', () => {
		const project = fakeProject({ '@astrojs/starlight': { 'dist/index.js': '' } });
		remove = project.remove;
		expect(() => starlightInlineScripts(join(project.root, 'nowhere'))).toThrow(
			/Starlight has no folder .*nowhere/
		);
	});

	test('fails on a script whose text Astro rewrites, or a <script> it cannot read whole', () => {
		const vars = installed[ThemeProvider]!.replace(
			'<script is:inline>',
			'<script is:inline define:vars={{ a }}>'
		);
		expect(read({ [ThemeProvider]: vars })).toThrow(/an inline script whose text Astro rewrites/);
		expect(() => inlineScripts('<script is:inline>a()</script><script is:inline src=x>')).toThrow(
			/has 2 <script> tags, of which 1 read as whole elements/
		);
	});
});
