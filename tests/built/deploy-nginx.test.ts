/**
 * The deploy recipe, without a browser: the end-to-end site built under /support/plans/
 * (`npm run build:base-path`) served by real nginx with the server block of src/node/deploy.ts (as
 * in deploy/nginx.conf), checked for its headers, its base path and its 404 page; and the _headers
 * file the build writes for static hosts. e2e/deploy-nginx.spec.ts browses the same site.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { HASHED_ASSETS_CACHE, SHORT_CACHE, securityHeaders } from '../../src/node/deploy.ts';
import { BASE_PATH, BASE_PATH_DIST } from '../../e2e/builds.ts';
import { freePort, nginxPath, startNginx } from '../../e2e/nginx.ts';

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

// The largest stylesheet: one past gzip_min_length, which nginx compresses (a page's few rules may not be).
const cssAsset = () =>
	readdirSync(join(dist, '_astro'))
		.filter((f) => f.endsWith('.css'))
		.sort(
			(a, b) => statSync(join(dist, '_astro', b)).size - statSync(join(dist, '_astro', a)).size
		)[0]!;

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

test('pages, styles and feeds travel compressed to a browser that accepts gzip', async () => {
	for (const path of [base, `${base}_astro/${cssAsset()}`, `${base}feed.xml`]) {
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

test('an unknown page under a locale gets that locale’s 404 page, with the same status and headers', async () => {
	for (const slug of ['zh-cn', 'zh-tw', 'ko', 'pl']) {
		const response = await get(`${base}${slug}/no/such/page/`);
		expect(response.status, slug).toBe(404);
		expectHeaders(response.headers, SHORT_CACHE);
		expect(response.body.toString('utf8')).toBe(readFileSync(join(dist, slug, '404.html'), 'utf8'));
	}
	// A page that exists under a locale is served as before.
	expect((await get(`${base}pl/`)).status).toBe(200);
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

test('the _headers file gives every built file and page exactly one Cache-Control rule', () => {
	const rules: { path: string; cacheControl: number }[] = [];
	for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
		if (line === '' || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) rules.push({ path: line, cacheControl: 0 });
		else if (line.trim().startsWith('Cache-Control:')) rules.at(-1)!.cacheControl++;
	}
	const files = readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name !== '_headers')
		.map((e) => `${base}${join(e.parentPath, e.name).slice(dist.length + 1)}`);
	// A folder's index.html is also served at the folder's own URL.
	const paths = [
		...files,
		...files.filter((f) => f.endsWith('/index.html')).map((f) => f.slice(0, -10)),
	];
	// Hosts apply every rule whose path matches: the exact path, or a prefix ending in "*".
	const wrong = paths.filter((path) => {
		const count = rules
			.filter((r) =>
				r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path
			)
			.reduce((n, r) => n + r.cacheControl, 0);
		return count !== 1;
	});
	expect(paths.length).toBeGreaterThan(100);
	expect(wrong).toEqual([]);
});

test('the generator refuses injection attempts, and what it writes passes nginx -t', () => {
	const generate = (...args: string[]) =>
		spawnSync(process.execPath, ['scripts/nginx-config.ts', ...args], { encoding: 'utf8' });
	// A crafted server name once served /etc/hostname through a location of its own.
	for (const [flag, value] of [
		['--server-name', 'x; location /h/ { alias /etc/; } #'],
		['--listen', '80; location /h/ { alias /etc/; }'],
		['--base', '/x/ { alias /etc/; } location /y/'],
		['--root', '/srv/site"; alias "/etc/'],
		['--root', '/srv/$document_root'],
	] as const) {
		const run = generate(flag, value);
		expect(run.status, `${flag} ${value}`).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.split('\n')).toHaveLength(2);
		expect(run.stderr).toMatch(new RegExp(`^${flag} must be `));
	}
	expect(generate('--listen', '80', '--listen', '81').stderr).toMatch(
		/^--listen is given more than once/
	);
	// Values a host may rightly use, and odd ones that quoting keeps in place: nginx accepts them all.
	const scratch = resolve('tmp/nginx-syntax');
	mkdirSync(scratch, { recursive: true });
	for (const args of [
		[],
		[
			...['--base', '/support/plans/', '--root', '/var/www/plan atlas/dist'],
			...['--server-name', 'a.example *.b.example'],
		],
		['--root', '/srv/site; location /h/ { alias /etc/; } #', '--listen', '[::1]:8080'],
	]) {
		const run = generate(...args);
		expect(run.status, args.join(' ')).toBe(0);
		writeFileSync(join(scratch, 'server.conf'), run.stdout);
		writeFileSync(
			join(scratch, 'nginx.conf'),
			[
				`pid ${join(scratch, 'nginx.pid')};`,
				`error_log ${join(scratch, 'error.log')} warn;`,
				'events {}',
				`http { include /etc/nginx/mime.types; include ${join(scratch, 'server.conf')}; }`,
				'',
			].join('\n')
		);
		const check = spawnSync(nginxPath(), ['-t', '-p', scratch, '-c', join(scratch, 'nginx.conf')], {
			encoding: 'utf8',
		});
		expect(check.status, `${args.join(' ')}: ${check.stderr}`).toBe(0);
		expect(check.stderr).toContain('syntax is ok');
	}
}, 60_000);
