/**
 * The deploy recipe, end to end: the site built under /support/plans/ (`npm run build:base-path`)
 * served by real nginx with the server block of src/node/deploy.ts (as in deploy/nginx.conf), checked
 * for its headers, its base path and its 404 page.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { HASHED_ASSETS_CACHE, SHORT_CACHE, securityHeaders } from '../src/node/deploy.ts';
import { startNginx } from './nginx.ts';
import { searchResultsFor } from './site-search.ts';

const base = '/support/plans/';
const dist = resolve('tmp/base-path/dist');
// One port per worker, away from the static server's (PLAN_ATLAS_E2E_PORT, 4329 by default).
const port = Number(process.env.PLAN_ATLAS_NGINX_PORT ?? 4390);

let nginx: ChildProcess | undefined;
let origin = '';

test.describe.configure({ mode: 'serial' });

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook uses from this pattern
test.beforeAll(async ({}, info) => {
	expect(
		existsSync(join(dist, 'index.html')),
		`no base-path build in ${dist}: run npm run build:base-path first`
	).toBe(true);
	const workerPort = port + info.workerIndex;
	nginx = await startNginx({
		root: dist,
		base,
		port: workerPort,
		scratch: resolve(`tmp/nginx-e2e-${info.workerIndex}`),
	});
	origin = `http://127.0.0.1:${workerPort}`;
});

test.afterAll(() => {
	nginx?.kill();
});

/** Every header the recipe promises, with the given caching. */
function expectHeaders(headers: Record<string, string>, cache: string) {
	for (const [name, value] of securityHeaders)
		expect(headers[name.toLowerCase()], name).toBe(value);
	expect(headers['cache-control']).toBe(cache);
}

test('pages come with the security headers and short caching', async ({ request }) => {
	for (const path of ['', 'faq/', 'pl/calculator/', 'catalogue.json']) {
		const response = await request.get(`${origin}${base}${path}`);
		expect(response.status(), path).toBe(200);
		expectHeaders(response.headers(), SHORT_CACHE);
	}
	const home = await request.get(`${origin}${base}`);
	expect(home.headers()['content-type']).toMatch(/^text\/html/);
});

test('hashed assets are cached for a year', async ({ request }) => {
	const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
	const response = await request.get(`${origin}${base}_astro/${asset}`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/css/);
	expectHeaders(response.headers(), HASHED_ASSETS_CACHE);
});

test('pages and styles travel compressed to a browser that accepts gzip', async ({ request }) => {
	const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
	for (const path of [base, `${base}_astro/${asset}`]) {
		const response = await request.get(`${origin}${path}`, {
			headers: { 'accept-encoding': 'gzip' },
		});
		expect(response.status(), path).toBe(200);
		expect(response.headers()['content-encoding'], path).toBe('gzip');
	}
});

test('an unknown page gets the site’s 404 page, with a 404 status and the same headers', async ({
	request,
}) => {
	const response = await request.get(`${origin}${base}no/such/page/`);
	expect(response.status()).toBe(404);
	expectHeaders(response.headers(), SHORT_CACHE);
	expect(await response.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
});

test('the root redirects to the base path; a path without its slash gets one', async ({
	request,
}) => {
	const root = await request.get(`${origin}/`, { maxRedirects: 0 });
	expect(root.status()).toBe(302);
	expect(root.headers().location).toBe(base);
	const faq = await request.get(`${origin}${base}faq`, { maxRedirects: 0 });
	expect(faq.status()).toBe(301);
	expect(faq.headers().location).toBe(`${base}faq/`);
});

test('the site works under its base path: links, styles, scripts and search all stay inside it', async ({
	page,
}) => {
	const outside: string[] = [];
	const failed: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin === origin && !url.pathname.startsWith(base)) outside.push(url.pathname);
	});
	page.on('response', (r) => {
		if (r.url().startsWith(origin) && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	await page.goto(`${origin}${base}`);
	const hrefs = await page
		.locator('a[href^="/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(10);
	expect(hrefs.filter((h) => !h.startsWith(base))).toEqual([]);
	// Follow the first plan link and the calculator, as a reader would.
	await page.locator(`a[href^="${base}plans/"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`${base}plans/`));
	// The calculator's script runs, and the URL it writes back keeps the base path.
	await page.goto(
		`${origin}${base}calculator/?plan=amanda/standard&severity=P1&opened=2026-11-27T16:30&tz=Europe/Warsaw`
	);
	await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
	await page.locator('#calc-tz').fill('Asia/Seoul');
	await page.locator('#calc-tz').press('Enter');
	await expect(page).toHaveURL(new RegExp(`${base}calculator/\\?.*tz=Asia/Seoul`));
	// Site search loads its index from under the base path.
	const results = await searchResultsFor(page, 'Amanda');
	await expect(results.first()).toHaveAttribute('href', new RegExp(`^${base}`));
	expect(outside).toEqual([]);
	expect(failed).toEqual([]);
});

test('the _headers file for static hosts is written for the base path', () => {
	const headers = readFileSync(join(dist, '_headers'), 'utf8');
	expect(headers).toContain(`\n${base}*\n`);
	expect(headers).toContain(`\n${base}_astro/*\n  Cache-Control: ${HASHED_ASSETS_CACHE}\n`);
	expect(headers).toContain("Content-Security-Policy: frame-ancestors 'none'");
});
