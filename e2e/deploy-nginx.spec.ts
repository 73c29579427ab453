/**
 * The deploy recipe in the browser: the end-to-end site built under /support/plans/
 * (`npm run build:base-path`) served by real nginx with the server block of src/node/deploy.ts (as in
 * deploy/nginx.conf). Its headers, redirects and 404 page are checked without a browser, in
 * tests/built/deploy-nginx.test.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE_PATH, BASE_PATH_DIST } from './builds.ts';
import { vendor } from './catalogue.ts';
import { freePort, startNginx } from './nginx.ts';
import { searchResultsFor } from './site-search.ts';

const base = BASE_PATH;
const dist = resolve(BASE_PATH_DIST);

let nginx: ChildProcess | undefined;
let origin = '';

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook uses from this pattern
test.beforeAll(async ({}, info) => {
	expect(
		existsSync(join(dist, 'index.html')),
		`no base-path build in ${dist}: run npm run build:base-path first`
	).toBe(true);
	const port = await freePort();
	nginx = await startNginx({
		root: dist,
		base,
		port,
		scratch: resolve(`tmp/nginx-e2e-${info.workerIndex}`),
	});
	origin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
	nginx?.kill();
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
		`${origin}${base}calculator/?plan=beacon/standard&severity=P1&opened=2026-11-27T16:30&tz=Europe/Warsaw`
	);
	await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
	await page.locator('#calc-tz').fill('Asia/Seoul');
	await page.locator('#calc-tz').press('Enter');
	await expect(page).toHaveURL(new RegExp(`${base}calculator/\\?.*tz=Asia/Seoul`));
	// Site search loads its index from under the base path.
	const results = await searchResultsFor(page, vendor('beacon').name);
	await expect(results.first()).toHaveAttribute('href', new RegExp(`^${base}`));
	expect(outside).toEqual([]);
	expect(failed).toEqual([]);
});
