import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue } from './issues.ts';
import { validateVendorFile } from './validate.ts';

const file = 'tests/fixtures/channels/relay.yaml';
const valid = readFileSync(file, 'utf8');

/** Every problem of the fixture after one edit, one formatted line each. */
function report(edit: (text: string) => string): string[] {
	const text = edit(valid);
	expect(text).not.toBe(valid);
	const result = validateVendorFile({ file, text });
	return result.ok ? [] : result.issues.map(formatIssue);
}

describe('a feature row with role "channels"', () => {
	test('is valid once per vendor, with text, list and null values', () => {
		expect(validateVendorFile({ file, text: valid }).ok).toBe(true);
	});

	test('a second one is an error at its role, naming the first', () => {
		const twice = report((text) =>
			text.replace(
				'        values: { basic: false, plus: true, max: true }',
				'        role: channels\n        values: { basic: null, plus: null, max: null }'
			)
		);
		expect(twice).toEqual([
			'tests/fixtures/channels/relay.yaml:46:15 categories[0].features[1].role: second row with role "channels"; expected at most one per vendor (first on feature "remote-sessions")',
		]);
	});

	test('a yes/no or other non-verbal value is an error at that value', () => {
		const marks = report((text) =>
			text.replace('          max: null', '          max: true').replace(
				`          basic:
            kind: text
            text: { en: Email, zh-CN: 邮件, zh-TW: 電子郵件, ko: 이메일, pl: E-mail }`,
				'          basic: { kind: number, value: 2 }'
			)
		);
		expect(marks).toEqual([
			'tests/fixtures/channels/relay.yaml:50:18 categories[0].features[1].values.basic: expected a "channels" row\'s value to name the channels in words: text, a list, or null where the source does not say (found: kind: number)',
			'tests/fixtures/channels/relay.yaml:56:16 categories[0].features[1].values.max: expected a "channels" row\'s value to name the channels in words: text, a list, or null where the source does not say (found: true)',
		]);
	});

	test('an unknown role is an error listing the roles', () => {
		expect(
			report((text) => text.replace('        role: channels', '        role: contact'))
		).toEqual([
			'tests/fixtures/channels/relay.yaml:45:15 categories[0].features[1].role: expected a role: channels (found: "contact")',
		]);
	});
});
