import { afterEach, describe, expect, test } from 'vitest';
import {
	fakeProject,
	installedText,
	type PackageFiles,
} from '../../../tests/support/fake-packages.ts';
import { UpstreamChanged } from './installed.ts';
import {
	checkPagefindDefaultUi,
	PAGEFIND_UI_CORE,
	STARLIGHT_SEARCH,
} from './pagefind-default-ui.ts';

const search = installedText('@astrojs/starlight', STARLIGHT_SEARCH);
const uiCore = installedText('@pagefind/default-ui', PAGEFIND_UI_CORE);

let remove = () => {};
afterEach(() => remove());
/** Checks copies of Starlight's search component and Pagefind's module, changed as given. */
const check = (starlight: PackageFiles, pagefind: PackageFiles = {}) => {
	const project = fakeProject({
		'@astrojs/starlight': { [STARLIGHT_SEARCH]: search, ...starlight },
		'@pagefind/default-ui': { [PAGEFIND_UI_CORE]: uiCore, ...pagefind },
	});
	remove = project.remove;
	return () => checkPagefindDefaultUi(project.root);
};

describe("the patch of Starlight's import of Pagefind's interface", () => {
	test('passes on the installed Starlight and Pagefind', () => {
		expect(() => checkPagefindDefaultUi()).not.toThrow();
		expect(check({})).not.toThrow();
	});

	test('fails when Starlight imports another package, or builds the interface in another element', () => {
		const other = search.replace(
			"import('@pagefind/default-ui')",
			"import('@pagefind/component-ui')"
		);
		expect(check({ [STARLIGHT_SEARCH]: other })).toThrow(UpstreamChanged);
		expect(check({ [STARLIGHT_SEARCH]: other })).toThrow(
			/Search\.astro no longer contains "await import\('@pagefind\/default-ui'\)"/
		);
		expect(
			check({ [STARLIGHT_SEARCH]: search.replaceAll('starlight__search', 'sl-search') })
		).toThrow(/"element: '#starlight__search'", "<div id=\\"starlight__search\\""/);
		expect(check({ [STARLIGHT_SEARCH]: null })).toThrow(/has no file dist\/components\/Search/);
	});

	test('fails when Pagefind’s module moved or no longer exports PagefindUI', () => {
		expect(check({}, { [PAGEFIND_UI_CORE]: null })).toThrow(/has no file npm_dist\/mjs\/ui-core/);
		expect(
			check({}, { [PAGEFIND_UI_CORE]: uiCore.replace(/export \{\n {2}PagefindUI\n\};/, '') })
		).toThrow(/ui-core\.mjs no longer contains "export/);
	});
});
