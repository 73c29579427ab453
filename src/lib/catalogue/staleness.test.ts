import { describe, expect, test } from 'vitest';
import { fixtureFolderVendor } from '../../../tests/support/fixture-catalogue.ts';
import { sourceAgeDays, staleSources } from './staleness.ts';

// Fixture vendor ledger (tests/fixtures/versions): its current source and the 2025 version's source
// were both checked on 2026-11-30.
const ledger = fixtureFolderVendor('versions');

describe('sources checked too long ago', () => {
	test('age in whole days, across a leap day', () => {
		expect(sourceAgeDays('2024-02-28', '2024-03-01')).toBe(2);
		expect(sourceAgeDays('2026-11-30', '2026-11-30')).toBe(0);
	});

	test('the current sources and those of earlier versions, past the limit only', () => {
		expect(staleSources(ledger, '2027-05-29', 180)).toEqual([]);
		expect(
			staleSources(ledger, '2027-05-30', 180).map((s) => [s.path.join('.'), s.source.id, s.days])
		).toEqual([
			['sources.0.retrieved', 'terms-2026', 181],
			['history.0.sources.0.retrieved', 'terms-2025', 181],
		]);
	});
});
