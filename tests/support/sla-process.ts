/** The deadline command line as a separate process, for what reaches stdout, stderr and the exit code. */
import { spawnSync } from 'node:child_process';

/** Runs scripts/sla.ts with `args`, on the catalogue folder `catalogue` when given. */
export function slaProcess(args: string[], catalogue?: string) {
	return spawnSync(process.execPath, ['scripts/sla.ts', ...args], {
		encoding: 'utf8',
		env: catalogue ? { ...process.env, PLAN_ATLAS_CATALOGUE: catalogue } : process.env,
	});
}
