/**
 * Serves the built site (dist/) on loopback for the end-to-end tests: a plain static server, so the
 * tests can run while `npm start` (astro preview, which allows one instance) is serving too.
 * Usage: node scripts/serve-dist.ts [port] [dir]
 */
import { resolve } from 'node:path';
import { staticSiteServer } from '../src/node/static-site.ts';

const port = Number(process.argv[2] ?? 4329);
const root = resolve(process.argv[3] ?? 'dist');

let server;
try {
	server = staticSiteServer(root);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
server.listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
