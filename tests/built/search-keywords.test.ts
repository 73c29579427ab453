/**
 * Search keywords in the built end-to-end site: the comparison, the calculator and the general FAQ
 * of every locale carry that locale's everyday words for them, hidden from readers, weighted above
 * body text and inside the part of the page search indexes; no other page carries any.
 */
import { describe, expect, test } from 'vitest';
import { calculatorPath, comparePath, generalFaqPath } from '#lib/routes.ts';
import { SEARCH_KEYWORDS_WEIGHT } from '#lib/search/keywords.ts';
import { builtPages, readPage } from '../../src/node/built-pages.ts';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { e2eDist } from '../../e2e/builds.ts';
import { localeOfPath, siteLocales, uiStrings } from '../../e2e/locales.ts';

type Element = DefaultTreeAdapterTypes.Element;

const dist = e2eDist();

/** The keyword blocks of a page, each with its attributes and whether search's indexed part holds it. */
function keywordBlocks(html: string) {
	const found: { attrs: Map<string, string>; text: string; indexed: boolean }[] = [];
	const walk = (node: DefaultTreeAdapterTypes.ParentNode, indexed: boolean) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			const element = child as Element;
			const attrs = new Map(element.attrs.map((a) => [a.name, a.value]));
			const inBody = indexed || attrs.has('data-pagefind-body');
			if (attrs.has('data-search-keywords'))
				found.push({
					attrs,
					text: element.childNodes
						.map((c) => ('value' in c ? c.value : ''))
						.join('')
						.trim(),
					indexed: inBody,
				});
			walk(element, inBody);
		}
	};
	walk(parse(html), false);
	return found;
}

const keywordPages = siteLocales.flatMap((l) => [
	{ path: comparePath(l.tag), key: 'atlas.search.keywords.compare' },
	{ path: calculatorPath(l.tag), key: 'atlas.search.keywords.calculator' },
	{ path: generalFaqPath(l.tag), key: 'atlas.search.keywords.generalFaq' },
]);

describe('search keywords', () => {
	test.each(keywordPages)(
		'$path carries its everyday words, weighted and indexed',
		({ path, key }) => {
			const blocks = keywordBlocks(readPage(dist, path));
			const words = uiStrings(localeOfPath(path).tag)[key];
			expect(words).toBeTruthy();
			expect(blocks).toEqual([
				{
					attrs: new Map([
						['hidden', ''],
						['data-search-keywords', ''],
						['data-pagefind-weight', String(SEARCH_KEYWORDS_WEIGHT)],
					]),
					text: words,
					indexed: true,
				},
			]);
		}
	);

	test('no other page carries keywords', () => {
		const others = builtPages(dist).filter((p) => !keywordPages.some((k) => k.path === p));
		expect(others.length).toBeGreaterThan(50);
		expect(others.filter((p) => keywordBlocks(readPage(dist, p)).length > 0)).toEqual([]);
	});
});
