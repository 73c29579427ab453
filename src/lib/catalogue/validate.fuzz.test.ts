import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { propertySeed } from '../../../tests/support/property-seed.ts';
import { validateVendorFile } from './validate.ts';

// Random mutations of real vendor files: the validator must never throw, and every rejection must be
// a located message (a line and column inside the file, a non-empty text).
const sources = ['content/vendors/amanda.yaml', 'content/vendors/wati.yaml', 'src/lib/catalogue/fixtures/valid-minimal.yaml'].map((file) => ({
	file,
	lines: readFileSync(file, 'utf8').split('\n'),
}));

const junk = fc.constantFrom('', ' ', ':', '- ', '[', ']', '{', '}', '"', "'", '#', '&a', '*a', '!!int', 'null', '-1', '0', '1e999', '24:00', '25:99', 'P1', 'Mars/Base', '<b>x</b>', '\t', '|', '>', '---', '...', '%', '@', '`', 'é', '首', '\u0000');
const mutation = fc.oneof(
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), column: fc.nat(), text: junk }),
	fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), text: junk }),
	fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
	fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(lines: string[], m: Mutation): string[] {
	const out = [...lines];
	const i = m.at % out.length;
	const line = out[i]!;
	switch (m.kind) {
		case 'delete':
			out.splice(i, 1);
			break;
		case 'duplicate':
			out.splice(i, 0, line);
			break;
		case 'insert': {
			const c = m.column % (line.length + 1);
			out[i] = line.slice(0, c) + m.text + line.slice(c);
			break;
		}
		case 'replace-value': {
			const colon = line.indexOf(': ');
			out[i] = colon >= 0 ? `${line.slice(0, colon + 2)}${m.text}` : m.text;
			break;
		}
		case 'indent':
			out[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
			break;
		case 'swap': {
			const j = m.with % out.length;
			[out[i], out[j]] = [out[j]!, line];
			break;
		}
	}
	return out;
}

describe('the validator under random mutations', () => {
	test('never throws, and every rejection is located inside the file', () => {
		fc.assert(
			fc.property(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
				const source = sources[index]!;
				const lines = mutations.reduce(mutate, source.lines);
				const text = lines.join('\n');
				const result = validateVendorFile({ file: source.file, text });
				if (result.ok) return;
				expect(result.issues.length).toBeGreaterThan(0);
				for (const issue of result.issues) {
					expect(issue.file).toBe(source.file);
					expect(issue.line).toBeGreaterThanOrEqual(1);
					expect(issue.line).toBeLessThanOrEqual(lines.length + 1);
					expect(issue.column).toBeGreaterThanOrEqual(1);
					expect(issue.message.trim().length).toBeGreaterThan(0);
					expect(issue.message).not.toMatch(/\bat .*\.(ts|js):\d+/);
				}
			}),
			{ numRuns: 1500, seed: propertySeed },
		);
	}, 120_000);
});
