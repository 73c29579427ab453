/**
 * Prints an nginx server block for the built site:
 *   npm run --silent deploy:nginx -- [--base /support/plans/] [--root /var/www/plan-atlas/dist]
 *     [--listen 80] [--server-name plans.example.org] > /etc/nginx/sites-available/plan-atlas
 * --base defaults to $PLAN_ATLAS_BASE (the path the site was built for), --root to dist/ here.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxServerBlock } from '../src/node/deploy.ts';

const { values } = parseArgs({
	options: {
		base: { type: 'string' },
		root: { type: 'string' },
		listen: { type: 'string' },
		'server-name': { type: 'string' },
		help: { type: 'boolean', default: false },
	},
});
if (values.help) {
	console.log(
		'Usage: npm run --silent deploy:nginx -- [--base /support/plans/] [--root <dist folder>] [--listen 80] [--server-name <host>]'
	);
} else {
	process.stdout.write(
		nginxServerBlock({
			base: values.base ?? process.env.PLAN_ATLAS_BASE,
			root: resolve(values.root ?? 'dist'),
			listen: values.listen,
			serverName: values['server-name'],
		})
	);
}
