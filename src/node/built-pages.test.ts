import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { builtFiles } from './built-files.ts';
import {
	anchorsOf,
	builtPages,
	linksOf,
	metaHttpEquiv,
	parseHtml,
	readableText,
	readParsedPage,
	runsAsCode,
	scriptsOf,
	stylesOf,
	urlsOf,
} from './built-pages.ts';

describe('a parsed page', () => {
	const page = parseHtml(
		[
			'<!doctype html><html><head>',
			'<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">',
			'<style>a > b { color: red }</style>',
			'<script>if (a < b && c) document.write("<a href=\'/no/\'>")</script>',
			'<script type="application/ld+json">{"@type": "FAQPage"}</script>',
			'<script type="module" src="/_astro/x.js"></script>',
			'</head><body>',
			'<a href="/a/?x=1&amp;y=2">a</a><a class=x href=\'/b/\'>b</a><area href=/c/>',
			'<h2 id="one">x</h2><a name="two"></a><p title="<a href=/fake/>">text</p>',
			'<template><a id="hidden" href="/t/" onclick="x()">t</a></template>',
			'</body></html>',
		].join('')
	);

	test('links are the hrefs of a and area elements, entities decoded, never inside scripts, attributes or templates', () => {
		expect(linksOf(page)).toEqual(['/a/?x=1&y=2', '/b/', '/c/']);
	});

	test('anchors are ids and a names outside templates', () => {
		expect([...anchorsOf(page)]).toEqual(['one', 'two']);
	});

	test('scripts keep their code byte for byte, with their type and src', () => {
		expect(scriptsOf(page)).toEqual([
			{ text: 'if (a < b && c) document.write("<a href=\'/no/\'>")' },
			{ type: 'application/ld+json', text: '{"@type": "FAQPage"}' },
			{ src: '/_astro/x.js', type: 'module', text: '' },
		]);
		expect(scriptsOf(page).map(runsAsCode)).toEqual([true, false, true]);
		expect(stylesOf(page)).toEqual(['a > b { color: red }']);
	});

	test('meta http-equiv is matched without regard to case; template elements are still seen', () => {
		expect(metaHttpEquiv(page, 'content-security-policy')).toEqual(["default-src 'self'"]);
		const inTemplate = page.elements.filter((e) => e.inTemplate);
		expect(inTemplate.map((e) => [e.tag, e.attributes.get('onclick')])).toEqual([['a', 'x()']]);
	});
});

describe('the text a reader reads', () => {
	const html = `<html><head><title>Skipped</title></head><body>
		<h1>Plans <span>of</span> Orbit</h1>
		<main><p>Round &amp; round,</p><script>var x = "<p>not text</p>";</script>
		<style>p { color: red }</style><template><p>later</p></template>
		<ul><li>one</li><li>two</li></ul></main><footer>After</footer></body></html>`;

	test('is the first element’s text, scripts, styles and templates left out, spaces collapsed', () => {
		expect(readableText(html, 'h1')).toBe('Plans of Orbit');
		expect(readableText(html, 'main')).toBe('Round & round, one two');
		expect(readableText(html, 'nav')).toBe('');
	});
});

describe('the URLs a page loads or links', () => {
	test('come from href, src, srcset, action, poster, data and content, templates and noscript included', () => {
		const page = parseHtml(
			[
				'<head><noscript><link rel="stylesheet" href="/no-js.css"></noscript>',
				'<meta property="og:image" content="/og.png"></head><body>',
				'<img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt="">',
				'<form action="/search/"></form><video poster="/p.jpg"></video><object data="/d.svg"></object>',
				'<template><a href="/t/">t</a></template>',
				'<script>el.href = "/not-an-attribute/"</script><p title="/title/">x</p>',
			].join('')
		);
		expect(urlsOf(page)).toEqual([
			'/no-js.css',
			'/og.png',
			'/a.png',
			'/a-1x.png',
			'/a-2x.png',
			'/search/',
			'/p.jpg',
			'/d.svg',
			'/t/',
		]);
	});
});

describe('a build folder', () => {
	const dist = mkdtempSync(join(tmpdir(), 'plan-atlas-built-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	mkdirSync(join(dist, 'pl/faq'), { recursive: true });
	mkdirSync(join(dist, '_astro'), { recursive: true });
	writeFileSync(join(dist, 'index.html'), '<h1 id="top">Home</h1>');
	writeFileSync(join(dist, '404.html'), '<h1>Not found</h1>');
	writeFileSync(join(dist, 'pl/faq/index.html'), '<a href="/">x</a>');
	writeFileSync(join(dist, '_astro/x.js'), '');

	test('lists its files and its pages by URL path, sorted', () => {
		expect(builtFiles(dist)).toEqual([
			'/404.html',
			'/_astro/x.js',
			'/index.html',
			'/pl/faq/index.html',
		]);
		expect(builtPages(dist)).toEqual(['/', '/404.html', '/pl/faq/']);
	});

	test('reads a page by its URL path', () => {
		expect([...anchorsOf(readParsedPage(dist, '/'))]).toEqual(['top']);
		expect(linksOf(readParsedPage(dist, '/pl/faq/'))).toEqual(['/']);
	});
});
