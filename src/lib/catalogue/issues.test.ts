import { describe, expect, test } from 'vitest';
import { CatalogueError, formatIssues, type CatalogueIssue } from './issues.ts';

const issue = (file: string, line: number, column: number, message: string): CatalogueIssue => ({
	file,
	line,
	column,
	path: ['tiers', 0, 'name'],
	message,
});

describe('a report of catalogue issues', () => {
	// As a validator might find them: by check, not by place.
	const found = [
		issue('content/vendors/b.yaml', 3, 1, 'second file'),
		issue('content/vendors/a.yaml', 22, 15, 'later column'),
		issue('content/vendors/a.yaml', 22, 13, 'earlier column'),
		issue('content/vendors/a.yaml', 4, 9, 'earlier line'),
	];

	test('reads top to bottom: by file, then line, then column', () => {
		expect(formatIssues(found).split('\n')).toEqual([
			'content/vendors/a.yaml:4:9 tiers[0].name: earlier line',
			'content/vendors/a.yaml:22:13 tiers[0].name: earlier column',
			'content/vendors/a.yaml:22:15 tiers[0].name: later column',
			'content/vendors/b.yaml:3:1 tiers[0].name: second file',
		]);
	});

	test('is the message of the error a broken catalogue throws, with the count', () => {
		expect(new CatalogueError(found).message).toBe(
			`The catalogue has 4 errors:\n${formatIssues(found)}`
		);
	});
});
