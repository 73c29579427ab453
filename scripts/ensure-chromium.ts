/**
 * Makes sure a Chromium is there for the end-to-end tests. Playwright cannot download its own
 * browser here, so the tests use Debian's `chromium`. When it is missing and we are root with apt-get,
 * it is installed (with CJK fonts, so Chinese and Korean pages render); otherwise this says exactly
 * what to run and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from '../e2e/chromium.ts';

const packages = ['chromium', 'fonts-noto-cjk'];
const fontsPresent = () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
const path = chromiumPath();

if (existsSync(path) && fontsPresent()) {
	console.log(`Chromium for end-to-end tests: ${path}`);
	process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
	console.log(
		`Installing ${packages.join(' and ')} with apt-get (needed by the end-to-end tests)...`
	);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
	if (existsSync(path)) {
		console.log(`Chromium for end-to-end tests: ${path}`);
		process.exit(0);
	}
}
if (existsSync(path)) {
	console.warn(
		'CJK fonts are missing: pages will work but Chinese and Korean screenshots show boxes. Install them with: sudo apt-get install -y fonts-noto-cjk'
	);
	process.exit(0);
}
console.error(
	[
		`No Chromium found at ${path}. The end-to-end tests need one. Install it with:`,
		'  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
		'or point PLAN_ATLAS_CHROMIUM at a Chromium or Chrome binary.',
	].join('\n')
);
process.exit(1);
