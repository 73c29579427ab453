/**
 * The browser the end-to-end tests drive, as Playwright's configuration hands it over: the
 * configuration is loaded in a process of its own with the environment a run would have, and every
 * project must launch the same binary with the same flags.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chromiumArgs, debianChromium, debianHeadlessShell } from '../e2e/chromium.ts';

interface LaunchOptions {
	executablePath?: string;
	args?: string[];
}

/** The launch options playwright.config.ts gives (its own, then each project's) under `env`. */
function configuredLaunches(env: Record<string, string | undefined>): LaunchOptions[] {
	const run = spawnSync(
		process.execPath,
		[
			'--input-type=module',
			'-e',
			`const { default: config } = await import('./playwright.config.ts');
			console.log(JSON.stringify([config.use.launchOptions, ...config.projects.map((p) => p.use.launchOptions)]));`,
		],
		{ encoding: 'utf8', env: { ...process.env, PLAN_ATLAS_CHROMIUM: undefined, ...env } }
	);
	expect(run.status, run.stderr).toBe(0);
	return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as LaunchOptions[];
}

describe('the browser of the end-to-end tests', () => {
	test('is the one PLAN_ATLAS_CHROMIUM names, in every project, with the headless flags', () => {
		const launches = configuredLaunches({ PLAN_ATLAS_CHROMIUM: '/opt/chrome/chrome' });
		expect(launches.length).toBeGreaterThan(1);
		for (const launch of launches)
			expect(launch).toEqual({ executablePath: '/opt/chrome/chrome', args: chromiumArgs });
	}, 60_000);

	test("is otherwise Debian's headless shell when it is installed, else Debian's full Chromium", () => {
		const installed = existsSync(debianHeadlessShell) ? debianHeadlessShell : debianChromium;
		for (const launch of configuredLaunches({}))
			expect(launch).toEqual({ executablePath: installed, args: chromiumArgs });
	}, 60_000);
});
