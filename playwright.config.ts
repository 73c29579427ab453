import { defineConfig, devices } from '@playwright/test';
import { e2eDist } from './e2e/builds.ts';
import { chromiumArgs, testChromiumPath } from './e2e/chromium.ts';
import { defaultLocale, localeTags } from '#lib/locales.ts';

const port = Number(process.env.PLAN_ATLAS_E2E_PORT ?? 4329);

/**
 * Specs loop over the locales, and their describe titles end with the locale, e.g. "calculator (pl)".
 * What differs by locale (texts, layout, accessibility, search) runs in every locale; flows that work
 * the same in each (sorting, toggles, the .ics download, keyboard use, pickers, deep links) carry the
 * tag @locale-independent in their title and run in the default locale only.
 * A spec's checks of one locale are steps of one test (marked test.slow()): each test costs a fresh
 * browser context, about as much as a page load, and the steps keep each check's name in the report.
 */
const otherLocales = localeTags.filter((tag) => tag !== defaultLocale);
const repeatedInOtherLocales = new RegExp(
	`\\((?:${otherLocales.join('|')})\\) .*@locale-independent`
);

/**
 * End-to-end tests run against the site built from the fixture catalogue (`npm run build:e2e` first),
 * served from tmp/e2e/dist (or PLAN_ATLAS_DIST) by a small static server on PLAN_ATLAS_E2E_PORT.
 * e2e/example-catalogue.spec.ts serves the example catalogue's build (dist/, `npm run build`) itself.
 */
export default defineConfig({
	testDir: 'e2e',
	outputDir: process.env.PLAN_ATLAS_E2E_OUT ?? 'test-results',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	grepInvert: repeatedInOtherLocales,
	// Sized for a 2-core machine busy with another build: a page with axe or a search index can take
	// well over Playwright's default 30 s (5 s for an expectation) there, and a test must not fail for that.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// On failure, a trace of the actions, network and console, and a screenshot; a trace with DOM
		// snapshots and a screencast of every action costs about a quarter of the run's time.
		trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
		screenshot: 'only-on-failure',
		launchOptions: { executablePath: testChromiumPath(), args: chromiumArgs },
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: testChromiumPath(), args: chromiumArgs },
			},
		},
	],
	webServer: {
		command: `node scripts/serve-dist.ts ${port} ${e2eDist()}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
