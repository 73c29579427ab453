/**
 * Located catalogue errors: every problem found in the catalogue names the file, line and column, the
 * key path, what was found and what was expected.
 */
import { escapeControlCharacters } from '#lib/text-escape.ts';

/** A key path into a vendor file, e.g. ['tiers', 0, 'targets', 2, 'within', 'unit']. */
export type KeyPath = readonly (string | number)[];

/** One problem in the catalogue, located in its source file. */
export interface CatalogueIssue {
	/** File path as given to the validator (relative to the project root where possible). */
	file: string;
	/** 1-based line of the offending node (or of its parent when a key is missing). */
	line: number;
	/** 1-based column. */
	column: number;
	/** Key path of the offending value; empty for file-level problems. */
	path: KeyPath;
	/** What is wrong and what was expected. */
	message: string;
	/** A short rendering of what was found at that place, if anything. */
	found?: string | undefined;
}

/** At most this many ids are listed in a message; a file may define thousands. */
const MAX_LISTED = 20;

/** `"a", "b"` (and how many more), or "(none defined)". */
export function quoteIds(ids: Iterable<string>): string {
	const list = [...ids];
	if (list.length === 0) return '(none defined)';
	const shown = list
		.slice(0, MAX_LISTED)
		.map((id) => `"${id}"`)
		.join(', ');
	return list.length > MAX_LISTED ? `${shown} and ${list.length - MAX_LISTED} more` : shown;
}

/** Writes a key path the way a reader of YAML thinks of it: `tiers[0].targets[2].within`. */
export function formatKeyPath(path: KeyPath): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out || '(file)';
}

/**
 * One line per issue: `file:line:column key.path: message (found: ...)`. Control and bidirectional
 * formatting characters from the file (in a key, a value or a file name) are escaped, so the line
 * stays one line and reads as written.
 */
export function formatIssue(issue: CatalogueIssue): string {
	const found = issue.found === undefined ? '' : ` (found: ${issue.found})`;
	return escapeControlCharacters(
		`${issue.file}:${issue.line}:${issue.column} ${formatKeyPath(issue.path)}: ${issue.message}${found}`
	);
}

/** Orders issues by file, then position, so reports read top to bottom. */
function sortIssues(issues: CatalogueIssue[]): CatalogueIssue[] {
	return [...issues].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			a.message.localeCompare(b.message)
	);
}

/** Every issue on its own line, in reading order (file, line, column), as the command line and the build print them. */
export function formatIssues(issues: CatalogueIssue[]): string {
	return sortIssues(issues).map(formatIssue).join('\n');
}

/** Thrown when the catalogue is invalid; carries every issue found, not just the first. */
export class CatalogueError extends Error {
	readonly issues: CatalogueIssue[];
	constructor(issues: CatalogueIssue[]) {
		const sorted = sortIssues(issues);
		super(
			`The catalogue has ${sorted.length} error${sorted.length === 1 ? '' : 's'}:\n${formatIssues(sorted)}`
		);
		this.name = 'CatalogueError';
		this.issues = sorted;
	}
}
