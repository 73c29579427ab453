/**
 * Makes sure nginx is there for the end-to-end test of the deploy recipe (e2e/deploy-nginx.spec.ts),
 * which serves the built site through the server block of deploy/. When it is missing and we are root
 * with apt-get, Debian's `nginx` package is installed; otherwise this says what to run and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { nginxPath } from '../e2e/nginx.ts';

const path = nginxPath();
if (existsSync(path)) {
	console.log(`nginx for end-to-end tests: ${path}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	console.log(
		'Installing nginx with apt-get (needed by the end-to-end test of the deploy recipe)...'
	);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env });
	// The package starts a system nginx on port 80; the test runs its own, so that one is not needed.
	console.log(`nginx for end-to-end tests: ${path}`);
} else {
	console.error(
		[
			`No nginx found at ${path}. The end-to-end test of the deploy recipe needs one. Install it with:`,
			'  sudo apt-get update && sudo apt-get install -y nginx',
			'or point PLAN_ATLAS_NGINX at an nginx binary.',
		].join('\n')
	);
	process.exitCode = 1;
}
