/**
 * Runs npm scripts one after another, stops at the first that fails, and prints how long each took.
 * `npm test` runs its stages through it, so a slow stage shows at the end of every run.
 * Usage: node scripts/run-stages.ts <npm script> [<npm script> ...]
 */
import { spawnSync } from 'node:child_process';
import { formatStageTable, type StageResult } from './stage-table.ts';

const stages = process.argv.slice(2);
if (stages.length === 0) {
	console.error('Usage: node scripts/run-stages.ts <npm script> [<npm script> ...]');
	process.exit(2);
}

const results: StageResult[] = [];
let failed = false;
for (const name of stages) {
	const start = performance.now();
	const run = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
	const status = run.status ?? 1;
	results.push({ name, seconds: (performance.now() - start) / 1000, ok: status === 0 });
	if (status !== 0) {
		failed = true;
		break;
	}
}
const skipped = stages.slice(results.length);
console.log(`\n${formatStageTable(results, skipped)}`);
process.exit(failed ? 1 : 0);
