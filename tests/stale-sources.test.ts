import { describe, expect, test } from 'vitest';
import { staleSourceWarnings } from '../src/node/catalogue-files.ts';

describe('npm run validate warns about sources checked long ago', () => {
	test('each warning is located and names the source, its date and its age', () => {
		expect(staleSourceWarnings('tests/fixtures/versions', 180, '2027-06-01')).toEqual([
			'tests/fixtures/versions/ledger.yaml:15:16 sources[0].retrieved: "Ledger support terms (March 2026)" was last checked 2026-11-30, 183 days ago (more than 180); check it again and update "retrieved"',
			expect.stringMatching(
				/^tests\/fixtures\/versions\/ledger\.yaml:\d+:\d+ history\[0\]\.sources\[0\]\.retrieved: "Ledger support terms \(2025\)" was last checked 2026-11-30, 183 days ago/
			),
		]);
		expect(staleSourceWarnings('tests/fixtures/versions', 365, '2027-06-01')).toEqual([]);
	});
});
