/**
 * A fast reader for the plain YAML vendor files are written in: block mappings and lists, flow
 * mappings and lists, plain and quoted one-line scalars, comments. It builds the YAML library's own
 * nodes (mappings, lists, scalars resolved by the library's core schema) at the places the library
 * would put them, so data, positions and error messages are the library's; or it gives up, at
 * anything else (anchors, tags, block scalars, multi-line scalars, several documents, tabs, a
 * repeated key, nesting deeper than the limit, anything the library might read otherwise or call an
 * error), and the library parses the file. The library parses a calendar of 300 000 dates in about
 * two seconds on a small machine, making an object per token; this reads it in a fraction of that.
 * src/lib/catalogue/plain-yaml.test.ts compares the two on thousands of random files.
 */
import { Document, isScalar, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Lists and mappings may nest this deep in a vendor file (one needs about ten levels); past it the
 * reader gives up, and yaml-source.ts reports where the library's parser goes too deep.
 */
export const MAX_NESTING = 64;

type Node = Scalar | YAMLMap | YAMLSeq;

/** Thrown to give up; caught once, at the top. */
const GIVE_UP = Symbol('give up');
function giveUp(): never {
	throw GIVE_UP;
}

interface ScalarTag {
	default?: boolean | 'key';
	test?: RegExp;
	resolve: (value: string, onError: () => void, options: object) => unknown;
}

/** The library's core schema: what a plain scalar means (null, a boolean, a number, or text). */
const coreTags = (new Document().schema as unknown as { tags: ScalarTag[] }).tags.filter(
	(tag) => tag.default === true && tag.test
);

/** A plain scalar's value, as the library resolves it. */
function resolvePlain(text: string): unknown {
	const tag = coreTags.find((t) => t.test!.test(text));
	if (!tag) return text;
	const value = tag.resolve(text, giveUp, {});
	return isScalar(value) ? value.value : value;
}

/** Characters a plain scalar may not start with (some only before a space). */
const INDICATORS = new Set([...'[]{},#&*!|>\'"%@`']);
const BEFORE_SPACE = new Set([...'-?:']);

/** Double-quoted escapes read here; any other gives up. */
const ESCAPES: Record<string, string> = {
	'\\': '\\',
	'"': '"',
	'/': '/',
	n: '\n',
	t: '\t',
	r: '\r',
	b: '\b',
	f: '\f',
	'0': '\0',
	' ': ' ',
};

class Reader {
	readonly #lines: string[];
	/** Where each line starts in the text. */
	readonly starts: number[];
	/** The line being read. */
	#at = 0;
	#depth = 0;

	constructor(text: string) {
		this.#lines = text.split('\n');
		this.starts = [0];
		for (const line of this.#lines) this.starts.push(this.starts.at(-1)! + line.length + 1);
	}

	document(): Node {
		this.#skipBlank();
		if (this.#at === this.#lines.length) giveUp();
		const line = this.#lines[this.#at]!;
		if (/^(?:---|\.\.\.|%)/.test(line)) giveUp();
		if (indentOf(line) !== 0) giveUp();
		const value = this.#collection(0);
		this.#skipBlank();
		if (this.#at !== this.#lines.length) giveUp();
		return value;
	}

	/** The offset of a column of the current line. */
	#offset(column: number): number {
		return this.starts[this.#at]! + column;
	}

	/** Skips blank and comment-only lines. */
	#skipBlank(): void {
		while (this.#at < this.#lines.length && /^ *(?:#.*)?$/.test(this.#lines[this.#at]!)) this.#at++;
	}

	#enter(): void {
		if (++this.#depth > MAX_NESTING) giveUp();
	}

	/** A block list or mapping whose first line is the current one, at column `indent`. */
	#collection(indent: number): Node {
		const content = this.#lines[this.#at]!.slice(indent);
		return isListItem(content) ? this.#list(indent) : this.#mapping(indent, indent);
	}

	/**
	 * A block mapping at column `indent`; its first key may stand later on the current line
	 * (`firstColumn`, after "- ").
	 */
	#mapping(indent: number, firstColumn: number): YAMLMap {
		this.#enter();
		const map = new YAMLMap();
		map.range = [this.#offset(firstColumn), 0, 0];
		const keys = new Set<string>();
		let first = true;
		for (;;) {
			if (!first) {
				this.#skipBlank();
				if (this.#at === this.#lines.length) break;
				const lineIndent = indentOf(this.#lines[this.#at]!);
				if (lineIndent < indent) break;
				if (lineIndent > indent) giveUp();
				if (isListItem(this.#lines[this.#at]!.slice(indent))) break;
			}
			const line = this.#lines[this.#at]!;
			const start = first ? firstColumn : indent;
			first = false;
			const { key, source, length, rest } = blockKey(line.slice(start));
			if (keys.has(key)) giveUp();
			keys.add(key);
			const keyNode = scalarNode(key, this.#offset(start), this.#offset(start + length), source);
			map.items.push(new Pair(keyNode, this.#valueAfterKey(rest, indent)));
		}
		this.#depth--;
		return map;
	}

	/** The value after "key:" on the current line (`rest`), or on the lines below; moves past it. */
	#valueAfterKey(rest: string, indent: number): Node {
		const line = this.#lines[this.#at]!;
		if (/^ *(?: #.*)?$/.test(rest)) {
			// Where the library puts an empty value: after the ":" and the spaces that follow it.
			const empty = this.#offset(line.length - rest.length + indentOf(rest));
			this.#at++;
			this.#skipBlank();
			if (this.#at === this.#lines.length) return emptyNode(empty);
			const next = this.#lines[this.#at]!;
			const nextIndent = indentOf(next);
			if (nextIndent > indent) return this.#collection(nextIndent);
			// A list may stand at the key's own column.
			if (nextIndent === indent && isListItem(next.slice(indent))) return this.#list(indent);
			return emptyNode(empty);
		}
		if (rest[0] !== ' ') giveUp();
		const value = rest.trimStart();
		return this.#inline(value, line.length - value.length, indent);
	}

	/** A block list at column `indent`. */
	#list(indent: number): YAMLSeq {
		this.#enter();
		const list = new YAMLSeq();
		list.range = [this.#offset(indent), 0, 0];
		for (;;) {
			this.#skipBlank();
			if (this.#at === this.#lines.length) break;
			const line = this.#lines[this.#at]!;
			const lineIndent = indentOf(line);
			if (lineIndent < indent) break;
			if (lineIndent > indent) giveUp();
			if (!isListItem(line.slice(indent))) break;
			const after = line.slice(indent + 1);
			const rest = after.trimStart();
			const column = line.length - rest.length;
			if (/^(?:#.*)?$/.test(rest)) {
				if (rest !== '' && after[0] !== ' ') giveUp();
				const empty = this.#offset(column);
				this.#at++;
				this.#skipBlank();
				const next = this.#at < this.#lines.length ? indentOf(this.#lines[this.#at]!) : -1;
				list.items.push(next > indent ? this.#collection(next) : emptyNode(empty));
			} else if (isListItem(rest)) giveUp();
			else if (startsMappingEntry(rest)) list.items.push(this.#mapping(column, column));
			else list.items.push(this.#inline(rest, column, indent));
		}
		this.#depth--;
		return list;
	}

	/**
	 * A value that starts at `column` of the current line: a flow collection, a quoted or a plain
	 * scalar. Moves to the line after it. `indent` is the column of the block collection it is in:
	 * what follows on later lines must stand further right.
	 */
	#inline(value: string, column: number, indent: number): Node {
		const first = value[0]!;
		let result: Node;
		if (first === '[' || first === '{') {
			const flow = new FlowReader(this.#lines, this.starts, this.#at, column, indent, this.#depth);
			result = flow.collection();
			this.#at = flow.line;
			if (!/^(?: +(?:#.*)?)?$/.test(this.#lines[this.#at]!.slice(flow.column))) giveUp();
		} else if (first === '"' || first === "'") {
			const read = quoted(value, 0);
			result = scalarNode(
				read.value,
				this.#offset(column),
				this.#offset(column + read.end),
				read.value
			);
			if (!/^(?: +(?:#.*)?)?$/.test(value.slice(read.end))) giveUp();
		} else {
			const raw = plainBlockScalar(value);
			result = scalarNode(
				resolvePlain(raw),
				this.#offset(column),
				this.#offset(column + raw.length),
				raw
			);
		}
		this.#at++;
		// A line further right that is not blank would continue the value (or be an error).
		const save = this.#at;
		this.#skipBlank();
		const more = this.#at < this.#lines.length && indentOf(this.#lines[this.#at]!) > indent;
		this.#at = save;
		if (more) giveUp();
		return result;
	}
}

/** Reads one flow collection, which may run over several lines. */
class FlowReader {
	line: number;
	column: number;
	readonly #lines: string[];
	readonly #starts: number[];
	readonly #indent: number;
	#depth: number;

	readonly #startDepth: number;
	readonly #outerClose: string;

	constructor(
		lines: string[],
		starts: number[],
		line: number,
		column: number,
		indent: number,
		depth: number
	) {
		this.#lines = lines;
		this.#starts = starts;
		this.line = line;
		this.column = column;
		this.#indent = indent;
		this.#depth = depth;
		this.#startDepth = depth;
		this.#outerClose = lines[line]![column] === '[' ? ']' : '}';
	}

	/** The offset of the reading position. */
	#offset(): number {
		return this.#starts[this.line]! + this.column;
	}

	/** The character at the reading position (a method, not a getter: it changes as reading goes). */
	#char(): string | undefined {
		return this.#lines[this.line]![this.column];
	}

	/** Skips spaces, comments and line breaks; a continued line must stand right of the block. */
	#space(): void {
		for (;;) {
			const text = this.#lines[this.line]!;
			while (text[this.column] === ' ') this.column++;
			if (this.column < text.length && text[this.column] !== '#') return;
			if (text[this.column] === '#' && this.column > 0 && text[this.column - 1] !== ' ') giveUp();
			this.line++;
			this.column = 0;
			if (this.line === this.#lines.length) giveUp();
			const next = this.#lines[this.line]!;
			const nextIndent = indentOf(next);
			if (next.length === nextIndent) continue;
			// A comment line left of the block's column: the library reads it differently in a mapping.
			if (next[nextIndent] === '#') {
				if (nextIndent <= this.#indent) giveUp();
				continue;
			}
			// The outermost collection's closing bracket may stand at the block's own column.
			const closing =
				nextIndent === this.#indent &&
				this.#depth === this.#startDepth + 1 &&
				next[nextIndent] === this.#outerClose;
			if (nextIndent <= this.#indent && !closing) giveUp();
		}
	}

	collection(): YAMLMap | YAMLSeq {
		if (++this.#depth > MAX_NESTING) giveUp();
		const open = this.#char();
		const close = open === '[' ? ']' : '}';
		const node = open === '[' ? new YAMLSeq() : new YAMLMap();
		node.range = [this.#offset(), 0, 0];
		const keys = new Set<string>();
		this.column++;
		for (;;) {
			this.#space();
			if (this.#char() === close) break;
			if (node instanceof YAMLSeq) node.items.push(this.#value());
			else {
				const key = this.#key();
				if (keys.has(String(key.value))) giveUp();
				keys.add(String(key.value));
				this.#space();
				if (this.#char() !== ':') giveUp();
				this.column++;
				const after = this.#char();
				if (after !== undefined && after !== ' ' && after !== ',' && after !== close) giveUp();
				// Where the library puts an empty value: after the ":" and the spaces that follow it.
				while (this.#char() === ' ') this.column++;
				const empty = this.#offset();
				this.#space();
				const value =
					this.#char() === ',' || this.#char() === close ? emptyNode(empty) : this.#value();
				node.items.push(new Pair(key, value));
			}
			this.#space();
			if (this.#char() === ',') this.column++;
			else if (this.#char() !== close) giveUp();
		}
		this.column++;
		this.#depth--;
		return node;
	}

	#key(): Scalar {
		const text = this.#lines[this.line]!;
		const first = this.#char()!;
		const at = this.#offset();
		if (first === '"' || first === "'") {
			const { value, end } = quoted(text, this.column);
			this.column = end;
			if (value === '__proto__' || value === '<<') giveUp();
			return scalarNode(value, at, this.#offset(), value);
		}
		const raw = this.#plain(true);
		const key = resolvePlain(raw);
		if (typeof key !== 'string' || key === '__proto__' || key === '<<') giveUp();
		return scalarNode(key, at, this.#offset(), raw);
	}

	#value(): Node {
		const text = this.#lines[this.line]!;
		const first = this.#char()!;
		const at = this.#offset();
		let value: Node;
		if (first === '[' || first === '{') value = this.collection();
		else if (first === '"' || first === "'") {
			const read = quoted(text, this.column);
			this.column = read.end;
			value = scalarNode(read.value, at, this.#offset(), read.value);
		} else {
			const raw = this.#plain(false);
			value = scalarNode(resolvePlain(raw), at, at + raw.length, raw);
		}
		// An item followed by ":" would make a one-pair mapping inside a list: left to the library.
		const save = { line: this.line, column: this.column };
		this.#space();
		if (this.#char() === ':') giveUp();
		Object.assign(this, save);
		return value;
	}

	/** The text of a plain scalar inside a flow collection, on one line (`key`: before a ":"). */
	#plain(key: boolean): string {
		const text = this.#lines[this.line]!;
		const start = this.column;
		const first = text[start]!;
		const second = text[start + 1];
		if (INDICATORS.has(first)) giveUp();
		if (BEFORE_SPACE.has(first) && (second === undefined || ' ,[]{}'.includes(second))) giveUp();
		let end = start;
		for (; end < text.length; end++) {
			const c = text[end]!;
			if (c === ',' || c === '[' || c === ']' || c === '{' || c === '}') break;
			if (c === ':' && (end + 1 === text.length || ' ,[]{}'.includes(text[end + 1]!))) break;
			if (c === '#' && text[end - 1] === ' ') break;
		}
		const raw = text.slice(start, end).trimEnd();
		if (raw === '' || (!key && text[end] === ':')) giveUp();
		this.column = start + raw.length;
		// At the end of the line, a plain scalar could go on below: only a closing or a comma may follow.
		if (end === text.length || text[end] === '#') {
			const save = { line: this.line, column: this.column };
			this.#space();
			const next = this.#char();
			if (next !== ',' && next !== ']' && next !== '}' && !(key && next === ':')) giveUp();
			Object.assign(this, save);
		}
		return raw;
	}
}

/** Spaces at the start of a line. */
function indentOf(line: string): number {
	let i = 0;
	while (line[i] === ' ') i++;
	return i;
}

/** Whether text (from its column) opens a block list item: "-" then a space or the end. */
function isListItem(text: string): boolean {
	return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

/** Whether text starts with "key:" followed by a space or the end (so a mapping entry). */
function startsMappingEntry(text: string): boolean {
	try {
		blockKey(text);
		return true;
	} catch (error) {
		if (error === GIVE_UP) return false;
		throw error;
	}
}

/** The key of a block mapping entry, its source and length (quotes included), and what follows its ":". */
function blockKey(text: string): { key: string; source: string; length: number; rest: string } {
	let key: string;
	let source: string;
	let length: number;
	let after: number;
	if (text[0] === '"' || text[0] === "'") {
		const read = quoted(text, 0);
		key = read.value;
		source = read.value;
		length = read.end;
		after = read.end;
		while (text[after] === ' ') after++;
		if (text[after] !== ':') giveUp();
	} else {
		if (INDICATORS.has(text[0]!) || (BEFORE_SPACE.has(text[0]!) && (text[1] ?? ' ') === ' '))
			giveUp();
		const colon = text.search(/:(?: |$)/);
		if (colon <= 0) giveUp();
		const raw = text.slice(0, colon).trimEnd();
		if (/[[\]{},#]/.test(raw) || raw.includes(' #')) giveUp();
		const resolved = resolvePlain(raw);
		if (typeof resolved !== 'string') giveUp();
		key = resolved;
		source = raw;
		length = raw.length;
		after = colon;
	}
	if (key === '__proto__' || key === '<<') giveUp();
	return { key, source, length, rest: text.slice(after + 1) };
}

/** The text of a plain scalar that is a block mapping's value or a list item, on one line. */
function plainBlockScalar(text: string): string {
	const first = text[0]!;
	if (INDICATORS.has(first) || (BEFORE_SPACE.has(first) && (text[1] ?? ' ') === ' ')) giveUp();
	const comment = text.indexOf(' #');
	const raw = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
	// ": " would start a mapping the library refuses on one line.
	if (/:(?: |$)/.test(raw)) giveUp();
	return raw;
}

/**
 * A scalar node as the library makes it: its value, where it starts and ends (quotes included), and
 * its source text (the value, for quoted text).
 */
function scalarNode(value: unknown, start: number, end: number, source: string): Scalar {
	const node = new Scalar(value);
	node.range = [start, end, end];
	node.source = source;
	return node;
}

/** An empty value (`key:` with nothing after it), which the library makes a null of no length. */
function emptyNode(at: number): Scalar {
	const node = new Scalar(null);
	node.range = [at, at, at];
	node.source = '';
	return node;
}

/** A quoted scalar that starts at `start` and ends on the same line. */
function quoted(text: string, start: number): { value: string; end: number } {
	const quote = text[start];
	if (quote === "'") {
		let value = '';
		let i = start + 1;
		for (;;) {
			const close = text.indexOf("'", i);
			if (close === -1) giveUp();
			value += text.slice(i, close);
			if (text[close + 1] === "'") {
				value += "'";
				i = close + 2;
			} else return { value, end: close + 1 };
		}
	}
	let value = '';
	let i = start + 1;
	for (;;) {
		const close = text.indexOf('"', i);
		const escape = text.indexOf('\\', i);
		if (close === -1) giveUp();
		if (escape === -1 || escape > close)
			return { value: value + text.slice(i, close), end: close + 1 };
		value += text.slice(i, escape);
		const code = text[escape + 1];
		if (code === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(escape + 2, escape + 6))) {
			value += String.fromCharCode(parseInt(text.slice(escape + 2, escape + 6), 16));
			i = escape + 6;
		} else if (code !== undefined && Object.hasOwn(ESCAPES, code)) {
			value += ESCAPES[code];
			i = escape + 2;
		} else giveUp();
	}
}

/** A file read by the plain reader: the library's document of it, its line starts, and its data. */
export interface PlainYaml {
	document: Document.Parsed;
	lineCounter: LineCounter;
	data: unknown;
}

/**
 * A vendor file in the plain subset of YAML, read as the YAML library would read it (its nodes at
 * their places, its data), or undefined when the file is not in that subset or not valid YAML: then
 * only the library reads it.
 */
export function readPlainYaml(text: string): PlainYaml | undefined {
	// Tabs, carriage returns, a byte-order mark, control characters and Unicode line separators: the
	// library's reading of them is its own.
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) return undefined;
	// A line that starts with "---" or "..." marks a document's start or end, whatever follows.
	if (/^(?:---|\.\.\.)/m.test(text)) return undefined;
	let reader: Reader;
	let contents: Node;
	try {
		reader = new Reader(text);
		contents = reader.document();
	} catch (error) {
		if (error === GIVE_UP) return undefined;
		throw error;
	}
	const document = new Document() as Document.Parsed;
	document.contents = contents as Document.Parsed['contents'];
	const lineCounter = new LineCounter();
	for (const start of reader.starts.slice(0, -1)) lineCounter.addNewLine(start);
	return { document, lineCounter, data: document.toJS() };
}
