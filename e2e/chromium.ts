/** Where the end-to-end tests find Chromium, and how they start it. */

/** PLAN_ATLAS_CHROMIUM when set, else Debian's chromium. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
	return env.PLAN_ATLAS_CHROMIUM || '/usr/bin/chromium';
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
