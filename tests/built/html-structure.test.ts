/**
 * The built pages parse into the structure their components write. A paragraph cannot hold a block:
 * a browser ends the `<p>` at a `<details>` (an assumption marker) or a list, and turns the `</p>` left
 * over into an empty paragraph of its own, so text meant to follow the block lands outside it.
 */
import { expect, test } from 'vitest';
import { e2eDist, EXAMPLE_DIST } from '../../e2e/builds.ts';
import { builtPages, readParsedPage } from '../../src/node/built-pages.ts';

for (const [name, dist] of [
	['fixture', e2eDist()],
	['example', EXAMPLE_DIST],
] as const)
	test(`no paragraph of the ${name} site is cut short by a block inside it`, () => {
		const pages = builtPages(dist);
		expect(pages.length).toBeGreaterThan(0);
		const cut = pages.filter((path) =>
			readParsedPage(dist, path).elements.some(
				(e) => e.tag === 'p' && e.childCount === 0 && e.attributes.size === 0
			)
		);
		expect(cut).toEqual([]);
	});
