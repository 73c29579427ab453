import { describe, expect, test } from 'vitest';
import { fixtureFolderVendor } from '../../../tests/support/fixture-catalogue.ts';
import { termsChanges } from './term-changes.ts';
import { vendorVersions } from './vendor-versions.ts';

// Fixture vendor ledger (tests/fixtures/versions), versions current first: March 2026, September
// 2025, 15 January 2024.
const [march2026, september2025, january2024] = vendorVersions(fixtureFolderVendor('versions'));
const brief = (changes: ReturnType<typeof termsChanges>) =>
	changes.map((c) =>
		c.kind === 'target'
			? `target ${c.tier} ${(c.from ?? c.to)!.severity}: ${JSON.stringify((c.from as { within?: unknown })?.within)} → ${JSON.stringify((c.to as { within?: unknown })?.within)}`
			: c.kind === 'credit'
				? `credit ${c.from?.id ?? '-'} → ${c.to?.id ?? '-'}`
				: `${c.kind} ${'tier' in c ? c.tier : ''}`
	);

describe('what changed between versions', () => {
	test('a target figure and a new service credit; a change of source alone is not a change', () => {
		expect(brief(termsChanges(september2025!.vendor, march2026!.vendor))).toEqual([
			'target standard P1: {"value":2,"unit":"hours"} → {"value":1,"unit":"hours"}',
			'credit - → missed',
		]);
	});

	test('a tier that appeared, and a target figure', () => {
		expect(brief(termsChanges(january2024!.vendor, september2025!.vendor))).toEqual([
			'target standard P1: {"value":4,"unit":"hours"} → {"value":2,"unit":"hours"}',
			'tier-added premium',
		]);
	});

	test('read the other way: a tier removed, a credit withdrawn', () => {
		expect(brief(termsChanges(march2026!.vendor, january2024!.vendor))).toEqual([
			'target standard P1: {"value":1,"unit":"hours"} → {"value":4,"unit":"hours"}',
			'tier-removed premium',
			'credit missed → -',
		]);
	});

	test('identical terms have no changes', () => {
		expect(termsChanges(march2026!.vendor, march2026!.vendor)).toEqual([]);
	});
});
