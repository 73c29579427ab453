import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Document } from 'yaml';
import { propertySeed } from '../../../tests/support/property-seed.ts';
import { readPlainYaml } from './plain-yaml.ts';

/** What the YAML library makes of a text: its document and lines, or undefined when it reports an error. */
function library(
	text: string
): { document: Document.Parsed; lineCounter: LineCounter } | undefined {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { uniqueKeys: true, lineCounter });
	if (document.errors.length) return undefined;
	try {
		document.toJS({ maxAliasCount: 100 });
		return { document, lineCounter };
	} catch {
		return undefined;
	}
}

/**
 * A document's nodes as the validator reads them to locate and show a problem: each node's kind and
 * start, a scalar's value and whether it is empty (of no length), a number's source text.
 */
function shape(node: unknown): unknown {
	if (isMap(node))
		return {
			map: node.range?.[0],
			pairs: node.items.map((pair) => [shape(pair.key), shape(pair.value)]),
		};
	if (isSeq(node)) return { list: node.range?.[0], items: node.items.map(shape) };
	if (isScalar(node))
		return {
			at: node.range?.[0],
			value: node.value,
			empty: node.range?.[0] === node.range?.[1],
			...(typeof node.value === 'number' ? { source: node.source } : {}),
		};
	return node;
}

/**
 * The reader either gives up or reads a text the library accepts as the library does: the same data,
 * the same nodes at the same places, the same lines.
 */
function agrees(text: string): void {
	const plain = readPlainYaml(text);
	if (plain === undefined) return;
	const expected = library(text);
	expect(expected, `the library refuses what the reader accepted:\n${text}`).toBeDefined();
	const { document, lineCounter } = expected!;
	expect(plain.data).toEqual(document.toJS());
	expect(shape(plain.document.contents), text).toEqual(shape(document.contents));
	for (const offset of [0, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length])
		expect(plain.lineCounter.linePos(offset)).toEqual(lineCounter.linePos(offset));
}

