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

	test('another row beside the row in words is an error at its role, naming that row', () => {
		const twice = report((text) =>
			text.replace(
				'        values: { basic: false, plus: true, max: true }',
				'        role: channels\n        values: { basic: null, plus: null, max: null }'
			)
		);
		expect(twice).toEqual([
			'tests/fixtures/channels/relay.yaml:43:15 categories[0].features[0].role: another row with role "channels" beside "channels", which names them in words; expected that row alone, or only yes/no rows, one per channel',
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
			'tests/fixtures/channels/relay.yaml:50:18 categories[0].features[1].values.basic: expected a "channels" row\'s value to name the channels in words: text, a list, or null where the source does not say; or yes/no in every tier (found: kind: number)',
			'tests/fixtures/channels/relay.yaml:56:16 categories[0].features[1].values.max: expected a "channels" row\'s value to name the channels in words: text, a list, or null where the source does not say; or yes/no in every tier (found: true)',
		]);
	});

	test('yes/no rows, one per channel, are valid on their own', () => {
		const rows = valid
			.replace(
				'        values: { basic: false, plus: true, max: true }',
				'        role: channels\n        values: { basic: false, plus: true, max: true }'
			)
			.replace(/ {6}- id: channels\n[\s\S]*? {10}max: null\n/, '');
		expect(rows).not.toContain('id: channels\n');
		expect(validateVendorFile({ file, text: rows }).ok).toBe(true);
	});

	test('an unknown role is an error listing the roles', () => {
		expect(
			report((text) => text.replace('        role: channels', '        role: contact'))
		).toEqual([
			'tests/fixtures/channels/relay.yaml:45:15 categories[0].features[1].role: expected a role: channels, named-contacts, account-manager (found: "contact")',
		]);
	});
});
