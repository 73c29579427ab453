import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { fixtureFolderVendor } from '../../../tests/support/fixture-catalogue.ts';
import { formatIssue } from './issues.ts';
import { validateVendorFile } from './validate.ts';
import { vendorVersions } from './vendor-versions.ts';
import { applyChanges, changesBetween, versionOn } from './versions.ts';

// Fixture vendor ledger (tests/fixtures/versions): Standard's P1 first response was 4 hours from
// 15 January 2024, 2 hours from September 2025 and is 1 hour from 1 March 2026; Premium arrived in
// September 2025; a service credit in March 2026.
const ledger = fixtureFolderVendor('versions');
const versions = vendorVersions(ledger);
const p1 = (v: (typeof versions)[number]) =>
	v.vendor.tiers
		.find((t) => t.id === 'standard')!
		.targets.find((t) => t.severity === 'P1' && t.kind === 'first-response');

describe('versions of a vendor’s terms', () => {
	test('each earlier version is resolved from what differed from the next newer one', () => {
		expect(versions.map((v) => [v.effective, v.current])).toEqual([
			['2026-03-01', true],
			['2025-09', false],
			['2024-01-15', false],
		]);
		expect(versions.map((v) => (p1(v) as { within: { value: number } }).within.value)).toEqual([
			1, 2, 4,
		]);
		expect(versions.map((v) => v.vendor.tiers.map((t) => t.id))).toEqual([
			['standard', 'premium'],
			['standard', 'premium'],
			['standard'],
		]);
		expect(versions.map((v) => v.vendor.credits?.length ?? 0)).toEqual([1, 0, 0]);
		// A version without sources of its own keeps those of the version after it.
		expect(versions.map((v) => v.vendor.sources.map((s) => s.id))).toEqual([
			['terms-2026'],
			['terms-2025'],
			['terms-2025'],
		]);
	});

	test('the version in effect on a day; a month counts from its first day', () => {
		const on = (day: string) => {
			const { version, before } = versionOn(versions, day);
			return [version.effective, before];
		};
		expect(on('2026-03-01')).toEqual(['2026-03-01', false]);
		expect(on('2026-02-28')).toEqual(['2025-09', false]);
		expect(on('2025-09-01')).toEqual(['2025-09', false]);
		expect(on('2025-08-31')).toEqual(['2024-01-15', false]);
		expect(on('2023-12-31')).toEqual(['2024-01-15', true]);
		// And the version that replaced it, none for the current one.
		expect(versionOn(versions, '2025-10-01').next?.effective).toBe('2026-03-01');
		expect(versionOn(versions, '2026-03-01').next).toBeUndefined();
	});

	test('changes that take effect between two days', () => {
		expect(changesBetween(versions, '2026-02-27', '2026-03-02')).toEqual(['2026-03-01']);
		expect(changesBetween(versions, '2026-03-01', '2026-03-02')).toEqual([]);
		expect(changesBetween(versions, '2024-01-01', '2026-12-31')).toEqual(['2025-09', '2026-03-01']);
		// The earliest known terms replaced nothing known: no change, on a vendor with one version too.
		expect(changesBetween(versions, '2023-01-01', '2024-12-31')).toEqual([]);
		expect(changesBetween(versions.slice(0, 1), '2026-02-27', '2026-03-02')).toEqual([]);
	});

	test('changes merge objects by key, lists of items by id or by what a target answers', () => {
		const base = {
			a: { b: 1, c: 2 },
			tiers: [
				{ id: 'x', targets: [{ kind: 'first-response', severity: 'P1', within: 1 }] },
				{ id: 'y' },
			],
			list: [1, 2],
		};
		expect(
			applyChanges(base, {
				a: { c: null, d: 3 },
				tiers: [
					{ id: 'y', removed: true },
					{ id: 'x', targets: [{ kind: 'first-response', severity: 'P1', within: 2 }] },
					{ id: 'z' },
				],
				list: [3],
			})
		).toEqual({
			a: { b: 1, d: 3 },
			tiers: [
				{ id: 'x', targets: [{ kind: 'first-response', severity: 'P1', within: 2 }] },
				{ id: 'z' },
			],
			list: [3],
		});
		expect(base.tiers).toHaveLength(2);
		// A text is replaced whole: an older English-only text keeps no newer translation.
		expect(applyChanges({ name: { en: 'New', pl: 'Nowy' } }, { name: { en: 'Old' } })).toEqual({
			name: { en: 'Old' },
		});
	});
});

describe('checks of earlier versions', () => {
	const FILE = 'tests/fixtures/versions/ledger.yaml';
	const original = parse(readFileSync(FILE, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
	const errorsOf = (change: (doc: typeof original) => void) => {
		const doc = structuredClone(original);
		change(doc);
		const result = validateVendorFile({ file: 'ledger.yaml', text: stringify(doc) });
		return result.ok ? [] : result.issues.map(formatIssue);
	};

	test('versions listed out of order, or two on one day', () => {
		const errors = errorsOf((d) => (d.history[1].effective = '2025-09-01'));
		expect(errors).toEqual([
			expect.stringMatching(
				/^ledger\.yaml:\d+:\d+ history\[1\]\.effective: expected an earlier version to take effect before the one after it \(2025-09\)/
			),
		]);
	});

	test('a version whose terms do not hold is reported where its changes are written', () => {
		// 2025's P1 target in weeks; the 2024 version sets its own duration, so only 2025 is wrong.
		const errors = errorsOf(
			(d) => (d.history[0].changes.tiers[0].targets[0].within.unit = 'weeks')
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(
			/^ledger\.yaml:\d+:\d+ history\[0\]\.changes\.tiers\[0\]\.targets\[0\]\.within\.unit: in the terms effective 2025-09, tiers\[0\]\.targets\[0\]\.within\.unit: expected a unit/
		);
		// 2024 had no Premium: a row that still gives Premium a value is wrong in that version.
		const removed = errorsOf((d) => delete d.history[1].changes.categories);
		expect(removed).toEqual([
			expect.stringMatching(
				/^ledger\.yaml:\d+:\d+ history\[1\]\.changes: in the terms effective 2024-01-15, categories\[0\]\.features\[0\]\.values\.premium: unknown tier "premium"/
			),
		]);
	});

	test('earlier versions need the date the current terms took effect', () => {
		expect(errorsOf((d) => delete d.effective)).toEqual([
			expect.stringMatching(/history: expected "effective" on the vendor/),
		]);
	});
});
