/**
 * Prints an nginx server block for the built site:
 *   npm run --silent deploy:nginx -- [--base /support/plans/] [--root /var/www/plan-atlas/dist]
 *     [--listen 80] [--server-name plans.example.org] > /etc/nginx/sites-available/plan-atlas
 * --base defaults to $PLAN_ATLAS_BASE (the path the site was built for), --root to dist/ here. Every
 * value is checked before it goes into the block (paths are written quoted): a value that could not
 * go in safely, an unknown flag or a repeated one is one line on stderr, exit code 2.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { endQuietlyWhenPipesClose } from '../src/node/closed-pipes.ts';
import { DeployOptionError, nginxServerBlock } from '../src/node/deploy.ts';

const USAGE =
	'Usage: npm run --silent deploy:nginx -- [--base /support/plans/] [--root <dist folder>] [--listen 80] [--server-name <host>]';

/** The server block for these arguments, or the one line that says what is wrong with them. */
function run(args: string[]): { stdout: string } | { error: string } {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			options: {
				base: { type: 'string' },
				root: { type: 'string' },
				listen: { type: 'string' },
				'server-name': { type: 'string' },
				help: { type: 'boolean', default: false },
			},
			strict: true,
			tokens: true,
		});
	} catch (error) {
		return { error: `${(error as Error).message}. ${USAGE}` };
	}
	const { values, tokens } = parsed;
	const names = tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
	const repeated = names.find((name, i) => names.indexOf(name) !== i);
	if (repeated)
		return { error: `--${repeated} is given more than once; give each flag once. ${USAGE}` };
	if (values.help) return { stdout: `${USAGE}\n` };
	try {
		return {
			stdout: nginxServerBlock({
				base: values.base ?? process.env.PLAN_ATLAS_BASE,
				root: resolve(values.root ?? 'dist'),
				listen: values.listen,
				serverName: values['server-name'],
			}),
		};
	} catch (error) {
		if (error instanceof DeployOptionError) return { error: error.message };
		throw error;
	}
}

endQuietlyWhenPipesClose();
const result = run(process.argv.slice(2));
if ('error' in result) {
	// Echoed values are JSON-quoted, so control characters cannot act on the terminal.
	process.stderr.write(`${result.error}\n`);
	process.exitCode = 2;
} else process.stdout.write(result.stdout);
