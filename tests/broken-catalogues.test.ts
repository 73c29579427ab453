/**
 * The broken-catalogue corpus: every file of tests/broken-catalogues/ is
 * src/lib/catalogue/fixtures/valid-minimal.yaml with one defect (its first line says which). For each,
 * the validator must name the defect at its line and column, with its key path and what was expected;
 * `npm run validate` must print exactly that and exit non-zero; and a few of them must stop `astro build`
 * before it writes anything (tests/build-guard.test.ts covers a mixed catalogue).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatIssue } from '#lib/catalogue/issues.ts';
import { validateVendorFile } from '#lib/catalogue/validate.ts';
import { latestToday } from '../src/node/catalogue-files.ts';
import { regionHolidaysLookup } from '../src/node/holiday-files.ts';

const corpus = 'tests/broken-catalogues';

/** The end of the HTML-injection message: what a text may not contain. */
const plainText =
	'expected plain text without <script>, <style>, <iframe>, <frame>, <object>, <embed>, <applet>, <link>, <meta> or <base> tags, on…= event handlers, or javascript:, vbscript: or data:text/html URLs';

/**
 * Each case's errors, `line:column key.path: message (found: …)`, in the order the validator reports
 * them. Most defects give one error; a few give a second that follows from the same defect (a renamed
 * key is also a missing one; a duplicated severity leaves the other one undefined).
 */
