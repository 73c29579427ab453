/**
 * Serves the built site (dist/) on loopback for the end-to-end tests: a plain static server, so the
 * tests can run while `npm start` (astro preview, which allows one instance) is serving too.
 * Usage: node scripts/serve-dist.ts [port] [dir]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { compressedTypes } from '../src/node/deploy.ts';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 4329);
const root = resolve(process.argv[3] ?? 'dist');
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

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No built site in ${root}: run npm run build first.`);
	process.exit(1);
}

createServer((req, res) => {
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
		createReadStream(join(root, '404.html')).pipe(res);
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
	res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
	createReadStream(file).pipe(createGzip()).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
