import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue } from './issues.ts';
import { checkCatalogueDir } from '../../node/catalogue-files.ts';
import { validateCatalogue, validateVendorFile } from './validate.ts';

const fixture = (name: string) => {
	const file =
		name === 'valid-minimal'
			? `src/lib/catalogue/fixtures/${name}.yaml`
			: `tests/broken-catalogues/${name}.yaml`;
	return { file, text: readFileSync(file, 'utf8') };
};

/** Every problem of a fixture, one formatted line each. */
function report(name: string): string {
	const result = validateVendorFile(fixture(name));
	if (result.ok) return 'valid';
	return result.issues.map(formatIssue).join('\n');
}

describe('the example catalogue', () => {
	test('is valid and holds every seed vendor', () => {
		const result = checkCatalogueDir('content/vendors');
		if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
		expect(result.value.vendors.map((v) => v.id)).toEqual(['amanda', 'ptc', 'tableau', 'wati']);
	});
});

describe('a valid vendor file', () => {
	test('passes', () => {
		expect(report('valid-minimal')).toBe('valid');
	});
});

// Each class of error, at its exact position, is pinned by the broken-catalogue corpus:
// tests/broken-catalogues/*.yaml, checked by tests/broken-catalogues.test.ts.

describe('a whole catalogue', () => {
	test('reports the problems of every file at once', () => {
		const result = validateCatalogue([
			fixture('bad-zone'),
			fixture('valid-minimal'),
			fixture('unknown-unit'),
		]);
		expect(result.ok).toBe(false);
		expect(result.issues.map((i) => i.file)).toEqual([
			'tests/broken-catalogues/bad-zone.yaml',
			'tests/broken-catalogues/unknown-unit.yaml',
		]);
	});
	test('with no files is an error', () => {
		expect(validateCatalogue([]).ok).toBe(false);
	});
});