const expected: Record<string, string[]> = {
	// YAML itself
	'yaml-syntax': [
		'4:1 (file): YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
	],
	'duplicate-key': ['4:1 (file): YAML syntax error: Map keys must be unique'],
	'tab-indentation': ['7:1 (file): YAML syntax error: Tabs are not allowed as indentation'],
	'unresolved-alias': [
		'3:7 (file): YAML alias error: Unresolved alias (the anchor must be set before the alias): brand',
	],
	'empty-file': [
		'1:1 (file): expected a vendor: a mapping of keys such as id, name, summary, sources, calendars and tiers (found: nothing (empty file))',
	],
	'not-a-mapping': [
		'2:1 (file): expected a vendor: a mapping of keys such as id, name, summary, sources, calendars and tiers (found: a list of 2)',
	],
	// types and keys
	'wrong-type': ['48:26 tiers[0].targets[0].within.value: expected a number (found: "two")'],
	'huge-number': [
		'48:26 tiers[0].targets[0].within.value: expected a number (found: 1e999, which is too large)',
	],
	'empty-value': ['3:6 name: expected text (found: nothing (empty value))'],
	'unknown-key': [
		'38:5 tiers[0].availability: missing required key "availability": expected "included" or "purchase"',
		'41:5 tiers[0].availabilty: unknown key "availabilty"; expected one of: id, name, summary, availability, availabilityNote, eligibility, includes, includesRef, levels, levelsRef, coverage, targets, availabilityRef',
	],
	'missing-key': [
		'38:5 tiers[0].availability: missing required key "availability": expected "included" or "purchase"',
	],
	'missing-sources': ['2:1 sources: missing required key "sources": expected array'],
	'no-tiers': ['37:8 tiers: expected at least one tier (found: a list of 0)'],
	'bad-availability': [
		'41:19 tiers[0].availability: expected "included" or "purchase" (found: "free")',
	],
	'unknown-clock': [
		'49:16 tiers[0].targets[0].clock: expected a clock: covered, calendar (found: "wall")',
	],
	'unknown-target-kind': [
		'52:15 tiers[0].targets[2].kind: expected a target whose kind is first-response, update, resolution or inquiry-response (found: "resolve")',
	],
	'every-and-times-per-day': [
		'49:9 tiers[0].targets[1]: expected exactly one of "every" or "timesPerDay" (found: a mapping)',
	],
	'unknown-feature-kind': [
		'62:34 categories[0].features[0].values.basic.kind: expected kind: number, text, duration, method or list (found: "percent")',
	],
	'unknown-frequency': [
		'62:118 categories[0].features[0].values.basic.frequency: expected a frequency: on-request, daily, weekly, biweekly, monthly, quarterly, twice-yearly, yearly (found: "fortnightly")',
	],
	'unknown-calendar-type': [
		'35:11 calendars[1].type: expected a calendar with type "weekly" or "always" (found: "sometimes")',
	],
	'bad-slug': [
		'38:9 tiers[0].id: expected an id of lower-case letters, digits and hyphens, e.g. "named-contacts" (found: "Basic")',
	],
	'bad-severity-id': [
		'10:11 severities.levels[0].id: expected a severity id of letters, digits, spaces, "_" or "-", e.g. "P1" or "Severity 0" (found: "P1!")',
	],
	'id-mismatch': ['2:5 id: vendor id "acme" does not match its file name; expected "id-mismatch"'],
	// texts and locales
	'missing-default-language': [
		"39:11 tiers[0].name: expected a text in en, the catalogue's default language",
	],
	'unknown-locale': [
		'11:74 severities.levels[0].name.de: unknown key "de"; expected one of: en, zh-CN, zh-TW, ko, pl',
	],
	'text-not-localized': [
		'40:14 tiers[0].summary: expected a text by locale: en (the catalogue\'s default language, required), then any of zh-CN, zh-TW, ko, pl (found: "Basic")',
	],
	'empty-text': ['36:61 calendars[1].name.pl: expected non-empty text (found: "   ")'],
	'html-script-tag': [
		`39:17 tiers[0].name.en: HTML injection "<script": ${plainText} (found: "Basic <script>alert(1)</script>")`,
	],
	'html-event-handler': [
		`4:16 summary.en: HTML injection "onerror=": ${plainText} (found: "Acme <img src=\\"x\\" onerror=\\"alert(1)\\">")`,
	],
	'html-javascript-url': [
		`68:59 footnotes[0].text.pl: HTML injection "javascript:": ${plainText} (found: "Zobacz javascript:alert(1)")`,
	],
	'html-iframe-block': [
		`66:11 assumptions[0].text.en: HTML injection "<iframe": ${plainText} (found: "Assumed hours.\\n<iframe src=\\"https://example.com\\"></iframe>\\n")`,
	],
	'html-style-brand': [
		`3:7 name: HTML injection "<style": ${plainText} (found: "Acme<style>body{display:none}</style>")`,
	],
	'javascript-source-url': [
		'8:12 sources[0].url: expected an http:// or https:// address (found: "javascript:alert(document.domain)")',
	],
	// durations and units
	'zero-duration': [
		'48:26 tiers[0].targets[0].within.value: expected a duration greater than zero (found: 0)',
	],
	'negative-duration': [
		'51:25 tiers[0].targets[1].every.value: expected a duration greater than zero (found: -24)',
	],
	'unknown-unit': [
		'48:35 tiers[0].targets[0].within.unit: expected a unit: minutes, hours, business-days (found: "hrs")',
	],
	// zones, hours and dates
	'bad-zone': [
		'27:11 calendars[0].zone: expected an IANA time zone name such as "Europe/Warsaw" (found: "Europe/Warsw")',
	],
	'bad-hours': [
		'31:13 calendars[0].hours[0].to: expected a time written HH:MM, from 00:00 to 24:00 (found: "25:00")',
	],
	'reversed-hours': [
		'31:13 calendars[0].hours[0].to: expected "from" to be earlier than "to" (found: "08:00")',
	],
	'overlapping-hours': [
		'32:9 calendars[0].hours[1]: expected hours that do not overlap: fri 16:00-18:00 overlaps hours block 1 (found: a mapping)',
	],
	'bad-weekday': [
		'29:36 calendars[0].hours[0].days[4]: expected a weekday: mon, tue, wed, thu, fri, sat, sun (found: "fre")',
	],
	'bad-date': [
		'32:16 calendars[0].holidays[0]: expected a date that exists on the calendar (found: "2026-02-30")',
	],
	'bad-date-format': [
		'32:16 calendars[0].holidays[0]: expected a date written YYYY-MM-DD (found: "25/12/2026")',
	],
	'duplicate-holiday': [
		'32:30 calendars[0].holidays[1]: expected each holiday once: 2026-12-25 is listed twice (found: "2026-12-25")',
	],
	// Years 0000 to 0099 used to be read as 1900 to 1999; the one rule of dates takes 0001 to 9999.
	'year-zero': [
		'32:16 calendars[0].holidays[0]: expected a date from 0001-01-01 to 9999-12-31 (found: "0000-12-25")',
	],
	// Closed dates, working dates and yearly rules: each once, never at odds.
	'working-date-also-closed': [
		'32:64 calendars[0].holidays.working[0]: expected a date that is either closed or working: 2026-12-26 is also listed under "dates" (found: "2026-12-26")',
	],
	'working-date-closed-by-yearly-rule': [
		'32:27 calendars[0].holidays.working[0]: expected a date that is either closed or working: yearly rule 1 closes 2026-12-26 (found: "2026-12-26")',
	],
	'working-date-with-hours': [
		'32:50 calendars[0].holidays.working[0]: expected a working date on a day the hours leave closed: 2026-12-23 is a wed, which has hours already (found: "2026-12-23")',
	],
	'duplicate-working-date': [
		'32:64 calendars[0].holidays.working[1]: expected each working date once: 2026-12-19 is listed twice (found: "2026-12-19")',
	],
	'duplicate-yearly-rule': [
		'32:50 calendars[0].holidays.yearly[1]: expected each yearly rule once: yearly rule 1 already closes 12/25 (found: a mapping)',
	],
	'unknown-region': [
		'33:15 calendars[0].holidays.region: expected a region: CN, GB-EAW, GB-NIR, GB-SCT, JP, KR, PL, SG, TW, US (found: "XX")',
	],
	'holidays-worked-and-listed': [
		'34:21 calendars[0].publicHolidays: expected no holidays: publicHolidays "none" says the terms count public holidays as working days (found: "none")',
	],
	'bad-yearly-day': [
		'35:28 calendars[0].holidays.yearly[1].day: expected a day that exists in that month (found: 31)',
	],
	'bad-yearly-nth': [
		'34:43 calendars[0].holidays.yearly[0].nth: expected 1, 2, 3, 4 or 5, or -1 for the last (found: 6)',
	],
	// duplicate ids and dangling references
	'duplicate-id': [
		'13:11 severities.levels[1].id: duplicate severity id "P1"; expected a unique id (first used at severity 1)',
		'53:19 tiers[0].targets[2].severity: unknown severity "P2"; expected one of: "P1"',
	],
	'duplicate-footnote-id': [
		'69:9 footnotes[1].id: duplicate footnote id "note"; expected a unique id (first used at footnote 1)',
	],
	'duplicate-target': [
		'52:15 tiers[0].targets[2].kind: duplicate first-response target for P1; expected one per kind and severity (first at target 1)',
	],
	'unknown-severity': [
		'53:19 tiers[0].targets[2].severity: unknown severity "P9"; expected one of: "P1", "P2"',
	],
	'unknown-coverage-severity': [
		'44:21 tiers[0].coverage.severities.P3: unknown severity "P3"; expected one of: "P1", "P2"',
	],
	'unknown-tier': [
		'62:32 categories[0].features[0].values.gold: unknown tier "gold"; expected one of: "basic"',
	],
	// A record key of the wrong form is an unknown id, located at the key (not zod's "Invalid key in record").
	'bad-record-key': [
		'62:19 categories[0].features[0].values.Basic: unknown tier "Basic"; expected one of: "basic"',
	],
	'unknown-reference-tier': [
		'63:17 categories[0].features[0].refs.premum: unknown tier "premum"; expected one of: "basic"',
	],
	'missing-tier-value': [
		'62:17 categories[0].features[0].values: missing value for tier "basic"; expected a value for every tier (true, false, null or an object)',
	],
	'unknown-add-on-tier': [
		'60:20 addOns[0].availableFor[0]: unknown tier "gold"; expected one of: "basic"',
	],
	'unknown-assumption-tier': [
		'66:13 assumptions[0].tiers[0]: unknown tier "gold"; expected one of: "basic"',
	],
	'unknown-calendar': [
		'44:25 tiers[0].coverage.severities.P1: unknown calendar "allways"; expected one of: "business-hours", "always"',
	],
	'unknown-default-calendar': [
		'43:16 tiers[0].coverage.default: unknown calendar "business"; expected one of: "business-hours", "always"',
	],
	'unknown-footnote': [
		'55:21 tiers[0].targets[2].footnotes[0]: unknown footnote "nope"; expected one of: "note"',
	],
	'unknown-assumption': [
		'33:17 calendars[0].assumption: unknown assumption "hour"; expected one of: "hours"',
	],
	'unknown-matrix-level': [
		'22:22 severities.matrix.levels.high.large: unknown severity "P7"; expected one of: "P1", "P2"',
	],
	'unknown-matrix-impact': [
		'22:15 severities.matrix.levels.high.small: unknown impact "small"; expected one of: "large"',
		'22:13 severities.matrix.levels.high: missing level for impact "large"; expected every impact in every row',
	],
	// hostile or damaged text
	'control-character': [
		'3:11 (file): expected text without control or bidirectional formatting characters (found: U+001B)',
	],
	'bidi-override': [
		'12:30 (file): expected text without control or bidirectional formatting characters (found: U+202E)',
	],
	'deep-nesting': [
		'32:76 (file): nested too deeply: expected at most 64 levels of lists and mappings',
	],
	// JSON-style flow nesting, counted by the parser's own stack: the 65th level, wherever it is.
	'deep-flow-mapping': [
		'62:374 (file): nested too deeply: expected at most 64 levels of lists and mappings',
	],
	// values the engine could not honour
	'abbreviated-zone': [
		'27:11 calendars[0].zone: expected an IANA time zone name such as "Europe/Warsaw"; "PST" is an abbreviation, not a zone: perhaps America/Los_Angeles, America/Vancouver (found: "PST")',
	],
	'repeated-weekday': [
		'29:41 calendars[0].hours[0].days[5]: expected each weekday once: mon is listed twice (found: "mon")',
	],
	'bad-language': [
		'7:15 sources[0].language: expected a BCP-47 language tag such as "en" or "zh-TW" (with "-", not "_": "zh-CN") (found: "zh_CN")',
	],
	'too-large-duration': [
		'48:26 tiers[0].targets[0].within.value: expected at most 8760 hours (a year) (found: 9000)',
	],
	'fractional-minutes': [
		'48:26 tiers[0].targets[0].within.value: expected a whole number of minutes (found: 1.25)',
	],
	'too-many-updates': [
		'51:22 tiers[0].targets[1].timesPerDay: expected at most 96 updates a day (one every 15 minutes) (found: 1000)',
	],
	'unreachable-target': [
		'54:17 tiers[0].targets[2].within: expected a target reachable within 5 years of calendar "business-hours" (2.5 covered hours a week); this one needs about 62 years',
	],
	'closed-for-a-year': [
		'32:15 calendars[0].holidays: expected covered time in every year: the holidays close every covered day for a year from 2027-01-01',
	],
	// Hours on Mondays only; every Monday of 2026 is listed but Easter Monday, which Poland's public
	// holidays close: from the day after the last open Monday (29 December 2025) none is open until 2027.
	'closed-by-region-holidays': [
		'32:15 calendars[0].holidays: expected covered time in every year: the holidays close every covered day for a year from 2025-12-30',
	],
	// Hours on Mondays only, and yearly rules close the 1st to 5th Monday of every month: the walk
	// starts in the year of the one listed date.
	'closed-by-yearly-rules': [
		'32:15 calendars[0].holidays: expected covered time in every year: the holidays close every covered day for a year from 2026-01-01',
	],
	'missing-matrix-row': [
		'21:13 severities.matrix.levels: missing row for urgency "high"; expected a row for every urgency',
	],
	// sources, references and counting clocks
	'unknown-source': [
		'49:24 tiers[0].targets[0].ref.source: unknown source "polcy"; expected one of: "policy"',
	],
	'unknown-reference-assumption': [
		'55:44 tiers[0].targets[2].ref.assumption: unknown assumption "business-day"; expected one of: "hours"',
	],
	'unsafe-source-url': [
		'7:51 sources[0].url: expected an address without spaces, quotes, angle brackets or other characters a browser would escape; write them percent-encoded, e.g. %22 for " (found: "https://acme.example/policy?q=\\"><b>")',
	],
	'impossible-retrieved-date': [
		'7:32 sources[0].retrieved: expected a date that exists on the calendar (found: "2026-02-30")',
	],
	'retrieved-in-future': [
		'7:32 sources[0].retrieved: retrieved date 2999-01-15 is in the future; expected the date the source was last checked, today or earlier',
	],
	'locator-without-source': [
		'55:25 tiers[0].targets[2].ref.locator: expected "source" beside "locator": a locator points into a source (found: "Table 1")',
	],
	'missing-counting-clock': [
		'46:9 tiers[0].targets[0]: missing counting clock for first-response target for P1 on weekly coverage "business-hours"; expected "clockRef" citing the source that says whether hours count on covered or elapsed time, or naming an assumption',
		'49:9 tiers[0].targets[1]: missing counting clock for update target for P1 on weekly coverage "business-hours"; expected "clockRef" citing the source that says whether hours count on covered or elapsed time, or naming an assumption',
	],
	// With several sources, every value names its source or assumption.
	'missing-provenance': [
		'25:5 calendars[0]: missing provenance for calendar "business-hours"; expected "ref" with a source or an assumption (this vendor has 2 sources)',
		'35:5 calendars[1]: missing provenance for calendar "always"; expected "ref" with a source or an assumption (this vendor has 2 sources)',
		'11:7 severities.levels[0]: missing provenance for severity "P1"; expected "ref" with a source or an assumption (this vendor has 2 sources)',
		'14:7 severities.levels[1]: missing provenance for severity "P2"; expected "ref" with a source or an assumption (this vendor has 2 sources)',
		'47:9 tiers[0].targets[0]: missing provenance for first-response target for P1; expected "ref" with a source or an assumption (this vendor has 2 sources)',
		'50:9 tiers[0].targets[1]: missing provenance for update target for P1; expected "ref" with a source or an assumption (this vendor has 2 sources)',
		'53:9 tiers[0].targets[2]: missing provenance for resolution target for P2; expected "ref" with a source or an assumption (this vendor has 2 sources)',
		'61:9 categories[0].features[0]: missing provenance for feature "phone" (tier "basic"); expected "ref" or "refs" with a source or an assumption (this vendor has 2 sources)',
	],
};

