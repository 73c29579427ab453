/**
 * The summary `npm test` prints at its end (scripts/run-stages.ts): each stage, whether it passed and
 * how long it took, and the stages a failure left unrun.
 */

/** One stage that ran. */
export interface StageResult {
	name: string;
	seconds: number;
	ok: boolean;
	/** Set when the stage ran side by side with others (`lint+check`): their names, this one's included. */
	group?: readonly string[];
}

/** `83.4` → `1:23.4`, `9.05` → `0:09.1`: minutes and seconds, to a tenth. */
export function formatSeconds(seconds: number): string {
	const tenths = Math.round(seconds * 10);
	const minutes = Math.floor(tenths / 600);
	const rest = (tenths % 600) / 10;
	return `${minutes}:${rest.toFixed(1).padStart(4, '0')}`;
}

/**
 * A plain-text table of the stages, their outcome and durations, with the total: the time the whole
 * run took (`wallSeconds`), which is less than the sum when stages ran side by side, or else the sum.
 * Stages that ran side by side are marked with ∥.
 */
export function formatStageTable(
	results: readonly StageResult[],
	skipped: readonly string[] = [],
	wallSeconds = results.reduce((sum, r) => sum + r.seconds, 0)
): string {
	const rows = [
		...results.map((r) => [
			r.group && r.group.length > 1 ? `${r.name} ∥` : r.name,
			r.ok ? 'ok' : 'FAILED',
			formatSeconds(r.seconds),
		]),
		...skipped.map((name) => [name, 'not run', '']),
		[
			'total',
			results.every((r) => r.ok) && skipped.length === 0 ? 'ok' : 'FAILED',
			formatSeconds(wallSeconds),
		],
	];
	const header = ['stage', 'result', 'time'];
	const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
			.join('  ')
			.trimEnd();
	return [
		line(header),
		...rows.slice(0, -1).map(line),
		widths.map((w) => '-'.repeat(w)).join('  '),
		line(rows.at(-1)!),
	].join('\n');
}
