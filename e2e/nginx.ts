/**
 * Running nginx for the tests of the deploy recipe: a whole nginx.conf around the server block of
 * src/node/deploy.ts, with every path inside a scratch folder so it needs no root.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { nginxServerBlock } from '../src/node/deploy.ts';

/** Debian's nginx, or the binary named by PLAN_ATLAS_NGINX. */
export function nginxPath(): string {
	return process.env.PLAN_ATLAS_NGINX ?? '/usr/sbin/nginx';
}

/**
 * A loopback port free at the moment: tests of other checkouts may run nginx on the same machine, and
 * a fixed port would reach theirs.
 */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/** Starts nginx on 127.0.0.1:`port` serving `root` under `base`; resolves once it accepts requests. */
export async function startNginx(opts: {
	root: string;
	base: string;
	port: number;
	scratch: string;
}): Promise<ChildProcess> {
	const { root, base, port, scratch } = opts;
	mkdirSync(scratch, { recursive: true });
	writeFileSync(
		join(scratch, 'server.conf'),
		nginxServerBlock({ base, root, listen: `127.0.0.1:${port}`, serverName: 'localhost' })
	);
	const temp = (name: string) => `${name}_temp_path ${join(scratch, name)};`;
	writeFileSync(
		join(scratch, 'nginx.conf'),
		[
			'worker_processes 1;',
			`pid ${join(scratch, 'nginx.pid')};`,
			`error_log ${join(scratch, 'error.log')} warn;`,
			'events { worker_connections 64; }',
			'http {',
			'\tinclude /etc/nginx/mime.types;',
			'\tdefault_type application/octet-stream;',
			'\taccess_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((n) => `\t${temp(n)}`),
			`\tinclude ${join(scratch, 'server.conf')};`,
			'}',
			'',
		].join('\n')
	);
	const child = spawn(
		nginxPath(),
		['-p', scratch, '-c', join(scratch, 'nginx.conf'), '-g', 'daemon off;'],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
		// Another server already on the port answers too (nginx then exits): only nginx's answer counts.
		const server = await fetch(`http://127.0.0.1:${port}${base}`).then(
			(response) => response.headers.get('server'),
			() => null
		);
		if (server?.startsWith('nginx')) return child;
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`nginx did not answer on port ${port}: ${stderr}`);
}
