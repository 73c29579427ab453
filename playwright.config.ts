import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/chromium.ts';

const port = Number(process.env.PLAN_ATLAS_E2E_PORT ?? 4329);

/**
 * End-to-end tests run against the built site (`npm run build` first), served from dist/ (or
 * PLAN_ATLAS_DIST) by a small static server on PLAN_ATLAS_E2E_PORT.
 */
export default defineConfig({
	testDir: 'e2e',
	outputDir: process.env.PLAN_ATLAS_E2E_OUT ?? 'test-results',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	// Sized for a 2-core machine busy with another build: a page with axe or a search index can take
	// well over Playwright's default 30 s (5 s for an expectation) there, and a test must not fail for that.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
			},
		},
	],
	webServer: {
		command: `node scripts/serve-dist.ts ${port} ${process.env.PLAN_ATLAS_DIST ?? 'dist'}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
