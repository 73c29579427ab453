import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue } from './issues.ts';
import { checkCatalogueDir } from './load.ts';
import { validateCatalogue, validateVendorFile } from './validate.ts';

const fixture = (name: string) => {
	const file = `src/lib/catalogue/fixtures/${name}.yaml`;
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

describe('each class of error is reported at its exact position', () => {
	test('YAML syntax error', () => {
		expect(report('broken-yaml-syntax')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-yaml-syntax.yaml:4:1 (file): YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]"`);
	});
	test('a key given twice', () => {
		expect(report('broken-duplicate-key')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-duplicate-key.yaml:4:1 (file): YAML syntax error: Map keys must be unique"`);
	});
	test('wrong type', () => {
		expect(report('broken-wrong-type')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-wrong-type.yaml:48:26 tiers[0].targets[0].within.value: expected a number (found: "two")"`);
	});
	test('unknown key (a typo) and the key it was meant to be', () => {
		expect(report('broken-unknown-key')).toMatchInlineSnapshot(`
			"src/lib/catalogue/fixtures/broken-unknown-key.yaml:38:5 tiers[0].availability: missing required key "availability": expected "included" or "purchase"
			src/lib/catalogue/fixtures/broken-unknown-key.yaml:41:5 tiers[0].availabilty: unknown key "availabilty"; expected one of: id, name, summary, availability, availabilityNote, eligibility, coverage, targets"
		`);
	});
	test('missing required key', () => {
		expect(report('broken-missing-key')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-missing-key.yaml:38:5 tiers[0].availability: missing required key "availability": expected "included" or "purchase""`);
	});
	test('missing translations are named together', () => {
		expect(report('broken-missing-locale')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-missing-locale.yaml:39:11 tiers[0].name: missing translation for ko, pl"`);
	});
	test('duplicate id', () => {
		expect(report('broken-duplicate-id')).toMatchInlineSnapshot(`
			"src/lib/catalogue/fixtures/broken-duplicate-id.yaml:13:11 severities.levels[1].id: duplicate severity id "P1"; expected a unique id (first used at severity 1)
			src/lib/catalogue/fixtures/broken-duplicate-id.yaml:53:19 tiers[0].targets[2].severity: unknown severity "P2"; expected one of: "P1""
		`);
	});
	test('reference to an undefined severity', () => {
		expect(report('broken-unknown-severity')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-unknown-severity.yaml:53:19 tiers[0].targets[2].severity: unknown severity "P9"; expected one of: "P1", "P2""`);
	});
	test('feature value for an undefined tier', () => {
		expect(report('broken-unknown-tier')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-unknown-tier.yaml:62:32 categories[0].features[0].values.gold: unknown tier "gold"; expected one of: "basic""`);
	});
	test('feature without a value for a tier', () => {
		expect(report('broken-missing-tier-value')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-missing-tier-value.yaml:62:17 categories[0].features[0].values: missing value for tier "basic"; expected a value for every tier (true, false, null or an object)"`);
	});
	test('reference to an undefined calendar', () => {
		expect(report('broken-unknown-calendar')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-unknown-calendar.yaml:44:25 tiers[0].coverage.severities.P1: unknown calendar "allways"; expected one of: "business-hours", "always""`);
	});
	test('reference to an undefined footnote', () => {
		expect(report('broken-unknown-footnote')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-unknown-footnote.yaml:55:21 tiers[0].targets[2].footnotes[0]: unknown footnote "nope"; expected one of: "note""`);
	});
	test('matrix cell naming an undefined severity', () => {
		expect(report('broken-unknown-matrix-level')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-unknown-matrix-level.yaml:22:22 severities.matrix.levels.high.large: unknown severity "P7"; expected one of: "P1", "P2""`);
	});
	test('invalid IANA zone', () => {
		expect(report('broken-bad-zone')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-bad-zone.yaml:27:11 calendars[0].zone: expected an IANA time zone name such as "Europe/Warsaw" (found: "Europe/Warsw")"`);
	});
	test('invalid time of day', () => {
		expect(report('broken-bad-hours')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-bad-hours.yaml:31:13 calendars[0].hours[0].to: expected a time written HH:MM, from 00:00 to 24:00 (found: "25:00")"`);
	});
	test('hours that end before they start', () => {
		expect(report('broken-reversed-hours')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-reversed-hours.yaml:31:13 calendars[0].hours[0].to: expected "from" to be earlier than "to" (found: "08:00")"`);
	});
	test('overlapping hours', () => {
		expect(report('broken-overlapping-hours')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-overlapping-hours.yaml:32:9 calendars[0].hours[1]: expected hours that do not overlap: fri 16:00-18:00 overlaps hours block 1 (found: a mapping)"`);
	});
	test('impossible holiday date', () => {
		expect(report('broken-bad-date')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-bad-date.yaml:32:16 calendars[0].holidays[0]: expected a date that exists on the calendar (found: "2026-02-30")"`);
	});
	test('zero duration', () => {
		expect(report('broken-zero-duration')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-zero-duration.yaml:48:26 tiers[0].targets[0].within.value: expected a duration greater than zero (found: 0)"`);
	});
	test('negative duration', () => {
		expect(report('broken-negative-duration')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-negative-duration.yaml:51:25 tiers[0].targets[1].every.value: expected a duration greater than zero (found: -24)"`);
	});
	test('unknown unit', () => {
		expect(report('broken-unknown-unit')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-unknown-unit.yaml:48:35 tiers[0].targets[0].within.unit: expected a unit: minutes, hours, business-days (found: "hrs")"`);
	});
	test('unknown target kind', () => {
		expect(report('broken-unknown-target-kind')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-unknown-target-kind.yaml:52:15 tiers[0].targets[2].kind: expected a target whose kind is first-response, update, resolution or inquiry-response (found: "resolve")"`);
	});
	test('vendor id that does not match the file name', () => {
		expect(report('broken-id-mismatch')).toMatchInlineSnapshot(`"src/lib/catalogue/fixtures/broken-id-mismatch.yaml:2:5 id: vendor id "acme" does not match its file name; expected "broken-id-mismatch""`);
	});
});

describe('a whole catalogue', () => {
	test('reports the problems of every file at once', () => {
		const result = validateCatalogue([fixture('broken-bad-zone'), fixture('valid-minimal'), fixture('broken-unknown-unit')]);
		expect(result.ok).toBe(false);
		expect(result.issues.map((i) => i.file)).toEqual(['src/lib/catalogue/fixtures/broken-bad-zone.yaml', 'src/lib/catalogue/fixtures/broken-unknown-unit.yaml']);
	});
	test('with no files is an error', () => {
		expect(validateCatalogue([]).ok).toBe(false);
	});
});
