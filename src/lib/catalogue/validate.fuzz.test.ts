import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { propertySeed } from '../../../tests/support/property-seed.ts';
import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { localeTags } from '#lib/locales.ts';
import { validateVendorFile } from './validate.ts';

// Random mutations of the fixture vendor files (one using every optional part, one using none, and
// the broken-catalogue corpus's base file): the validator must never throw, and every rejection must
// be a located message (a line and column inside the file, a non-empty text).
const sources = [
	'tests/fixtures/full/orbit.yaml',
	'tests/fixtures/minimal/solo.yaml',
	'src/lib/catalogue/fixtures/valid-minimal.yaml',
].map((file) => ({
	file,
	lines: readFileSync(file, 'utf8').split('\n'),
}));

const junk = fc.constantFrom(
	'',
	' ',
	':',
	'- ',
	'[',
	']',
	'{',
	'}',
	'"',
	"'",
	'#',
	'&a',
	'*a',
	'!!int',
	'null',
	'-1',
	'0',
	'1e999',
	'24:00',
	'25:99',
	'P1',
	'Mars/Base',
	'<b>x</b>',
	'\t',
	'|',
	'>',
	'---',
	'...',
	'%',
	'@',
	'`',
	'é',
	'首',
	'\u0000',
	// script-like markup, odd numbers and characters outside the Basic Multilingual Plane
	'<script>',
	'<img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'</style>',
	'.inf',
	'-.inf',
	'.nan',
	'0x1F',
	'1e-999',
	'9'.repeat(400),
	'😀',
	'\u200b',
	'\ufeff',
	'\u2028'
);
const mutation = fc.oneof(
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), column: fc.nat(), text: junk }),
	fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), text: junk }),
	fc.record({
		kind: fc.constant('indent' as const),
		at: fc.nat(),
		by: fc.integer({ min: -4, max: 4 }),
	}),
	fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() })
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
			fc.property(
				fc.nat({ max: sources.length - 1 }),
				fc.array(mutation, { minLength: 1, maxLength: 4 }),
				(index, mutations) => {
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
						// The column is inside its line (or just past its end, for a problem at the line's end).
						if (issue.line <= lines.length)
							expect(issue.column).toBeLessThanOrEqual((lines[issue.line - 1]?.length ?? 0) + 1);
						expect(issue.message.trim().length).toBeGreaterThan(0);
						expect(issue.message).not.toMatch(/\bat .*\.(ts|js):\d+/);
					}
				}
			),
			{ numRuns: 1500, seed: propertySeed }
		);
	}, 600_000);
});

// Script-like markup put into any one text of a fixture vendor file: the file is rejected with exactly one
// error, "HTML injection", at that text's own line and column and key path.
const injections = fc.constantFrom(
	'<script>alert(1)</script>',
	'<SCRIPT src=//x.example>',
	'<iframe src=x>',
	'<img src=x onerror=alert(1)>',
	'<svg/onload=alert(1)>',
	'javascript:alert(1)',
	'<a href="JavaScript:void(0)">',
	'<meta http-equiv=refresh content=0>',
	'<link rel=stylesheet href=x>',
	'<object data=x>',
	'<embed src=x>',
	'<style>*{}</style>',
	'<base href=//x.example>'
);
const texts = sources.map((source) => {
	const document = parseDocument(source.lines.join('\n'), { keepSourceTokens: false });
	const counter = new LineCounter();
	parseDocument(source.lines.join('\n'), { lineCounter: counter });
	const found: { path: (string | number)[]; start: number; end: number }[] = [];
	visit(document, {
		Pair(_, pair, ancestors) {
			if (
				!isScalar(pair.key) ||
				!localeTags.includes(pair.key.value as never) ||
				!isScalar(pair.value) ||
				typeof pair.value.value !== 'string'
			)
				return;
			const path: (string | number)[] = [];
			for (let i = 1; i < ancestors.length; i++) {
				const node = ancestors[i];
				const parent = ancestors[i - 1];
				if (isPair(node) && isScalar(node.key)) path.push(node.key.value as string);
				else if (isSeq(parent)) path.push(parent.items.indexOf(node as never));
			}
			found.push({
				path: [...path, pair.key.value as string],
				start: pair.value.range![0],
				end: pair.value.range![1],
			});
		},
	});
	return { ...source, text: source.lines.join('\n'), counter, found };
});

describe('script-like markup in any text', () => {
	test('is rejected with one located "HTML injection" error', () => {
		fc.assert(
			fc.property(
				fc.nat({ max: texts.length - 1 }),
				fc.nat(),
				injections,
				fc.string({ maxLength: 8 }),
				(index, pick, injection, padding) => {
					const source = texts[index]!;
					const target = source.found[pick % source.found.length]!;
					const text = `${source.text.slice(0, target.start)}${JSON.stringify(`${padding.replace(/[<>:]/g, '')} ${injection}`)}${source.text.slice(target.end)}`;
					const result = validateVendorFile({ file: source.file, text });
					expect(result.ok).toBe(false);
					if (result.ok) return;
					const at = source.counter.linePos(target.start);
					expect(
						result.issues.map((i) => ({
							line: i.line,
							column: i.column,
							path: i.path,
							html: i.message.startsWith('HTML injection'),
						}))
					).toEqual([{ line: at.line, column: at.col, path: target.path, html: true }]);
				}
			),
			{ numRuns: 300, seed: propertySeed }
		);
	}, 600_000);
});

