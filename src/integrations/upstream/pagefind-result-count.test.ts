import { afterEach, describe, expect, test } from 'vitest';
import {
	fakeProject,
	installedText,
	type PackageFiles,
} from '../../../tests/support/fake-packages.ts';
import { UpstreamChanged } from './installed.ts';
import { PAGEFIND_UI_CORE, STARLIGHT_SEARCH } from './pagefind-default-ui.ts';
import { checkPagefindResultCount, RESULT_COUNT_TEMPLATES } from './pagefind-result-count.ts';
import { readUiStrings } from '../../node/ui-strings-files.ts';

const search = installedText('@astrojs/starlight', STARLIGHT_SEARCH);
const uiCore = installedText('@pagefind/default-ui', PAGEFIND_UI_CORE);

let remove = () => {};
afterEach(() => remove());
/** Checks copies of Pagefind's module and Starlight's search component, changed as given. */
const check = (pagefind: PackageFiles, starlight: PackageFiles = {}) => {
	const project = fakeProject({
		'@astrojs/starlight': { [STARLIGHT_SEARCH]: search, ...starlight },
		'@pagefind/default-ui': { [PAGEFIND_UI_CORE]: uiCore, ...pagefind },
	});
	remove = project.remove;
	return () => checkPagefindResultCount(project.root);
};

describe("the patch of Pagefind's result count", () => {
	test('passes on the installed Pagefind and Starlight', () => {
		expect(() => checkPagefindResultCount()).not.toThrow();
		expect(check({})).not.toThrow();
	});

	test('fails when Pagefind renames its message element or its templates', () => {
		const renamed = uiCore.replaceAll('pagefind-ui__message', 'pagefind-ui__status');
		expect(check({ [PAGEFIND_UI_CORE]: renamed })).toThrow(UpstreamChanged);
		expect(check({ [PAGEFIND_UI_CORE]: renamed })).toThrow(/"\\"pagefind-ui__message "/);
		const plural = uiCore.replaceAll('"many_results"', '"results_other"');
		expect(check({ [PAGEFIND_UI_CORE]: plural })).toThrow(/"\\"many_results\\","/);
	});

	test('fails when Pagefind writes the count otherwise', () => {
		const counted = uiCore.replaceAll(
			'.replace(/\\[COUNT\\]/, new Intl.NumberFormat(',
			'.replace(/\\{count\\}/, String('
		);
		expect(check({ [PAGEFIND_UI_CORE]: counted })).toThrow(/\[COUNT\\\\\]/);
	});

	test('fails when Starlight no longer hands the pagefind.* strings to Pagefind', () => {
		const without = search.replace("key.startsWith('pagefind.')", "key.startsWith('search.')");
		expect(check({}, { [STARLIGHT_SEARCH]: without })).toThrow(/Search\.astro no longer contains/);
	});

	test('its templates are UI strings of every locale, with the count', () => {
		for (const [tag, strings] of Object.entries(readUiStrings()))
			for (const key of RESULT_COUNT_TEMPLATES)
				expect(strings[key], `${tag} ${key}`).toContain('[COUNT]');
	});
});
