import { describe, expect, test } from 'vitest';
import { findBrokenLinks, urlsOutsideBase, type LinkedPage } from './link-check.ts';

/** A page with links and anchors, written as `links` hrefs and `#id` entries. */
const page = (path: string, links: string[], anchors: string[] = []): LinkedPage => ({
	path,
	links,
	anchors: new Set(anchors),
});

describe('the link checker', () => {
	test('accepts links to pages, files and existing anchors, relative or absolute', () => {
		const pages = [
			page('/', ['/faq/#q1', 'faq/', '/catalogue.json', '/faq', '/faq/index.html#q1']),
			page('/faq/', ['#q1', '../', '#_top', '#', ''], ['q1']),
		];
		expect(findBrokenLinks(pages, new Set(['/catalogue.json']))).toEqual([]);
	});

	test('reports missing pages and missing anchors, and skips external links', () => {
		const pages = [
			page('/', [
				'/plans/x/?a=1',
				'/faq/#nope',
				'https://example.org/x',
				'mailto:a@b',
				'//cdn.example/x.js',
			]),
			page('/faq/', [], ['q1']),
		];
		expect(findBrokenLinks(pages)).toEqual([
			{ from: '/', href: '/plans/x/?a=1', target: '/plans/x/', reason: 'missing-page' },
			{ from: '/', href: '/faq/#nope', target: '/faq/#nope', reason: 'missing-anchor' },
		]);
	});

	test('decodes percent-encoded paths and anchors', () => {
		const pages = [page('/', ['/%ED%95%9C/#%EA%B0%80']), page('/한/', [], ['가'])];
		expect(findBrokenLinks(pages)).toEqual([]);
	});
});

describe('the base-path check', () => {
	test('reports root-relative URLs that leave the base path, not external or relative ones', () => {
		const pages = [
			{
				path: '/support/plans/',
				urls: [
					'/support/plans/faq/',
					'/faq/',
					'faq/',
					'https://example.org/',
					'//cdn.example/x.js',
				],
			},
			{ path: '/support/plans/faq/', urls: ['/_astro/x.css', '/support/plans/_astro/y.css'] },
		];
		expect(urlsOutsideBase(pages, '/support/plans/')).toEqual([
			{ from: '/support/plans/', url: '/faq/' },
			{ from: '/support/plans/faq/', url: '/_astro/x.css' },
		]);
		expect(urlsOutsideBase(pages, '/')).toEqual([]);
	});
});
