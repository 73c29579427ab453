import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatIssue } from './issues.ts';
import { validateVendorFile } from './validate.ts';

// Fixture vendor keystone (tests/fixtures/terms) uses every field that selects a plan's targets; each
// case breaks one of them and expects one located error naming the key and what was expected.
const FILE = 'tests/fixtures/terms/keystone.yaml';
const original = readFileSync(FILE, 'utf8');

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsOf(change: (doc: Doc) => void): string[] {
	const doc = parse(original) as Doc;
	change(doc);
	const result = validateVendorFile({ file: 'keystone.yaml', text: stringify(doc) });
	return result.ok ? [] : result.issues.map(formatIssue);
}

const tier = (doc: Doc, id: string) => (doc.tiers as Doc[]).find((t) => t.id === id)!;

describe('checks of what selects a target', () => {
	test('the fixture is valid', () => {
		expect(validateVendorFile({ file: FILE, text: original }).ok).toBe(true);
	});

	test.each<[string, (doc: Doc) => void, RegExp]>([
		[
			'an unknown attribute in a condition',
			(d) => (tier(d, 'enterprise').targets[1].when = { edition: 'server' }),
			/^keystone\.yaml:\d+:\d+ tiers\[1\]\.targets\[1\]\.when\.edition: unknown attribute "edition"; expected one of: "deployment", "language", "hours"$/,
		],
		[
			'an unknown value of an attribute',
			(d) => (tier(d, 'enterprise').targets[1].when = { deployment: 'edge' }),
			/tiers\[1\]\.targets\[1\]\.when\.deployment: unknown value of attribute "deployment" "edge"; expected one of: "cloud", "server"$/,
		],
		[
			'an attribute default that is not one of its values',
			(d) => (d.attributes[0].default = 'edge'),
			/attributes\[0\]\.default: unknown value of attribute "deployment" "edge"/,
		],
		[
			'two targets one ticket can meet, neither more specific',
			(d) =>
				tier(d, 'enterprise').targets.push({
					...tier(d, 'enterprise').targets[1],
					when: { language: 'ja' },
				}),
			/tiers\[1\]\.targets\[4\]\.when: ambiguous first-response target for P1: a ticket can meet both this target's conditions and those of target 2/,
		],
		[
			'a tier that includes itself',
			(d) => (tier(d, 'premium').includes = 'premium'),
			/tiers\[2\]\.includes: tier "premium" includes itself/,
		],
		[
			'tiers that include each other',
			(d) => (tier(d, 'enterprise').includes = 'premium'),
			/tiers\[1\]\.includes: tiers include each other in a circle \(enterprise → premium → enterprise\)/,
		],
		[
			'an included tier that does not exist',
			(d) => (tier(d, 'premium').includes = 'gold'),
			/tiers\[2\]\.includes: unknown tier "gold"/,
		],
		[
			'a tier with targets and no coverage',
			(d) => delete tier(d, 'enterprise').coverage,
			/tiers\[1\]: missing coverage for tier "enterprise", which has targets/,
		],
		[
			'a target for a level the tier does not offer',
			(d) => (tier(d, 'enterprise').levels = ['P1', 'P3', 'P4']),
			/tiers\[1\]\.targets\[2\]\.severity: target for P2, a level tier "enterprise" does not offer; expected one of its levels: "P1", "P3", "P4"/,
		],
		[
			'an unknown request type',
			(d) => (tier(d, 'enterprise').targets[3].requestType = 'billing'),
			/tiers\[1\]\.targets\[3\]\.requestType: unknown request type "billing"; expected one of: "licensing"/,
		],
		[
			'a target with both a severity and a request type',
			(d) => (tier(d, 'enterprise').targets[3].severity = 'P1'),
			/tiers\[1\]\.targets\[3\]\.requestType: expected "severity" or "requestType", not both/,
		],
		[
			'a deadline that starts at the first response',
			(d) => (tier(d, 'enterprise').targets[3].starts.event = 'first-response'),
			/tiers\[1\]\.targets\[3\]\.starts\.event: expected "first-response" only on an update target/,
		],
		[
			'a duty that downgrades to an unknown level',
			(d) => (d.duties[0].downgradeTo = 'P9'),
			/duties\[0\]\.downgradeTo: unknown severity "P9"/,
		],
		[
			'a credit for an unknown tier',
			(d) => (d.credits[0].tiers = ['gold']),
			/credits\[0\]\.tiers\[0\]: unknown tier "gold"/,
		],
		[
			'an add-on that lifts to an unknown tier',
			(d) => (d.addOns[1].liftsTo = 'gold'),
			/addOns\[1\]\.liftsTo: unknown tier "gold"/,
		],
		[
			'a coverage rule on an unknown calendar',
			(d) => (tier(d, 'premium').coverage.rules[0].calendar = 'nights'),
			/tiers\[2\]\.coverage\.rules\[0\]\.calendar: unknown calendar "nights"/,
		],
		[
			'half a business day counted to the end of the day',
			(d) => (tier(d, 'enterprise').targets[2].within.value = 1.5),
			/tiers\[1\]\.targets\[2\]\.within\.value: expected whole business days with count "end-of-day"/,
		],
		[
			'an end-of-day count on hours',
			(d) => (tier(d, 'premium').targets[1].within.count = 'end-of-day'),
			/tiers\[2\]\.targets\[1\]\.within\.count: expected "count" only on a duration in business-days/,
		],
		[
			'a credit above 100 per cent',
			(d) => (d.credits[0].percent = 120),
			/credits\[0\]\.percent: expected at most 100 \(per cent\)/,
		],
	])('%s', (_name, change, expected) => {
		const errors = errorsOf(change);
		expect(errors, errors.join('\n')).toHaveLength(1);
		expect(errors[0]).toMatch(expected);
	});
});
