/**
 * A parsed YAML file that remembers where every node came from, so any key path can be turned back
 * into a line and column.
 */
import {
	Composer,
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	Lexer,
	LineCounter,
	Parser,
	parseDocument,
	visit,
	YAMLParseError,
	type CST,
	type Document,
	type DocumentOptions,
	type Node,
	type Pair,
	type YAMLMap,
	type ParseOptions,
} from 'yaml';
import type { CatalogueIssue, KeyPath } from './issues.ts';
import { MAX_NESTING, readPlainYaml } from './plain-yaml.ts';

type Token = CST.Token;

export interface YamlSource {
	file: string;
	document: Document.Parsed;
	lineCounter: LineCounter;
	/** Plain data of the document (`undefined` when it has syntax errors). */
	data: unknown;
	/** Syntax errors, located. */
	syntaxIssues: CatalogueIssue[];
}

export { MAX_NESTING };

/** The error for lists and mappings nested deeper than the parser can follow. */
const NESTED_TOO_DEEPLY = `nested too deeply: expected at most ${MAX_NESTING} levels of lists and mappings`;

/** CST tokens that open a level of nesting. */
const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The parser's syntax tree of the text, or the offset of the first list or mapping nested deeper than
 * MAX_NESTING. The parser keeps the collections it is inside on a stack of its own, so the depth is
 * read from there as it goes: what counts is what the parser itself takes for a level (block scalars,
 * quoted or plain text with brackets count for nothing), and the walk stops at once, before the stack
 * grows further (the parser slows down with depth, and composing a document recurses per level).
 */
function tokensWithinDepth(
	text: string,
	lineCounter: LineCounter
): { tokens: Token[] } | { tooDeepAt: number } {
	const parser = new Parser(lineCounter.addNewLine);
	const tokens: Token[] = [];
	lineCounter.addNewLine(0);
	for (const lexeme of new Lexer().lex(text)) {
		for (const token of parser.next(lexeme)) tokens.push(token);
		// A stack no longer than the limit cannot hold more collections than it.
		if (parser.stack.length <= MAX_NESTING) continue;
		let depth = 0;
		for (const token of parser.stack) {
			if (!COLLECTIONS.has(token.type)) continue;
			if (++depth > MAX_NESTING) return { tooDeepAt: token.offset };
		}
	}
	for (const token of parser.end()) tokens.push(token);
	return { tokens };
}

/**
 * Composes the first document of the tokens as parseDocument does (a second document is an error),
 * with the same options.
 */
function composeDocument(
	tokens: readonly Token[],
	options: DocumentOptions & ParseOptions,
	length: number
) {
	let document: Document.Parsed | undefined;
	for (const next of new Composer(options).compose(tokens, true, length)) {
		if (!document) document = next;
		else {
			document.errors.push(
				new YAMLParseError(
					next.range.slice(0, 2) as [number, number],
					'MULTIPLE_DOCS',
					'Source contains multiple documents; please use YAML.parseAllDocuments()'
				)
			);
			break;
		}
	}
	return document!;
}

/** Parses YAML text, keeping positions; never throws. */
export function parseYamlSource(file: string, text: string): YamlSource {
	// A file in the plain subset of YAML is read without the library's parser, into the library's
	// own nodes at the same places (plain-yaml.ts); any other file, or one with an error, is parsed.
	const plain = readPlainYaml(text);
	if (plain) return { file, ...plain, syntaxIssues: [] };
	const lineCounter = new LineCounter();
	const parsed = tokensWithinDepth(text, lineCounter);
	if ('tooDeepAt' in parsed) {
		const at = textPositions(text)(parsed.tooDeepAt);
		return {
			file,
			document: parseDocument('', { lineCounter: new LineCounter() }),
			lineCounter,
			data: undefined,
			syntaxIssues: [{ file, line: at.line, column: at.col, path: [], message: NESTED_TOO_DEEPLY }],
		};
	}
	// The parser's own check of repeated keys compares each key with every key before it (quadratic
	// in a wide mapping): it is off, and repeatedKeyOffsets does the same with a set per mapping.
	const document = composeDocument(parsed.tokens, { uniqueKeys: false }, text.length);
	// The parser's line counter misses line breaks inside the tokens it skips while recovering from an
	// error, so later errors would get a line too low and a column past its end: count from the text.
	const positionOf = textPositions(text);
	const errors = [
		...document.errors.map((error) => ({ offset: error.pos[0], message: error.message })),
		// A repeated key is an error instead of silently keeping the last value.
		...repeatedKeyOffsets(document).map((offset) => ({ offset, message: DUPLICATE_KEY })),
	].sort((a, b) => a.offset - b.offset);
	const syntaxIssues: CatalogueIssue[] = errors.map((error) => {
		const pos = positionOf(error.offset);
		return {
			file,
			line: pos.line,
			column: pos.col,
			path: [],
			message: `YAML syntax error: ${firstLine(error.message)}`,
		};
	});
	let data: unknown;
	if (syntaxIssues.length === 0) {
		try {
			data = document.toJS({ maxAliasCount: 100 });
		} catch (error) {
			// Aliases can repeat a deep anchor inside another: the depth limit above bounds each anchor,
			// not what toJS then unfolds.
			if (error instanceof RangeError && /call stack/i.test(error.message)) {
				syntaxIssues.push({ file, line: 1, column: 1, path: [], message: NESTED_TOO_DEEPLY });
				return { file, document, lineCounter, data, syntaxIssues };
			}
			// An alias with no anchor before it, or too many aliases: the other ways toJS can fail.
			const offset = aliasProblemOffset(document);
			const pos = positionOf(offset);
			syntaxIssues.push({
				file,
				line: pos.line,
				column: pos.col,
				path: [],
				message: `YAML alias error: ${firstLine((error as Error).message)}`,
			});
		}
	}
	return { file, document, lineCounter, data, syntaxIssues };
}

