/**
 * Makes sure the end-to-end tests have what they drive: a Chromium (Playwright cannot download its
 * own browser here, so the tests use Debian's: `chromium-headless-shell` for the tests, `chromium`
 * for Lighthouse and as the tests' fallback), CJK fonts (so Chinese and Korean pages
 * render), and poppler's `pdftotext` and `pdftoppm` (the print tests read the PDFs Chromium makes).
 * Whatever is missing is installed with apt-get when we are root; otherwise this says exactly what
 * to run and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { debianChromium, debianHeadlessShell, testChromiumPath } from '../e2e/chromium.ts';

const custom = Boolean(process.env.PLAN_ATLAS_CHROMIUM);
const fontsPresent = () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
const popplerPresent = () => existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');

/** Debian packages still needed, each with whether the tests can run without it. */
function missing(): { name: string; required: boolean }[] {
	return [
		// A browser named by PLAN_ATLAS_CHROMIUM is the reader's own choice: nothing to install then.
		...(custom || existsSync(debianChromium) ? [] : [{ name: 'chromium', required: false }]),
		...(custom || existsSync(debianHeadlessShell)
			? []
			: [{ name: 'chromium-headless-shell', required: false }]),
		...(fontsPresent() ? [] : [{ name: 'fonts-noto-cjk', required: false }]),
		...(popplerPresent() ? [] : [{ name: 'poppler-utils', required: true }]),
	];
}

let needed = missing();
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (needed.length > 0 && isRoot && hasApt) {
	const names = needed.map((p) => p.name);
	console.log(`Installing ${names.join(', ')} with apt-get (needed by the end-to-end tests)...`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
	needed = missing();
}

if (needed.some((p) => p.name === 'fonts-noto-cjk'))
	console.warn(
		'CJK fonts are missing: pages will work but Chinese and Korean screenshots show boxes. Install them with: sudo apt-get install -y fonts-noto-cjk'
	);
if (needed.some((p) => p.name === 'chromium-headless-shell'))
	console.warn(
		"Debian's headless Chromium is missing: the tests use the full browser, which takes about twice as long. Install it with: sudo apt-get install -y chromium-headless-shell"
	);
const path = testChromiumPath();
const noBrowser = !existsSync(path);
const required = needed.filter((p) => p.required);
if (required.length === 0 && !noBrowser) {
	console.log(`Chromium for end-to-end tests: ${path}; PDF text with pdftotext.`);
	process.exit(0);
}
console.error(
	[
		...(noBrowser ? [`No Chromium found at ${path}. The end-to-end tests need one.`] : []),
		...(required.some((p) => p.name === 'poppler-utils')
			? ['No pdftotext/pdftoppm found: the print tests read PDFs with them.']
			: []),
		'Install what is missing with:',
		`  sudo apt-get update && sudo apt-get install -y ${[...new Set([...needed.map((p) => p.name), 'fonts-noto-cjk'])].join(' ')}`,
		'or point PLAN_ATLAS_CHROMIUM at a Chromium or Chrome binary.',
	].join('\n')
);
process.exit(1);