// References and holiday rules, generated from small pools of good and bad parts and put into the
// broken-catalogue corpus's base file: the validator accepts exactly the combinations a model of the
// rules accepts, and locates every rejection on the line that holds it.
const base = readFileSync('src/lib/catalogue/fixtures/valid-minimal.yaml', 'utf8').split('\n');
/** valid-minimal.yaml with one line replaced (1-based). */
const withLine = (line: number, text: string) =>
	base.map((l, i) => (i === line - 1 ? text : l)).join('\n');

describe('references under random keys and ids', () => {
	// The feature row "phone" (line 62) gets a `refs` mapping on its own line, 63.
	const keys = fc.constantFrom('basic', 'premum', 'Basic', 'gold tier');
	const refs = fc.record(
		{
			source: fc.constantFrom('policy', 'polcy'),
			assumption: fc.constantFrom('hours', 'hour'),
			locator: fc.constantFrom('Table 1'),
		},
		{ requiredKeys: [] }
	);
	test('are accepted exactly when every key is a tier and every id is defined', () => {
		fc.assert(
			fc.property(fc.dictionary(keys, refs, { maxKeys: 4 }), (map) => {
				const text = withLine(
					62,
					`        values: { basic: true }\n        refs: ${JSON.stringify(map)}`
				);
				const result = validateVendorFile({ file: 'valid-minimal.yaml', text });
				const entries = Object.entries(map);
				const validRef = (r: (typeof entries)[number][1]) =>
					(r.source !== undefined || r.assumption !== undefined) &&
					(r.locator === undefined || r.source !== undefined) &&
					r.source !== 'polcy' &&
					r.assumption !== 'hour';
				const valid = entries.every(([key, r]) => key === 'basic' && validRef(r));
				expect(result.ok).toBe(valid);
				if (result.ok) return;
				for (const issue of result.issues) {
					expect(issue.line).toBe(63);
					expect(issue.path.slice(0, 4)).toEqual(['categories', 0, 'features', 0]);
					expect(issue.message).not.toContain('Invalid key');
				}
				// Every key that is not a tier is named, at the key itself: keys not even of an id's form
				// when the file fails its schema, else every unknown one (cross-references come after).
				const line = text.split('\n')[62]!;
				const wellFormed = (key: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key);
				const schemaFails = entries.some(
					([key, r]) =>
						!wellFormed(key) ||
						(r.source === undefined && r.assumption === undefined) ||
						(r.locator !== undefined && r.source === undefined)
				);
				const named = entries
					.map(([key]) => key)
					.filter((key) => key !== 'basic' && (!schemaFails || !wellFormed(key)));
				for (const key of named) {
					const issue = result.issues.find((i) => i.path.at(-1) === key);
					expect(issue?.message).toBe(`unknown tier "${key}"; expected one of: "basic"`);
					expect(issue?.column).toBe(line.indexOf(`${JSON.stringify(key)}:`) + 1);
				}
			}),
			{ numRuns: 300, seed: propertySeed }
		);
	}, 600_000);
});

describe('holiday rules under random dates, working dates and yearly rules', () => {
	// The business-hours calendar (Monday to Friday) gets these holidays on its line, 32. Each yearly
	// rule of the pool with the date it closes in 2026 (a date the rule closes elsewhere is not drawn).
	const pool = [
		{ rule: '{ month: 12, day: 25 }', key: '12/25', closes: '2026-12-25' },
		{ rule: '{ month: 12, day: 26 }', key: '12/26', closes: '2026-12-26' },
		{ rule: '{ month: 12, day: 26, weekend: monday }', key: '12/26', closes: '2026-12-28' },
		{ rule: '{ month: 12, weekday: sat, nth: 3 }', key: '12/sat/3', closes: '2026-12-19' },
		{ rule: '{ month: 1, day: 1 }', key: '1/1', closes: '2026-01-01' },
	];
	// 19 to 27 December 2026: Saturday 19th, Sunday 20th, 26th and 27th; the rest weekdays.
	const day = fc.integer({ min: 19, max: 27 }).map((d) => `2026-12-${d}`);
	const weekend = new Set(['2026-12-19', '2026-12-20', '2026-12-26', '2026-12-27']);
	const repeated = (list: readonly string[]) => new Set(list).size !== list.length;
	test('are accepted exactly when nothing repeats and every working date is a closed day left open', () => {
		fc.assert(
			fc.property(
				fc.array(day, { maxLength: 3 }),
				fc.array(day, { maxLength: 3 }),
				fc.array(fc.nat({ max: pool.length - 1 }), { maxLength: 3 }),
				(dates, working, picks) => {
					const rules = picks.map((i) => pool[i]!);
					const text = withLine(
						32,
						`    holidays: { dates: ${JSON.stringify(dates)}, working: ${JSON.stringify(working)}, yearly: [${rules.map((r) => r.rule).join(', ')}] }`
					);
					const result = validateVendorFile({ file: 'valid-minimal.yaml', text });
					const ruleDates = new Set(rules.map((r) => r.closes));
					const valid =
						!repeated(dates) &&
						!repeated(working) &&
						!repeated(rules.map((r) => r.key)) &&
						working.every((d) => weekend.has(d) && !dates.includes(d) && !ruleDates.has(d));
					expect(result.ok).toBe(valid);
					if (result.ok) return;
					for (const issue of result.issues) {
						expect(issue.line).toBe(32);
						expect(issue.path.slice(0, 3)).toEqual(['calendars', 0, 'holidays']);
						expect(issue.message).toMatch(/^expected /);
					}
				}
			),
			{ numRuns: 500, seed: propertySeed }
		);
	}, 600_000);
});