const cases = Object.keys(expected).sort();
const fileOf = (name: string) => join(corpus, `${name}.yaml`);

const work = mkdtempSync(join(tmpdir(), 'plan-atlas-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A catalogue folder holding only this case's file, as a reader would validate it. */
function catalogueOf(name: string): string {
	const dir = join(work, name);
	mkdirSync(dir, { recursive: true });
	copyFileSync(fileOf(name), join(dir, `${name}.yaml`));
	return dir;
}

/** Runs a command without blocking the other tests; resolves with its exit code and output. */
function run(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv = process.env
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { env });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

describe('the broken-catalogue corpus', () => {
	test('holds at least 30 cases, each with its expected errors, and nothing else', () => {
		const files = readdirSync(corpus)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => f.replace(/\.yaml$/, ''))
			.sort();
		expect(files).toEqual(cases);
		expect(cases.length).toBeGreaterThanOrEqual(30);
	});

	test('each case names its defect on its first line and keeps the base file otherwise', () => {
		const base = readFileSync('src/lib/catalogue/fixtures/valid-minimal.yaml', 'utf8').split('\n');
		for (const name of cases) {
			const lines = readFileSync(fileOf(name), 'utf8').split('\n');
			expect(lines[0], name).toBe(
				`# Broken on purpose (${name.replaceAll('-', ' ')}): see tests/broken-catalogues.test.ts.`
			);
			// One defect: all but a few lines are the valid base's own (the whole-file cases aside).
			if (name === 'empty-file' || name === 'not-a-mapping') continue;
			const baseLines = new Set(base.slice(2));
			const changed = lines.slice(2).filter((l) => !baseLines.has(l)).length;
			expect(changed, name).toBeLessThanOrEqual(8);
		}
	});
});

const errorLines = (name: string, file = fileOf(name)) =>
	expected[name]!.map((line) => `${file}:${line}`);

describe('each broken catalogue', () => {
	test.each(cases)('%s: the validator reports exactly its errors, located', (name) => {
		const result = validateVendorFile(
			{ file: fileOf(name), text: readFileSync(fileOf(name), 'utf8') },
			{ today: latestToday(), regionData: regionHolidaysLookup() }
		);
		expect(result.ok).toBe(false);
		expect(result.issues.map(formatIssue)).toEqual(errorLines(name));
	});

	// The command line prints what the validator reports (checked above for every case); three kinds of
	// defect show it does so exactly: a YAML syntax error, two schema errors from one defect, and a
	// cross-reference error.
	test.concurrent.each(['yaml-syntax', 'unknown-key', 'duplicate-id'])(
		'%s: npm run validate prints exactly them and exits 1',
		async (name) => {
			const dir = catalogueOf(name);
			const result = await run(process.execPath, ['scripts/validate.ts', dir]);
			expect(result.status).toBe(1);
			expect(result.stdout).toBe('');
			const count = expected[name]!.length;
			expect(result.stderr).toBe(
				`${errorLines(name, join(dir, `${name}.yaml`)).join('\n')}\n\n${count} error${count === 1 ? '' : 's'} in the catalogue (${dir}).\n`
			);
		},
		60_000
	);
});

describe('through npm itself', () => {
	test('`npm run validate -- <folder>` exits non-zero for a broken catalogue', () => {
		const result = spawnSync('npm', ['run', '--silent', 'validate', '--', corpus], {
			encoding: 'utf8',
		});
		expect(result.status).not.toBe(0);
		// The whole corpus at once: every case's errors, and their total.
		for (const name of cases)
			for (const line of expected[name]!)
				expect(result.stderr).toContain(`${fileOf(name)}:${line}`);
		const total = cases.reduce((n, name) => n + expected[name]!.length, 0);
		expect(result.stderr.trim().split('\n').at(-1)).toBe(
			`${total} errors in the catalogue (${corpus}).`
		);
	}, 60_000);
});

// A syntax error and a cross-reference error each stop the build before a file is written (a schema
// error does too: tests/build-guard.test.ts). Each build loads Astro and Vite, so two are enough.
describe('astro build', () => {
	test.concurrent.each(['yaml-syntax', 'unknown-matrix-impact'])(
		'with broken catalogue %s fails before writing the site, printing the error',
		async (name) => {
			const dir = catalogueOf(name);
			const outDir = join(work, `${name}-site`);
			const result = await run(
				process.execPath,
				['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
				{ ...process.env, PLAN_ATLAS_CATALOGUE: dir }
			);
			const output = `${result.stdout}${result.stderr}`;
			expect(result.status, output).not.toBe(0);
			expect(output).toContain('The catalogue is invalid; no site was written.');
			expect(output).toContain(errorLines(name, join(dir, `${name}.yaml`))[0]!.split(' (found')[0]);
			expect(existsSync(outDir)).toBe(false);
		},
		240_000
	);
});
