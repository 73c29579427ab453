/**
 * Runs npm scripts one after another, stops at the first that fails, and prints how long each took.
 * Scripts joined by `+` (`lint+check`) run side by side: on a 2-core machine two single-threaded
 * stages take little more than the longer of them. Their output is held back and printed whole, in
 * the order given, so it does not interleave.
 * `npm test` runs its stages through it, so a slow stage shows at the end of every run.
 * Usage: node scripts/run-stages.ts <npm script>[+<npm script> ...] [...]
 */
import { spawn, spawnSync } from 'node:child_process';
import { formatStageTable, type StageResult } from './stage-table.ts';

const groups = process.argv.slice(2).map((arg) => arg.split('+').filter(Boolean));
if (groups.length === 0 || groups.some((group) => group.length === 0)) {
	console.error('Usage: node scripts/run-stages.ts <npm script>[+<npm script> ...] [...]');
	process.exit(2);
}

/** Runs one script with its output held back; resolves with its result and what it printed. */
function runHeldBack(name: string, group: string[]): Promise<StageResult & { output: Buffer }> {
	const start = performance.now();
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		const done = (ok: boolean) =>
			resolve({
				name,
				group,
				ok,
				seconds: (performance.now() - start) / 1000,
				output: Buffer.concat(chunks),
			});
		child.on('error', (error) => {
			chunks.push(Buffer.from(`${error.message}\n`));
			done(false);
		});
		child.on('close', (code) => done(code === 0));
	});
}

const runStart = performance.now();
const results: StageResult[] = [];
let ran = 0;
for (const group of groups) {
	ran += 1;
	if (group.length === 1) {
		const [name] = group as [string];
		const start = performance.now();
		const run = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
		results.push({ name, seconds: (performance.now() - start) / 1000, ok: run.status === 0 });
	} else {
		console.log(`Running side by side: ${group.join(', ')}`);
		for (const { output, ...result } of await Promise.all(
			group.map((name) => runHeldBack(name, group))
		)) {
			console.log(`\n> ${result.name}${result.ok ? '' : ' (failed)'}`);
			process.stdout.write(output);
			results.push(result);
		}
	}
	if (results.some((r) => !r.ok)) break;
}
const skipped = groups.slice(ran).flat();
console.log(`\n${formatStageTable(results, skipped, (performance.now() - runStart) / 1000)}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
