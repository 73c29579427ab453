/**
 * The deploy recipe, without a browser: the end-to-end site built under /support/plans/
 * (`npm run build:base-path`) served by real nginx with the server block of src/node/deploy.ts (as
 * in deploy/nginx.conf), checked for its headers, its base path and its 404 page; and the _headers
 * file the build writes for static hosts. e2e/deploy-nginx.spec.ts browses the same site.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { HASHED_ASSETS_CACHE, SHORT_CACHE, securityHeaders } from '../../src/node/deploy.ts';
import { BASE_PATH, BASE_PATH_DIST } from '../../e2e/builds.ts';
import { freePort, startNginx } from '../../e2e/nginx.ts';

const base = BASE_PATH;
const dist = resolve(BASE_PATH_DIST);

let nginx: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
	expect(
		existsSync(join(dist, 'index.html')),
		`no base-path build in ${dist}: run npm run build:base-path first`
	).toBe(true);
	const port = await freePort();
	nginx = await startNginx({ root: dist, base, port, scratch: resolve('tmp/nginx-built-test') });
	origin = `http://127.0.0.1:${port}`;
}, 30_000);

afterAll(() => {
	nginx?.kill();
});

/** One GET as it arrives: no redirect followed, nothing decompressed. */
function get(
	path: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((done, fail) => {
		request(`${origin}${path}`, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				done({
					status: response.statusCode!,
					headers: response.headers,
					body: Buffer.concat(chunks),
				})
			);
			response.on('error', fail);
		})
			.on('error', fail)
			.end();
	});
}

/** Every header the recipe promises, with the given caching. */
function expectHeaders(headers: IncomingHttpHeaders, cache: string) {
	for (const [name, value] of securityHeaders)
		expect(headers[name.toLowerCase()], name).toBe(value);
	expect(headers['cache-control']).toBe(cache);
}

const cssAsset = () => readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;

test('pages come with the security headers and short caching', async () => {
	for (const path of ['', 'faq/', 'pl/calculator/', 'catalogue.json']) {
		const response = await get(`${base}${path}`);
		expect(response.status, path).toBe(200);
		expectHeaders(response.headers, SHORT_CACHE);
	}
	const home = await get(base);
	expect(home.headers['content-type']).toMatch(/^text\/html/);
});

test('hashed assets are cached for a year', async () => {
	const response = await get(`${base}_astro/${cssAsset()}`);
	expect(response.status).toBe(200);
	expect(response.headers['content-type']).toMatch(/^text\/css/);
	expectHeaders(response.headers, HASHED_ASSETS_CACHE);
});

test('pages and styles travel compressed to a browser that accepts gzip', async () => {
	for (const path of [base, `${base}_astro/${cssAsset()}`]) {
		const response = await get(path, { 'accept-encoding': 'gzip' });
		expect(response.status, path).toBe(200);
		expect(response.headers['content-encoding'], path).toBe('gzip');
	}
});

test('an unknown page gets the site’s 404 page, with a 404 status and the same headers', async () => {
	const response = await get(`${base}no/such/page/`);
	expect(response.status).toBe(404);
	expectHeaders(response.headers, SHORT_CACHE);
	expect(response.body.toString('utf8')).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
});

test('the root redirects to the base path; a path without its slash gets one', async () => {
	const root = await get('/');
	expect(root.status).toBe(302);
	expect(root.headers.location).toBe(base);
	const faq = await get(`${base}faq`);
	expect(faq.status).toBe(301);
	expect(faq.headers.location).toBe(`${base}faq/`);
});

test('the _headers file for static hosts is written for the base path', () => {
	const headers = readFileSync(join(dist, '_headers'), 'utf8');
	expect(headers).toContain(`\n${base}*\n`);
	expect(headers).toContain(`\n${base}_astro/*\n  Cache-Control: ${HASHED_ASSETS_CACHE}\n`);
	expect(headers).toContain("Content-Security-Policy: frame-ancestors 'none'");
});
