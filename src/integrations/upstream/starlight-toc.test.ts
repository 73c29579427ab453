import { afterEach, describe, expect, test } from 'vitest';
import {
	fakeProject,
	installedText,
	type PackageFiles,
} from '../../../tests/support/fake-packages.ts';
import { UpstreamChanged } from './installed.ts';
import {
	checkStarlightToc,
	START,
	startOnScroll,
	TOC_COMPONENTS,
	TOC_MODULE,
	tocPatch,
} from './starlight-toc.ts';

const STARLIGHT = '@astrojs/starlight';
const code = installedText(STARLIGHT, TOC_MODULE);
const starlightFiles = (): PackageFiles => ({
	[TOC_MODULE]: code,
	...Object.fromEntries(TOC_COMPONENTS.map((path) => [path, installedText(STARLIGHT, path)])),
});

let remove = () => {};
afterEach(() => remove());
/** Checks a copy of Starlight's files with some changed. */
const checkChanged = (changes: PackageFiles) => {
	const project = fakeProject({ [STARLIGHT]: { ...starlightFiles(), ...changes } });
	remove = project.remove;
	return () => checkStarlightToc(project.root);
};

describe("the patch of Starlight's table of contents", () => {
	test('moves the installed element’s start to the first scroll, unless the page opened at a section', () => {
		const patched = startOnScroll(code);
		expect(patched).not.toBe(code);
		expect(patched).toContain('if (location.hash) this.onIdle(() => this.init());');
		expect(patched).toContain('addEventListener("scroll", () => this.onIdle(() => this.init())');
		expect(checkChanged({})).not.toThrow();
	});

	test('fails when the line it replaces changed, is gone or is there twice', () => {
		const changed = code.replace(START, 'this.onIdle(this.init);');
		expect(() => startOnScroll(changed)).toThrow(UpstreamChanged);
		expect(() => startOnScroll(changed)).toThrow(/has 0 times the line "this\.onIdle/);
		expect(() => startOnScroll(code.replace(START, `${START}\n${START}`))).toThrow(/2 times/);
		expect(checkChanged({ [TOC_MODULE]: changed })).toThrow(UpstreamChanged);
	});

	test('fails when a member the replacement uses is gone', () => {
		expect(() => startOnScroll(code.replaceAll('_current', '_link'))).toThrow(/"_current ="/);
		expect(() => startOnScroll(code.replace('set current(', 'set currentLink('))).toThrow(
			/"set current\("/
		);
	});

	test('fails when the module moved, or a component no longer loads it', () => {
		expect(checkChanged({ [TOC_MODULE]: null })).toThrow(/has no file .*starlight-toc\.js/);
		const [component] = TOC_COMPONENTS;
		expect(
			checkChanged({
				[component]: installedText(STARLIGHT, component).replaceAll(
					'/starlight-toc',
					'/toc-element'
				),
			})
		).toThrow(/TableOfContents\.astro no longer contains/);
		remove();
		expect(() => checkStarlightToc('/')).toThrow(/@astrojs\/starlight is not installed/);
	});

	test('fails at the end of a client build that bundled the table of contents unpatched', () => {
		const path =
			'/x/node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js';
		const ids = [
			'/x/node_modules/@astrojs/starlight/dist/components/TableOfContents.astro?astro&type=script&index=0&lang.ts',
			'/y/starlight-toc.js',
		];
		// Vite named the module otherwise: not patched, and the build fails at its end.
		const missed = tocPatch(path);
		expect(missed.transform(code, '/y/starlight-toc.js')).toBeUndefined();
		expect(() => missed.finish('prerender', ids)).not.toThrow();
		expect(() => missed.finish('client', ids)).toThrow(/bundled .* without .* passing through/);
		// Patched: the same build passes.
		const applied = tocPatch(path);
		expect(applied.transform(code, `${path}?v=1`)).toBe(startOnScroll(code));
		expect(() => applied.finish('client', ids)).not.toThrow();
		// A changed module fails as soon as it is transformed.
		expect(() => tocPatch(path).transform(code.replace(START, ''), path)).toThrow(UpstreamChanged);
	});
});
