/** Where the end-to-end tests find Chromium, and how they start it. */
import { existsSync } from 'node:fs';

/** Debian's Chromium, the browser a reader runs: what Lighthouse measures. */
export const debianChromium = '/usr/bin/chromium';

/**
 * Debian's headless build of the same Chromium (package `chromium-headless-shell`, built from the
 * same source and version as `chromium`): the same Blink and V8 without the browser's window and
 * services, as Playwright itself runs headless tests. A page load costs about half the CPU time
 * there, and the end-to-end tests are bound by CPU on a 2-core machine.
 */
export const debianHeadlessShell = '/usr/bin/chromium-headless-shell';

/**
 * The browser of the end-to-end tests: PLAN_ATLAS_CHROMIUM when set, else Debian's headless shell
 * when installed, else Debian's chromium.
 */
export function testChromiumPath(
	env: Record<string, string | undefined> = process.env,
	exists: (path: string) => boolean = existsSync
): string {
	if (env.PLAN_ATLAS_CHROMIUM) return env.PLAN_ATLAS_CHROMIUM;
	return exists(debianHeadlessShell) ? debianHeadlessShell : debianChromium;
}

/** The full browser, for measurements of what a reader gets: PLAN_ATLAS_CHROMIUM when set, else Debian's chromium. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
	return env.PLAN_ATLAS_CHROMIUM || debianChromium;
}

/**
 * Headless flags for this kind of machine: no sandbox as root, no GPU, and none of Chromium's own
 * network traffic (the machine's network is closed, and those requests only slow starts down).
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
