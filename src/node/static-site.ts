/**
 * A plain static server for a built site, as the tests and benchmarks serve it: files by path,
 * folders by their index.html, the site's 404 page for anything else (a locale's own under its
 * prefix, `/pl/404.html` for `/pl/…`), and text compressed with gzip
 * for a browser that accepts it (as the deploy recipe's nginx does).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { locales } from '#lib/locales.ts';
import { compressedTypes } from './deploy.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

/** The 404 page for a path: its locale's (`<slug>/404.html`) where the build has one, else the root's. */
function notFoundPage(root: string, path: string): string {
	const slug = path.split(/[/\\]/).find(Boolean);
	const own = slug && locales.some((l) => l.slug === slug) ? join(root, slug, '404.html') : '';
	return own && existsSync(own) ? own : join(root, '404.html');
}

/** A server (not yet listening) for the built site in `dir`; throws when `dir` holds no built site. */
export function staticSiteServer(dir: string): Server {
	const root = resolve(dir);
	if (!existsSync(join(root, 'index.html')))
		throw new Error(`No built site in ${root}: build it first.`);
	return createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let decoded: string;
		try {
			decoded = decodeURIComponent(url.pathname);
		} catch {
			// A malformed escape (`/%E0%A4%A/`) names no file: answer it instead of failing the server.
			res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n');
			return;
		}
		const path = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, path);
		if (!file.startsWith(root)) file = root;
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': types['.html']! });
			createReadStream(notFoundPage(root, path)).pipe(res);
			return;
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		// Compressed like the deploy recipe's nginx does, so page-weight and Lighthouse figures measured
		// through this server match what a reader downloads.
		const compress =
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
			(type === types['.html'] || compressedTypes.some((t) => type.split(';')[0] === t));
		if (!compress) {
			res.writeHead(200, { 'content-type': type });
			createReadStream(file).pipe(res);
			return;
		}
		res.writeHead(200, {
			'content-type': type,
			'content-encoding': 'gzip',
			vary: 'Accept-Encoding',
		});
		createReadStream(file).pipe(createGzip()).pipe(res);
	});
}
