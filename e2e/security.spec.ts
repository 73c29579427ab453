/**
 * Security of the built site in the browser: no page requests anything from another host or trips
 * its Content-Security-Policy, in any locale, including search, the theme picker and the
 * calculator's download, and the policy is enforced. The policy in each page's markup is checked
 * without a browser, in tests/built/security.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { calculatorPath } from '#lib/routes.ts';
import {
	builtPages,
	elementsOf,
	readParsedPage,
	runsAsCode,
	scriptsOf,
	stylesOf,
	type ParsedPage,
} from '../src/node/built-pages.ts';
import { e2eDist } from './builds.ts';
import { vendor, warsawExample } from './catalogue.ts';
import { localeOfPath as localeOf, siteLocales } from './locales.ts';
import { searchResultsFor } from './site-search.ts';

const dist = e2eDist();
/** The site's own origin, as playwright.config.ts serves it. */
const origin = `http://127.0.0.1:${process.env.PLAN_ATLAS_E2E_PORT ?? 4329}`;

/** Every HTML page of the build, as its URL path (`/zh-cn/plans/summit/`). */
const pages = builtPages(dist);
const parsed = new Map<string, ParsedPage>();
const pageOf = (path: string) => {
	if (!parsed.has(path)) parsed.set(path, readParsedPage(dist, path));
	return parsed.get(path)!;
};

const sha256 = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * What a page runs and applies: its code scripts (by source or by hash) and its stylesheets. Pages of
 * one shape load the same code and styles, so in the browser one page of each shape stands for all.
 */
function shapeOf(page: ParsedPage): string {
	const scripts = scriptsOf(page)
		.filter(runsAsCode)
		.map((s) => s.src ?? sha256(s.text));
	const styles = elementsOf(page, 'link')
		.filter((e) => /\bstylesheet\b/.test(e.attributes.get('rel') ?? ''))
		.map((e) => e.attributes.get('href'));
	return JSON.stringify([scripts, styles, stylesOf(page).map(sha256)]);
}

/**
 * Watches a page for what the policy forbids: requests to any other origin, and policy violations
 * (reported as securitypolicyviolation events and as console errors).
 */
async function watch(page: Page) {
	const foreign: string[] = [];
	const errors: string[] = [];
	page.context().on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) foreign.push(request.url());
	});
	page.on('console', (message) => {
		if (
			message.type() === 'error' &&
			/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())
		)
			errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	// Added through the browser's protocol, so the policy does not block this listener itself.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
			)
		);
	});
	return {
		/** Fails with every foreign request and violation seen so far on the current page. */
		async check(where: string) {
			const violations = await page.evaluate(
				() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []
			);
			expect({ where, foreign, violations, errors }).toEqual({
				where,
				foreign: [],
				violations: [],
				errors: [],
			});
		},
	};
}

/**
 * One page of each shape, the shapes taking turns through the locales: a shape is the same scripts
 * and styles in whichever locale (the markup of every page of every locale is checked without a
 * browser).
 */
test('a page of every shape, across the locales, loads with no request to another host and no policy violation', async ({
	page,
}) => {
	test.setTimeout(180_000);
	const watcher = await watch(page);
	const byShape = new Map<string, string[]>();
	for (const path of pages.filter((p) => !p.endsWith('404.html'))) {
		const shape = shapeOf(pageOf(path));
		byShape.set(shape, [...(byShape.get(shape) ?? []), path]);
	}
	expect(byShape.size).toBeGreaterThan(5);
	const visited = [...byShape.values()].map((paths, i) => {
		const turn = siteLocales[i % siteLocales.length]!;
		return paths.find((p) => localeOf(p) === turn) ?? paths[0]!;
	});
	// Every locale takes at least one turn.
	expect(new Set(visited.map((p) => localeOf(p).tag)).size).toBe(siteLocales.length);
	for (const path of visited) {
		await page.goto(path, { waitUntil: 'load' });
		await watcher.check(path);
	}
});

for (const locale of siteLocales) {
	test.describe(`security in the browser (${locale.tag})`, () => {
		test('search, the theme picker and the calculator work within the policy @locale-independent', async ({
			page,
		}) => {
			const watcher = await watch(page);
			await page.goto(locale.home);
			// The theme picker runs Starlight's inline theme script.
			await page.locator('starlight-theme-select select').first().selectOption('light');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			await page.locator('starlight-theme-select select').first().selectOption('dark');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			// Search loads Pagefind's script, WebAssembly and index from /pagefind/.
			await searchResultsFor(page, vendor('summit').name);
			await watcher.check(`search on ${locale.home}`);

			// The calculator computes in the page and offers its deadlines as a downloaded .ics file.
			const calculator = calculatorPath(locale.tag, warsawExample);
			await page.goto(calculator);
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.locator('[data-ics]').click(),
			]);
			expect(readFileSync((await download.path())!, 'utf8')).toContain('BEGIN:VCALENDAR');
			await watcher.check(calculator);
		});
	});
}

test('the not-found page loads within the policy', async ({ page }) => {
	const watcher = await watch(page);
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
	await watcher.check('/no-such-page/');
});

test('the policy is enforced: an injected inline script does not run', async ({ page }) => {
	await page.goto('/');
	// A script element added after load, without a hash in the policy, must be refused by the browser.
	const ran = await page.evaluate(async () => {
		const violation = new Promise<string>((resolve) =>
			document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
				once: true,
			})
		);
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		return {
			ran: (window as unknown as { __injected?: boolean }).__injected === true,
			directive: await violation,
		};
	});
	expect(ran).toEqual({ ran: false, directive: 'script-src-elem' });
});
