import { describe, expect, test } from 'vitest';
import { MAX_NESTING, tooDeepAt } from './yaml-source.ts';

/** A flow list nested `depth` levels deep as the value of `key`, then `rest` on the same line. */
const nested = (depth: number, rest = '') =>
	`key: ${'['.repeat(depth)}1${']'.repeat(depth)}${rest}`;

describe('tooDeepAt', () => {
	test('finds flow nesting deeper than the limit, at the bracket that goes too deep', () => {
		expect(tooDeepAt(nested(MAX_NESTING - 1))).toBeUndefined();
		expect(tooDeepAt(nested(MAX_NESTING + 5))).toEqual({ line: 1, column: 5 + MAX_NESTING });
	});
	test('skips brackets inside quoted text, escaped quotes and doubled quotes included', () => {
		const brackets = '['.repeat(MAX_NESTING + 5);
		expect(tooDeepAt(`a: "x \\" ${brackets} \\\\"`)).toBeUndefined();
		expect(tooDeepAt(`a: 'it''s ${brackets}'`)).toBeUndefined();
		// After the closing quote, the line is read again: a flow list opened there counts.
		expect(tooDeepAt(`a: ["\\\\", ${brackets.slice(0, MAX_NESTING)}1]`)).toEqual({
			line: 1,
			column: 10 + MAX_NESTING - 1,
		});
	});
	test('reads a 2 MB quoted text with many escapes in one pass', () => {
		const text = `a: "${'<td class=\\"c\\">x</td>'.repeat(100_000)}"\nb: 1`;
		expect(tooDeepAt(text)).toBeUndefined();
	});
});
