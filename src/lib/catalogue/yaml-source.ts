/**
 * A parsed YAML file that remembers where every node came from, so any key path can be turned back
 * into a line and column.
 */
import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type Node,
} from 'yaml';
import type { CatalogueIssue, KeyPath } from './issues.ts';

export interface YamlSource {
	file: string;
	document: Document.Parsed;
	lineCounter: LineCounter;
	/** Plain data of the document (`undefined` when it has syntax errors). */
	data: unknown;
	/** Syntax errors, located. */
	syntaxIssues: CatalogueIssue[];
}

/** Deeper than this is refused before parsing: a vendor file needs about ten levels. */
export const MAX_NESTING = 64;

/** The error for lists and mappings nested deeper than the parser can follow. */
const NESTED_TOO_DEEPLY = `nested too deeply: expected at most ${MAX_NESTING} levels of lists and mappings`;

/**
 * Where the text first nests lists and mappings deeper than MAX_NESTING, or undefined. A linear scan
 * that does not parse: block nesting is counted by indentation (and "- " items opening on one line),
 * flow nesting by "[" and "{" where a value starts, skipping quoted text and comments. Run before the
 * parser, whose recursion would otherwise overflow at a depth that depends on the runtime's stack.
 */
export function tooDeepAt(text: string): { line: number; column: number } | undefined {
	const indents: number[] = [];
	let flow = 0;
	const lines = text.split('\n');
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n]!;
		let i = 0;
		while (line[i] === ' ') i++;
		if (i === line.length || line[i] === '#') continue;
		if (flow === 0) {
			while (indents.length && indents.at(-1)! >= i) indents.pop();
			indents.push(i);
		}
		let valueStart = true;
		let dashes = 0;
		for (; i < line.length; i++) {
			const c = line[i]!;
			if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
			if (valueStart && (c === '"' || c === "'")) {
				i = c === '"' ? doubleQuoteEnd(line, i) : singleQuoteEnd(line, i);
				valueStart = false;
				continue;
			}
			if (valueStart && c === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) dashes++;
			else if (valueStart && (c === '[' || c === '{')) flow++;
			else if ((c === ']' || c === '}') && flow > 0) flow--;
			if (indents.length + dashes + flow > MAX_NESTING) return { line: n + 1, column: i + 1 };
			if (c === ' ' || c === '[' || c === '{' || c === ',' || c === '-') valueStart = true;
			else if (c === ':' && (line[i + 1] === ' ' || i + 1 === line.length)) valueStart = true;
			else valueStart = false;
		}
	}
	return undefined;
}

/**
 * Where the double-quoted text opened at `start` closes (the line's length when it does not), a
 * backslash escaping the character after it. Jumps from quote to backslash with indexOf, so a long
 * pasted text costs one pass, not one loop step per character.
 */
function doubleQuoteEnd(line: string, start: number): number {
	let quote = line.indexOf('"', start + 1);
	let backslash = line.indexOf('\\', start + 1);
	while (quote !== -1 && backslash !== -1 && backslash < quote) {
		const next = backslash + 2;
		if (quote < next) quote = line.indexOf('"', next);
		backslash = line.indexOf('\\', next);
	}
	return quote === -1 ? line.length : quote;
}

/** Where the single-quoted text opened at `start` closes ('' is a quote inside it). */
function singleQuoteEnd(line: string, start: number): number {
	let quote = line.indexOf("'", start + 1);
	while (quote !== -1 && line[quote + 1] === "'") quote = line.indexOf("'", quote + 2);
	return quote === -1 ? line.length : quote;
}

/** Parses YAML text, keeping positions; never throws. */
export function parseYamlSource(file: string, text: string): YamlSource {
	const lineCounter = new LineCounter();
	const deep = tooDeepAt(text);
	if (deep) {
		const empty = parseDocument('', { lineCounter });
		return {
			file,
			document: empty,
			lineCounter,
			data: undefined,
			syntaxIssues: [
				{ file, line: deep.line, column: deep.column, path: [], message: NESTED_TOO_DEEPLY },
			],
		};
	}
	// uniqueKeys makes a repeated key a syntax error instead of silently keeping the last value.
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	// The parser's line counter misses line breaks inside the tokens it skips while recovering from an
	// error, so later errors would get a line too low and a column past its end: count from the text.
	const positionOf = textPositions(text);
	const syntaxIssues: CatalogueIssue[] = [];
	for (const error of document.errors) {
		const pos = positionOf(error.pos[0]);
		// The parser recurses per level of nesting and reports its own stack overflow as an error;
		// say what it means, once.
		const tooDeep = /call stack/i.test(error.message);
		if (tooDeep && syntaxIssues.some((i) => i.message === NESTED_TOO_DEEPLY)) continue;
		syntaxIssues.push({
			file,
			line: pos.line,
			column: pos.col,
			path: [],
			message: tooDeep ? NESTED_TOO_DEEPLY : `YAML syntax error: ${firstLine(error.message)}`,
		});
	}
	let data: unknown;
	if (syntaxIssues.length === 0) {
		try {
			data = document.toJS({ maxAliasCount: 100 });
		} catch (error) {
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

/** Where the first alias that does not resolve is (or the first alias at all), as an offset. */
function aliasProblemOffset(document: Document.Parsed): number {
	let unresolved: number | undefined;
	let first: number | undefined;
	visit(document, {
		Alias(_, node) {
			const at = node.range?.[0] ?? 0;
			first ??= at;
			if (unresolved === undefined && node.resolve(document) === undefined) unresolved = at;
		},
	});
	return unresolved ?? first ?? 0;
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The deepest node that exists along `path`, and how much of the path it covers. */
function deepestNode(source: YamlSource, path: KeyPath): { node: Node | null; depth: number } {
	let node: Node | null = source.document.contents;
	let depth = 0;
	for (const key of path) {
		let next: unknown;
		if (isMap(node)) next = node.get(key, true);
		else if (isSeq(node) && typeof key === 'number') next = node.get(key, true);
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
	const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
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
		if (parent.depth === path.length - 1 && isMap(parent.node) && parent.node.has(path.at(-1)))
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
