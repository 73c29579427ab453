/** Accessibility checks with axe, the same way in every spec. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import {
	checkSearchButtonExclusion,
	HINT_MIN_WIDTH,
	SEARCH_BUTTON,
	SEARCH_BUTTON_RULE,
} from '../src/integrations/upstream/starlight-search-button-axe.ts';

/**
 * axe's minified build, from the copy @axe-core/playwright itself depends on. The builder injects
 * axe.js by default: 1.5 MB that each page parses again (about 0.35 s a check here), where the
 * minified 0.65 MB of the same version takes about 0.25 s.
 */
const axeBuilderRequire = createRequire(
	createRequire(import.meta.url).resolve('@axe-core/playwright')
);
const axeSource = readFileSync(axeBuilderRequire.resolve('axe-core/axe.min.js'), 'utf8');

/** Whether this process has seen axe report the rule the search button is excluded for. */
let exclusionConfirmed = false;

/**
 * Checks that the search button is on the page, and once per process (at a width where its hint
 * shows) that axe still reports on it the rule it is excluded for.
 */
async function checkExclusion(page: Page): Promise<void> {
	const elements = await page.locator(SEARCH_BUTTON).count();
	const hintShows = (page.viewportSize()?.width ?? 0) >= HINT_MIN_WIDTH;
	if (exclusionConfirmed || elements !== 1 || !hintShows)
		return checkSearchButtonExclusion({ elements });
	const report = await new AxeBuilder({ page, axeSource })
		.include(SEARCH_BUTTON)
		.withRules([SEARCH_BUTTON_RULE])
		.options({ resultTypes: ['violations'] })
		.setLegacyMode()
		.analyze();
	checkSearchButtonExclusion({ elements, violations: report.violations.map((v) => v.id) });
	exclusionConfirmed = true;
}

/**
 * The axe violations of the page as it is now, one line each (`rule: selectors`), prefixed with
 * `label` when given. Starlight's own search button is left out (see
 * src/integrations/upstream/starlight-search-button-axe.ts), after checking it still needs to be.
 */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
	await checkExclusion(page);
	const results = await new AxeBuilder({ page, axeSource })
		.exclude(SEARCH_BUTTON)
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
