/**
 * The README's command-line examples are the command's real output: each block of "Deadlines on the
 * command line" that starts with `$ npm run --silent sla -- …` is run on the example catalogue and
 * compared, whole, or as a run of lines where the block elides the rest with "…". After a change of
 * the output, `PLAN_ATLAS_UPDATE_README=1 npx vitest run tests/readme-cli.test.ts` writes the real
 * output into the whole blocks (excerpts are left to be chosen by hand).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runSla } from '../scripts/sla-command.ts';

const README = 'README.md';
const PROMPT = '$ npm run --silent sla -- ';
const ELISION = '…';

/** Each example: its place in the README text, the arguments of its command and the lines shown. */
function examples(readme: string) {
	const section = readme.indexOf('## Deadlines on the command line');
	const end = readme.indexOf('\n## ', section + 1);
	const found: { start: number; end: number; args: string[]; lines: string[] }[] = [];
	for (const match of readme.slice(section, end).matchAll(/^```\n(\$ [^\n]*)\n([\s\S]*?)^```$/gm)) {
		if (!match[1]!.startsWith(PROMPT)) continue;
		const start = section + match.index + 4 + match[1]!.length + 1;
		found.push({
			start,
			end: start + match[2]!.length,
			args: match[1]!.slice(PROMPT.length).split(' '),
			lines: match[2]!.replace(/\n$/, '').split('\n'),
		});
	}
	return found;
}

describe('README: deadlines on the command line', () => {
	const readme = readFileSync(README, 'utf8');
	const blocks = examples(readme);

	test('has examples to check', () => {
		expect(blocks.length).toBeGreaterThanOrEqual(2);
		expect(blocks.some((b) => !b.lines.includes(ELISION))).toBe(true);
	});

	test('each example is the real output of its command', () => {
		let updated = readme;
		// From the last block back, so earlier offsets stay right while rewriting.
		for (const block of [...blocks].reverse()) {
			const run = runSla(block.args, 'content/vendors');
			expect(run.status, block.args.join(' ')).toBe(0);
			const output = run.stdout.replace(/\n$/, '').split('\n');
			if (!block.lines.includes(ELISION)) {
				if (process.env.PLAN_ATLAS_UPDATE_README === '1')
					updated = `${updated.slice(0, block.start)}${output.join('\n')}\n${updated.slice(block.end)}`;
				else expect(block.lines, block.args.join(' ')).toEqual(output);
				continue;
			}
			// An excerpt: the lines after "…" are a run of the output, in order.
			const shown = block.lines.slice(block.lines.indexOf(ELISION) + 1);
			const from = output.indexOf(shown[0]!);
			expect(from, `${shown[0]} in the output of ${block.args.join(' ')}`).toBeGreaterThanOrEqual(
				0
			);
			expect(output.slice(from, from + shown.length)).toEqual(shown);
		}
		if (updated !== readme) writeFileSync(README, updated);
	}, 120_000);
});