const files = [
	...readdirSync('content/vendors').map((f) => `content/vendors/${f}`),
	...readdirSync('tests/fixtures', { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.yaml'))
		.map((e) => `${e.parentPath}/${e.name}`),
	'src/lib/catalogue/fixtures/valid-minimal.yaml',
];

describe('the plain YAML reader', () => {
	test('reads the vendor files of the catalogue and the fixtures as the library does', () => {
		let read = 0;
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			agrees(text);
			if (readPlainYaml(text)) read++;
		}
		// It exists to read such files: most of them are in its subset.
		expect(read).toBeGreaterThan(files.length / 2);
	});

	test('reads the usual shapes, and gives up on what it leaves to the library', () => {
		const read = (text: string) => readPlainYaml(text)?.data;
		expect(
			read(
				'a: 1\nb: "x\\u00e9\\n"\nc: \'it\'\'s\'\nd:\n  - e: [1, "2", three, {f: g}]\n    h: ~\n  -\n    - x\ni: 09:00 # a comment\nj: https://x.example/a#b\n'
			)
		).toEqual({
			a: 1,
			b: 'xé\n',
			c: "it's",
			d: [{ e: [1, '2', 'three', { f: 'g' }], h: null }, ['x']],
			i: '09:00',
			j: 'https://x.example/a#b',
		});
		expect(read('list:\n- a\n- b\nnext: [\n  1,\n  2,\n  ]\n')).toEqual({
			list: ['a', 'b'],
			next: [1, 2],
		});
		// The closing bracket may stand at the column of the key it is the value of.
		expect(read('a:\n  b: [\n    1,\n  ]\n  c: {\n    d: 1,\n  }\n')).toEqual({
			a: { b: [1], c: { d: 1 } },
		});
		for (const text of [
			'a: &x 1\nb: *x\n',
			'a: !!str 1\n',
			'a: |\n  text\n',
			'a: text\n  continued\n',
			'a: "text\n  continued"\n',
			'a: 1\na: 2\n',
			'---\na: 1\n',
			'a:\tb\n',
			'? a\n: b\n',
			'a: b: c\n',
			'[a]: b\n',
			'a: [b: c]\n',
			'2: x\n',
			'__proto__: x\n',
			'a:\n  b: [\n    1\n  , 2]\n',
			'- b: [\n    1,\n]\n',
			`a: ${'['.repeat(70)}${']'.repeat(70)}\n`,
		])
			expect(read(text), text).toBeUndefined();
	});

	// Random damage to real vendor files, and random texts made of YAML's own pieces: whatever the
	// reader accepts, the library reads the same.
	const sources = files.slice(0, 6).map((file) => readFileSync(file, 'utf8').split('\n'));
	const piece = fc.constantFrom(
		'',
		' ',
		'  ',
		'- ',
		'-',
		':',
		': ',
		'a',
		'b: ',
		'"x"',
		"'y'",
		'"\\u00e9"',
		'"\\q"',
		'[',
		']',
		'{',
		'}',
		',',
		'#',
		' #',
		'&a ',
		'*a',
		'!',
		'|',
		'>',
		'?',
		'%',
		'~',
		'null',
		'true',
		'0x1F',
		'0o7',
		'1e3',
		'.5',
		'-1',
		'+1',
		'.inf',
		'09:00',
		'2026-01-15',
		'http://x/y',
		'\n',
		'\n  ',
		'\n    ',
		'\n- ',
		'é',
		'---',
		'...',
		"''",
		'"',
		"'"
	);
	test('agrees with the library on damaged vendor files', () => {
		fc.assert(
			fc.property(
				fc.nat({ max: sources.length - 1 }),
				fc.array(
					fc.record({ line: fc.nat(), column: fc.nat(), text: piece, cut: fc.nat({ max: 3 }) }),
					{ minLength: 1, maxLength: 4 }
				),
				(index, edits) => {
					const lines = [...sources[index]!];
					for (const edit of edits) {
						const i = edit.line % lines.length;
						const line = lines[i]!;
						const c = edit.column % (line.length + 1);
						lines[i] = line.slice(0, c) + edit.text + line.slice(c + edit.cut);
					}
					agrees(lines.join('\n'));
				}
			),
			{ numRuns: 3000, seed: propertySeed }
		);
	}, 600_000);

	test('agrees with the library on texts made of YAML pieces', () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => agrees(pieces.join(''))),
			{ numRuns: 20_000, seed: propertySeed }
		);
	}, 600_000);

	// Data written out by the library itself in every style it has: the reader must read most of it,
	// and read it right.
	const text = fc.oneof(
		fc.constantFrom(
			'',
			' ',
			'a b',
			'a: b',
			'a #b',
			'x#y',
			"it's",
			'"q"',
			'- x',
			'é 首 😀',
			'09:00',
			'null',
			'1',
			'1.0',
			'-',
			'[x]',
			'{y}',
			'a,b',
			'\\',
			'%x',
			'@x',
			' lead',
			'trail '
		),
		fc.string({ maxLength: 12 })
	);
	const value = fc.letrec<{ value: unknown }>((tie) => ({
		value: fc.oneof(
			{ depthSize: 'small' },
			text,
			fc.integer(),
			fc.double({ noNaN: true }),
			fc.boolean(),
			fc.constant(null),
			fc.array(tie('value'), { maxLength: 4 }),
			fc.dictionary(text, tie('value'), { maxKeys: 4 })
		),
	})).value;
	test('agrees with the library on data the library wrote, and reads most of it', () => {
		let read = 0;
		fc.assert(
			fc.property(
				fc.dictionary(text, value, { minKeys: 1, maxKeys: 5 }),
				fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<
					'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'
				>,
				fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
				fc.constantFrom(2, 4),
				(data, stringType, collectionStyle, indent) => {
					const written = stringify(data, {
						defaultStringType: stringType,
						defaultKeyType: 'PLAIN',
						collectionStyle,
						indent,
						lineWidth: 0,
					});
					agrees(written);
					if (readPlainYaml(written)) read++;
				}
			),
			{ numRuns: 5_000, seed: propertySeed }
		);
		expect(read).toBeGreaterThan(1_000);
	}, 600_000);

	// Flow collections over several lines, each line at a random column: which of them YAML accepts
	// depends on the columns, and the reader must not accept one the library refuses.
	test('agrees with the library on flow collections laid over lines at any column', () => {
		const item = fc.constantFrom('1', 'x', '"q"', '[2]', '{k: v}', 'a b', '# c');
		fc.assert(
			fc.property(
				fc.constantFrom('[', '{'),
				fc.nat({ max: 4 }),
				fc.array(fc.record({ item, indent: fc.nat({ max: 8 }), comma: fc.boolean() }), {
					maxLength: 5,
				}),
				fc.nat({ max: 8 }),
				fc.constantFrom('key', 'list', 'compact'),
				(open, keyIndent, items, closeIndent, shape) => {
					const close = open === '[' ? ']' : '}';
					const body = items.map(({ item: it, indent, comma }, i) => {
						const entry = it.startsWith('#') ? it : open === '{' ? `k${i}: ${it}` : it;
						return `${' '.repeat(indent)}${entry}${comma && !it.startsWith('#') ? ',' : ''}`;
					});
					const pad = ' '.repeat(keyIndent);
					const head =
						shape === 'key'
							? `top:\n${pad}  value: ${open}`
							: shape === 'list'
								? `top:\n${pad}  - ${open}`
								: `top:\n${pad}  - value: ${open}`;
					agrees(`${head}\n${body.join('\n')}\n${' '.repeat(closeIndent)}${close}\nnext: 1\n`);
				}
			),
			{ numRuns: 5_000, seed: propertySeed }
		);
	}, 600_000);
});
