/**
 * The `<head>` of every page of the built end-to-end site, as a browser reads it: one `<title>` that
 * names the page as its heading does and then the site, and, on every page built from the catalogue,
 * the Twitter card's title and description matching the Open Graph ones and the page's description.
 */
import { describe, expect, test } from 'vitest';
import { generalFaqPath } from '#lib/routes.ts';
import { SITE_TITLE } from '#lib/site.ts';
import {
	builtPages,
	elementsOf,
	parseHtml,
	readPage,
	readableText,
	type ParsedPage,
} from '../../src/node/built-pages.ts';
import { e2eDist } from '../../e2e/builds.ts';
import { siteLocales } from '../../e2e/locales.ts';

const dist = e2eDist();
const pages = builtPages(dist);
/** The general FAQ is a docs page that Starlight heads itself (no Twitter card of ours). */
const docsPages = new Set(siteLocales.map((l) => generalFaqPath(l.tag)));

/** Each page parsed once: its elements and its heading's text. */
const parsed = pages.map((path) => {
	const html = readPage(dist, path);
	return { path, page: parseHtml(html), heading: readableText(html, 'h1') };
});

/** The `content` of each `<meta>` whose `name` or `property` is `key`. */
function metaContents(page: ParsedPage, key: string): string[] {
	return elementsOf(page, 'meta')
		.filter((e) => e.attributes.get('name') === key || e.attributes.get('property') === key)
		.map((e) => e.attributes.get('content') ?? '');
}

describe('page heads', () => {
	test('the build has pages of every kind to check', () => {
		expect(pages.length).toBeGreaterThan(50);
		for (const page of docsPages) expect(pages).toContain(page);
	});

	test('every page has one <title>: its heading, then the site’s name', () => {
		const wrong: string[] = [];
		for (const { path, page, heading } of parsed) {
			const titles = elementsOf(page, 'title').filter((t) => !t.inTemplate);
			const expected = `${heading} | ${SITE_TITLE}`;
			if (titles.length !== 1 || titles[0]!.text !== expected)
				wrong.push(`${path}: ${JSON.stringify(titles.map((t) => t.text))}, expected "${expected}"`);
		}
		expect(wrong).toEqual([]);
	});

	test('every page built from the catalogue has a Twitter card that matches its Open Graph title and description', () => {
		const wrong: string[] = [];
		for (const { path, page, heading } of parsed.filter((p) => !docsPages.has(p.path))) {
			const [description] = metaContents(page, 'description');
			const found = {
				'og:title': metaContents(page, 'og:title'),
				'twitter:title': metaContents(page, 'twitter:title'),
				'og:description': metaContents(page, 'og:description'),
				'twitter:description': metaContents(page, 'twitter:description'),
			};
			const expected = {
				'og:title': [heading],
				'twitter:title': [heading],
				'og:description': [description],
				'twitter:description': [description],
			};
			if (!description || JSON.stringify(found) !== JSON.stringify(expected))
				wrong.push(`${path}: ${JSON.stringify(found)}`);
		}
		expect(wrong).toEqual([]);
	});
});
