/** Accessibility checks with axe, the same way in every spec. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe's minified build, from the copy @axe-core/playwright itself depends on. The builder injects
 * axe.js by default: 1.5 MB that each page parses again (about 0.35 s a check here), where the
 * minified 0.65 MB of the same version takes about 0.25 s.
 */
const axeBuilderRequire = createRequire(
	createRequire(import.meta.url).resolve('@axe-core/playwright')
);
const axeSource = readFileSync(axeBuilderRequire.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The axe violations of the page as it is now, one line each (`rule: selectors`), prefixed with
 * `label` when given. Starlight's own search button has a visible "Ctrl K" hint that axe reads as a
 * label mismatch (label-content-name-mismatch); it is Starlight's markup, not ours, so only it is
 * excluded.
 */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
	const results = await new AxeBuilder({ page, axeSource })
		.exclude('site-search button[data-open-modal]')
		// Only violations are read: axe then skips gathering every passing node, most of its work on a
		// long table page.
		.options({ resultTypes: ['violations'] })
		// axe.run() in the page itself. The default runs axe per frame and then injects axe a second
		// time into a new blank page to merge the results, which doubles the cost of every check; it
		// exists for cross-origin frames, and the site has no frames.
		.setLegacyMode()
		.analyze();
	return results.violations.map(
		(v) =>
			`${label ? `${label} ` : ''}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/** Fails the test with every axe violation of the page as it is now. */
export async function expectNoAxeViolations(page: Page, label?: string): Promise<void> {
	expect(await axeViolations(page, label)).toEqual([]);
}
