/**
 * Runs a command and measures it: wall-clock seconds and peak memory. Peak memory comes from GNU time
 * (`/usr/bin/time -f %M`: the largest resident set of any process of the command, as the kernel
 * counts it) when it is installed; otherwise the command's process tree is sampled every 100 ms
 * through /proc and the largest sum of resident sets is kept.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Measured = {
	seconds: number;
	peakMB: number;
	memory: 'time -f %M' | 'sampled';
	code: number;
	output: string;
};

const GNU_TIME = '/usr/bin/time';

/** Resident set of a process and its descendants, in kB (Linux /proc). */
function treeRssKB(root: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		try {
			total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
		} catch {
			// Ended.
		}
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Runs `command args` with extra environment variables; resolves when it exits. */
export function measure(
	command: string,
	args: string[],
	env: Record<string, string> = {},
	cwd = process.cwd()
): Promise<Measured> {
	const useTime = existsSync(GNU_TIME);
	const scratch = mkdtempSync(join(tmpdir(), 'plan-atlas-measure-'));
	const timeFile = join(scratch, 'time.txt');
	const [cmd, argv] = useTime
		? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]]
		: [command, args];
	const started = performance.now();
	const child = spawn(cmd, argv, {
		cwd,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let sampledKB = 0;
	const sampler = useTime
		? undefined
		: setInterval(() => (sampledKB = Math.max(sampledKB, treeRssKB(child.pid!))), 100);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			if (sampler) clearInterval(sampler);
			const kb = useTime
				? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop())
				: sampledKB;
			rmSync(scratch, { recursive: true, force: true });
			resolve({
				seconds,
				peakMB: kb / 1024,
				memory: useTime ? 'time -f %M' : 'sampled',
				code: code ?? 1,
				output,
			});
		});
	});
}
