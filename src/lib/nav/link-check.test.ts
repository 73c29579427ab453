import { describe, expect, test } from 'vitest';
import { anchorsOf, findBrokenLinks, linksOf } from './link-check.ts';

const page = (path: string, body: string) => ({ path, html: `<html><body>${body}</body></html>` });

describe('the link checker', () => {
	test('reads hrefs of links (entities decoded) and ignores scripts', () => {
		expect(
			linksOf(
				'<a href="/a/?x=1&amp;y=2">a</a><script>"<a href=\'/no/\'>"</script><a class=x href=\'/b/\'>b</a>'
			)
		).toEqual(['/a/?x=1&y=2', '/b/']);
		expect([...anchorsOf('<h2 id="one">x</h2><a name="two"></a>')]).toEqual(['one', 'two']);
	});

	test('accepts links to pages, files and existing anchors, relative or absolute', () => {
		const pages = [
			page('/', '<a href="/faq/#q1">q</a><a href="faq/">faq</a><a href="/catalogue.json">data</a>'),
			page(
				'/faq/',
				'<h2 id="q1">Q</h2><a href="#q1">self</a><a href="../">home</a><a href="#_top">top</a>'
			),
		];
		expect(findBrokenLinks(pages, new Set(['/catalogue.json']))).toEqual([]);
	});

	test('reports missing pages and missing anchors, and skips external links', () => {
		const pages = [
			page(
				'/',
				'<a href="/plans/x/?a=1">p</a><a href="/faq/#nope">q</a><a href="https://example.org/x">e</a><a href="mailto:a@b">m</a>'
			),
			page('/faq/', '<h2 id="q1">Q</h2>'),
		];
		expect(findBrokenLinks(pages)).toEqual([
			{ from: '/', href: '/plans/x/?a=1', target: '/plans/x/', reason: 'missing-page' },
			{ from: '/', href: '/faq/#nope', target: '/faq/#nope', reason: 'missing-anchor' },
		]);
	});

	test('decodes percent-encoded paths and anchors', () => {
		const pages = [
			page('/', '<a href="/%ED%95%9C/#%EA%B0%80">k</a>'),
			page('/한/', '<h2 id="가">x</h2>'),
		];
		expect(findBrokenLinks(pages)).toEqual([]);
	});
});
