import { describe, expect, test } from 'vitest';
import {
	chromiumPath,
	debianChromium,
	debianHeadlessShell,
	testChromiumPath,
} from '../e2e/chromium.ts';

describe('the browser the end-to-end tests drive', () => {
	const only =
		(...present: string[]) =>
		(path: string) =>
			present.includes(path);

	test('is the one PLAN_ATLAS_CHROMIUM names, whatever is installed', () => {
		const env = { PLAN_ATLAS_CHROMIUM: '/opt/chrome/chrome' };
		expect(testChromiumPath(env, only(debianChromium, debianHeadlessShell))).toBe(
			'/opt/chrome/chrome'
		);
		expect(chromiumPath(env)).toBe('/opt/chrome/chrome');
	});

	test("is Debian's headless shell when installed, else Debian's chromium", () => {
		expect(testChromiumPath({}, only(debianChromium, debianHeadlessShell))).toBe(
			'/usr/bin/chromium-headless-shell'
		);
		expect(testChromiumPath({}, only(debianChromium))).toBe('/usr/bin/chromium');
		// Nothing installed: the path that setup installs and the error message names.
		expect(testChromiumPath({}, only())).toBe('/usr/bin/chromium');
	});

	test('Lighthouse measures the full browser, never the headless shell', () => {
		expect(chromiumPath({})).toBe('/usr/bin/chromium');
	});
});
