/**
 * Every page of the build is painted once it has all been parsed, not while it streams in
 * (src/lib/views/parts/paint-once.ts): it holds one render-blocking wait for the element that ends it, and
 * that element is last. e2e/first-paint.spec.ts shows in the browser what the wait does.
 */
import { expect, test } from 'vitest';
import { PAGE_END_ID } from '#lib/views/parts/paint-once.ts';
import { builtPages, elementsOf, readParsedPage } from '../../src/node/built-pages.ts';
import { e2eDist } from '../../e2e/builds.ts';

const dist = e2eDist();

test('every built page waits for its last element before the first paint', () => {
	const pages = builtPages(dist);
	expect(pages.length).toBeGreaterThan(0);
	const wrong: string[] = [];
	for (const path of pages) {
		const page = readParsedPage(dist, path);
		const waits = elementsOf(page, 'link').filter(
			(e) => e.attributes.get('rel') === 'expect' && e.attributes.get('blocking') === 'render'
		);
		// Module scripts may follow: they run once the page is parsed and do not hold the paint.
		const last = page.elements.filter((e) => !e.inTemplate && e.tag !== 'script').at(-1);
		if (waits.length !== 1 || waits[0]!.attributes.get('href') !== `#${PAGE_END_ID}`)
			wrong.push(`${path}: ${waits.length} render-blocking expect links`);
		else if (last?.attributes.get('id') !== PAGE_END_ID)
			wrong.push(`${path}: the last element is <${last?.tag}>, not #${PAGE_END_ID}`);
	}
	expect(wrong).toEqual([]);
});
