import { describe, expect, test } from 'vitest';
import { MAX_NESTING, parseYamlSource } from './yaml-source.ts';

const tooDeep = `nested too deeply: expected at most ${MAX_NESTING} levels of lists and mappings`;

/** Where the text is reported too deep, or undefined when it parses within the limit. */
function tooDeepAt(text: string): { line: number; column: number } | undefined {
	const issue = parseYamlSource('x.yaml', text).syntaxIssues.find((i) => i.message === tooDeep);
	return issue && { line: issue.line, column: issue.column };
}

/** A flow list nested `depth` levels deep as the value of `key`, then `rest` on the same line. */
const nested = (depth: number, rest = '') =>
	`key: ${'['.repeat(depth)}1${']'.repeat(depth)}${rest}`;

describe('the depth limit', () => {
	test('flow nesting deeper than the limit is reported at the bracket that goes too deep', () => {
		// The root mapping is the first level.
		expect(tooDeepAt(nested(MAX_NESTING - 1))).toBeUndefined();
		expect(parseYamlSource('x.yaml', nested(MAX_NESTING - 1)).syntaxIssues).toEqual([]);
		expect(tooDeepAt(nested(MAX_NESTING + 5))).toEqual({ line: 1, column: 5 + MAX_NESTING });
	});

	test('JSON-style flow mappings count like lists, at a column that does not depend on the runtime', () => {
		const json = `${'{"a": '.repeat(MAX_NESTING + 1)}1${'}'.repeat(MAX_NESTING + 1)}`;
		// The 65th "{" is the one too deep: six characters a level.
		expect(tooDeepAt(json)).toEqual({ line: 1, column: 6 * MAX_NESTING + 1 });
	});

	test('block nesting by indentation counts, each mapping once', () => {
		const block = (depth: number) =>
			Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1\n';
		expect(tooDeepAt(block(MAX_NESTING))).toBeUndefined();
		expect(tooDeepAt(block(MAX_NESTING + 1))).toEqual({ line: MAX_NESTING + 1, column: 129 });
	});

	test('indentation inside block scalars and brackets in plain or quoted text count for nothing', () => {
		const indented = Array.from({ length: 200 }, (_, i) => `  ${' '.repeat(i)}line ${i}`);
		expect(
			tooDeepAt(`a: |\n${indented.join('\n')}\nb: >\n${indented.join('\n')}\n`)
		).toBeUndefined();
		const smileys = Array.from({ length: 100 }, () => '- so sad :-[ [[ {{').join('\n');
		expect(tooDeepAt(`items:\n${smileys}\n`)).toBeUndefined();
		const brackets = '['.repeat(MAX_NESTING + 5);
		expect(tooDeepAt(`a: "x \\" ${brackets} \\\\"\nb: 'it''s ${brackets}'`)).toBeUndefined();
		// The whole file's brackets are not added up: each list closes before the next opens.
		expect(tooDeepAt(Array.from({ length: 100 }, (_, i) => `k${i}: [[1]]`).join('\n'))).toBe(
			undefined
		);
	});

	// Handing a million levels to the parser would take far longer than the time limit; the speed
	// itself is measured by bench:validate, not here.
	test('a million levels stop at the limit at once, without the parser slowing down', () => {
		expect(tooDeepAt(nested(1_000_000))).toEqual({ line: 1, column: 5 + MAX_NESTING });
	}, 30_000);

	test('a 2 MB quoted text with many escapes parses', () => {
		const text = `a: "${'<td class=\\"c\\">x</td>'.repeat(100_000)}"\nb: 1`;
		const source = parseYamlSource('x.yaml', text);
		expect(source.syntaxIssues).toEqual([]);
		expect((source.data as { b: number }).b).toBe(1);
	});

	test('a second document is an error, as with parseDocument', () => {
		expect(
			parseYamlSource('x.yaml', 'a: 1\n---\nb: 2\n').syntaxIssues.map((i) => i.message)
		).toEqual([
			'YAML syntax error: Source contains multiple documents; please use YAML.parseAllDocuments()',
		]);
	});

	test('repeated keys are errors, found in a wide mapping without comparing every pair', () => {
		// Comparing every pair of 100,000 keys (5 × 10⁹ comparisons) would outlast the test's time limit
		// many times over; the speed itself is measured by bench:validate, not here.
		const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}`);
		const wide = parseYamlSource('x.yaml', `{ ${keys.join(', ')} }\n`);
		expect(wide.syntaxIssues).toEqual([]);
		const repeated = parseYamlSource('x.yaml', `a: 1\nb: 2\na: 3\nc: { d: 1, d: 2 }\n`);
		expect(repeated.syntaxIssues.map((i) => `${i.line}:${i.column} ${i.message}`)).toEqual([
			'3:1 YAML syntax error: Map keys must be unique',
			'4:12 YAML syntax error: Map keys must be unique',
		]);
	}, 120_000);

	test('an alias with no anchor before it is located, however many aliases resolve', () => {
		const aliases = Array.from({ length: 20_000 }, () => '  - *a').join('\n');
		const source = parseYamlSource('x.yaml', `a: &a 1\nlist:\n${aliases}\n  - *b\n`);
		expect(source.syntaxIssues.map((i) => `${i.line}:${i.column}`)).toEqual([`${20_003}:5`]);
	});
});