/** Line and column (1-based, in UTF-16 code units like the parser's own) of an offset into `text`. */
function textPositions(text: string): (offset: number) => { line: number; col: number } {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, col: offset - starts[low]! + 1 };
	};
}

/** The parser's words for a repeated key, kept so reports read as before. */
const DUPLICATE_KEY = 'Map keys must be unique';

/**
 * Where each mapping repeats a key (compared as the parser does: scalar keys by value), as offsets.
 * A plain walk of the collections: long lists of scalars are passed over without a callback each.
 */
function repeatedKeyOffsets(document: Document.Parsed): number[] {
	const offsets: number[] = [];
	const pending: unknown[] = [document.contents];
	while (pending.length) {
		const node = pending.pop();
		if (isMap(node)) {
			const seen = new Set<unknown>();
			for (const pair of node.items) {
				if (isScalar(pair.key)) {
					if (seen.has(pair.key.value)) offsets.push(pair.key.range?.[0] ?? 0);
					else seen.add(pair.key.value);
				} else if (isMap(pair.key) || isSeq(pair.key)) pending.push(pair.key);
				if (isMap(pair.value) || isSeq(pair.value)) pending.push(pair.value);
			}
		} else if (isSeq(node)) {
			for (const item of node.items) if (isMap(item) || isSeq(item)) pending.push(item);
		}
	}
	return offsets.sort((a, b) => a - b);
}

/**
 * Where the first alias that does not resolve is (or the first alias at all), as an offset: an alias
 * resolves to an anchor set before it, so one walk in document order, with the anchors seen so far,
 * finds it (asking each alias to resolve itself would walk the document once per alias).
 */
function aliasProblemOffset(document: Document.Parsed): number {
	const anchors = new Set<string>();
	let unresolved: number | undefined;
	let first: number | undefined;
	visit(document, {
		Node(_, node) {
			if (isAlias(node)) {
				const at = node.range?.[0] ?? 0;
				first ??= at;
				if (unresolved === undefined && !anchors.has(node.source)) unresolved = at;
			} else if (node.anchor) anchors.add(node.anchor);
		},
	});
	return unresolved ?? first ?? 0;
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Each mapping's pairs by key, built once per mapping: locating many issues in one wide mapping stays linear. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * The pair of `key` in a mapping (scalar keys only, as the catalogue writes them), compared as text
 * as plain data makes them (`2: x` is the key "2").
 */
function pairOf(map: YAMLMap, key: string | number): Pair | undefined {
	let index = pairsByKey.get(map);
	if (!index) {
		index = new Map();
		for (const pair of map.items)
			if (isPair(pair) && isScalar(pair.key) && !index.has(String(pair.key.value)))
				index.set(String(pair.key.value), pair);
		pairsByKey.set(map, index);
	}
	return index.get(String(key));
}

/** The deepest node that exists along `path`, and how much of the path it covers. */
function deepestNode(source: YamlSource, path: KeyPath): { node: Node | null; depth: number } {
	let node: Node | null = source.document.contents;
	let depth = 0;
	for (const key of path) {
		let next: unknown;
		if (isMap(node)) next = pairOf(node, key)?.value;
		else if (isSeq(node) && typeof key === 'number') next = node.items[key];
		if (next === undefined || next === null || typeof next !== 'object') break;
		node = next as Node;
		depth++;
	}
	return { node, depth };
}

/** The key node of `key` in the map at `path`, for pointing at a misspelt key itself. */
function keyNode(source: YamlSource, path: KeyPath, key: string): Node | undefined {
	const { node, depth } = deepestNode(source, path);
	if (depth !== path.length || !isMap(node)) return undefined;
	const pair = pairOf(node, key);
	return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** Where `path` is in the file; a missing key is located at the nearest existing parent. */
export function locate(source: YamlSource, path: KeyPath, opts: { key?: string | undefined } = {}) {
	const target = opts.key === undefined ? undefined : keyNode(source, path, opts.key);
	const { node, depth } = target ? { node: target, depth: path.length } : deepestNode(source, path);
	const offset = node?.range?.[0] ?? 0;
	const pos = source.lineCounter.linePos(offset);
	return { line: pos.line, column: pos.col, exists: depth === path.length && node !== null };
}

/** A short rendering of the value at `path` as written in the file, or undefined when absent. */
export function foundAt(source: YamlSource, path: KeyPath): string | undefined {
	const { node, depth } = deepestNode(source, path);
	if (depth !== path.length || !node) {
		// A file with no content at all (or only comments) has no root node.
		if (path.length === 0) return 'nothing (empty file)';
		// A present key with an empty value (`name:`) parses to a null scalar, which deepestNode skips.
		const parent = deepestNode(source, path.slice(0, -1));
		if (
			parent.depth === path.length - 1 &&
			isMap(parent.node) &&
			pairOf(parent.node, path.at(-1)!) !== undefined
		)
			return 'nothing (empty value)';
		return undefined;
	}
	if (isScalar(node)) {
		// `name:` with nothing after it is a null scalar of zero length: say so rather than "null".
		if (node.value === null && node.range && node.range[0] === node.range[1])
			return 'nothing (empty value)';
		// JSON has no Infinity: 1e999 would otherwise be shown as "null".
		if (typeof node.value === 'number' && !Number.isFinite(node.value))
			return `${node.source ?? String(node.value)}, which is too large`;
		return JSON.stringify(node.value) ?? String(node.value);
	}
	if (isMap(node)) return 'a mapping';
	if (isSeq(node)) return `a list of ${node.items.length}`;
	return undefined;
}
