/**
 * The bound "covered time in every year" counts every kind of holiday the engine counts: listed
 * dates, yearly rules and a region's public holidays. The cases are files of the broken-catalogue
 * corpus (valid-minimal.yaml with hours on Mondays only) and the fixture vendors; region data is
 * written here, so the figures do not depend on the generated holiday files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extendedFixtureCatalogue } from '../../../tests/support/fixture-catalogue.ts';
import type { RegionHolidays } from '#lib/time/regions.ts';
import { checkBounds } from './bounds.ts';
import { formatIssue } from './issues.ts';
import { validateVendorFile, type ValidationOptions } from './validate.ts';

const corpus = (name: string) => {
	const file = `tests/broken-catalogues/${name}.yaml`;
	return { file, text: readFileSync(file, 'utf8') };
};

/** Poland as far as these tests need it: Easter Monday 2026, data for 2025–2027. */
const poland: RegionHolidays = {
	region: 'PL',
	source: 'test',
	years: [2025, 2027],
	names: [{ en: 'Easter Monday', pl: 'Poniedziałek Wielkanocny' }],
	closed: { '2026-04-06': 0 },
	working: {},
};
const withPoland: ValidationOptions = {
	regionData: (region) => (region === 'PL' ? poland : undefined),
};

function errors(file: { file: string; text: string }, options: ValidationOptions = {}): string[] {
	const result = validateVendorFile(file, options);
	return result.ok ? [] : result.issues.map(formatIssue);
}

const closedMessage = (from: string) =>
	`calendars[0].holidays: expected covered time in every year: the holidays close every covered day for a year from ${from}`;

describe('covered time in every year', () => {
	test('the fixture vendors pass, yearly holidays and all', () => {
		for (const vendor of extendedFixtureCatalogue().vendors)
			expect(checkBounds(vendor, { today: '2026-06-01' }), vendor.id).toEqual([]);
	});

	test('a region’s holiday that closes the one Monday the listed dates leave open is counted', () => {
		const file = corpus('closed-by-region-holidays');
		// Without the region's data, Easter Monday 2026 stays open: covered time in every year.
		expect(errors(file)).toEqual([]);
		// With it, no Monday is open after 29 December 2025 until 4 January 2027: 370 days.
		expect(errors(file, withPoland)).toEqual([`${file.file}:32:15 ${closedMessage('2025-12-30')}`]);
	});

	test('yearly rules that close every Monday are rejected, located at the holidays', () => {
		const file = corpus('closed-by-yearly-rules');
		expect(errors(file)).toEqual([`${file.file}:32:15 ${closedMessage('2026-01-01')}`]);
	});

	test('yearly rules that leave the fifth Mondays open pass', () => {
		const file = corpus('closed-by-yearly-rules');
		const text = file.text.replace(/, \{ month: \d+, weekday: mon, nth: 5 \}/g, '');
		expect(text).not.toMatch(/nth: 5 \}/);
		expect(errors({ ...file, text })).toEqual([]);
	});

	test('a working date is covered time: the closed stretch starts again after it', () => {
		// A make-up Saturday among the closed Mondays: the year without covered time starts the day after.
		const file = corpus('closed-by-yearly-rules');
		const text = file.text.replace(
			'dates: ["2026-12-25"]',
			'dates: ["2026-12-25"], working: ["2026-06-13"]'
		);
		expect(errors({ ...file, text })).toEqual([
			`${file.file}:32:15 ${closedMessage('2026-06-14')}`,
		]);
	});
});
