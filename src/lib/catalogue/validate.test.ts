import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue } from './issues.ts';
import { checkCatalogueDir } from '../../node/catalogue-files.ts';
import { localeTags } from '#lib/locales.ts';
import { localizedTexts, untranslatedPaths } from './texts.ts';
import { validateCatalogue, validateVendorFile } from './validate.ts';

const fixture = (name: string) => {
	const file =
		name === 'valid-minimal'
			? `src/lib/catalogue/fixtures/${name}.yaml`
			: `tests/broken-catalogues/${name}.yaml`;
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

	// A text may lack a translation (pages then show it in English); the example catalogue does not.
	test('is written in every published locale, with no text left to translate', () => {
		const result = checkCatalogueDir('content/vendors');
		if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
		const missing = result.value.vendors.flatMap((vendor) =>
			localeTags.flatMap((tag) =>
				untranslatedPaths(vendor, tag).map((path) => `${vendor.id} ${tag}: ${path}`)
			)
		);
		expect(missing).toEqual([]);
		expect(localeTags).toEqual(['en', 'zh-CN', 'zh-TW', 'ko', 'pl']);
		expect(result.value.vendors.flatMap((v) => localizedTexts(v)).length).toBeGreaterThan(100);
	});
});

describe('a valid vendor file', () => {
	test('passes', () => {
		expect(report('valid-minimal')).toBe('valid');
	});
});

describe('what hostile-looking but valid files may hold', () => {
	const base = fixture('valid-minimal').text;
	const valid = (text: string) => {
		const result = validateVendorFile({ file: 'valid-minimal.yaml', text });
		return result.ok ? 'valid' : result.issues.map(formatIssue).join('\n');
	};

	test('dates of years 0001 to 0099, not read as 1900 to 1999', () => {
		expect(
			valid(base.replace('holidays: ["2026-12-25"]', 'holidays: ["0050-02-28", "0099-12-31"]'))
		).toBe('valid');
	});

	test('working dates on days without hours, beside closed dates and yearly rules', () => {
		expect(
			valid(
				base.replace(
					'holidays: ["2026-12-25"]',
					'holidays: { dates: ["2026-12-24"], working: ["2026-12-19", "2026-12-27"], yearly: [{ month: 12, day: 25 }, { month: 12, weekday: thu, nth: 4 }] }'
				)
			)
		).toBe('valid');
	});

	test('indented block scalars and brackets in plain text, however many', () => {
		const lines = Array.from(
			{ length: 100 },
			(_, i) => `        ${' '.repeat(i)}:-[ ${'['.repeat(i)} line ${i}`
		);
		const text = base.replace(
			'assumptions:\n  - id: hours\n    text: { en: Assumed hours,',
			`assumptions:\n  - id: hours\n    text:\n      en: |\n${lines.join('\n')}\n      zh-CN: 假设的时间\n      zh-TW: 假設的時段\n      ko: 가정한 시간\n      pl: Założone godziny\n    x: { en: Assumed hours,`
		);
		// The mapping after the block scalar is the old line, now under an unknown key: proof that the
		// block scalar ended where YAML says, not where a text scan would.
		expect(valid(text)).toMatch(/ assumptions\[0\]\.x: unknown key "x"/);
		expect(valid(text.replace(/\n {4}x: \{[^\n]*/, ''))).toBe('valid');
	});

	test('a feature reference per tier, keyed by a tier', () => {
		expect(
			valid(
				base.replace(
					'values: { basic: true }',
					'values: { basic: true }\n        refs: { basic: { source: policy, locator: "Table 1" } }'
				)
			)
		).toBe('valid');
	});
});

describe('a text by locale', () => {
	const base = fixture('valid-minimal').text;
	const report = (text: string) => {
		const result = validateVendorFile({ file: 'valid-minimal.yaml', text });
		return result.ok ? ['valid'] : result.issues.map(formatIssue);
	};
	const tierName = '    name: { en: Basic, zh-CN: 基础, zh-TW: 基礎, ko: 기본, pl: Podstawowy }';

	test('needs the catalogue’s default language, reported at the text', () => {
		expect(base).toContain(tierName);
		expect(
			report(
				base.replace(tierName, '    name: { zh-CN: 基础, zh-TW: 基礎, ko: 기본, pl: Podstawowy }')
			)
		).toEqual([
			"valid-minimal.yaml:39:11 tiers[0].name: expected a text in en, the catalogue's default language",
		]);
		// A text in block style is located at its key's value too, one issue for the text.
		expect(
			report(base.replace(tierName, '    name:\n      pl: Podstawowy\n      ko: 기본'))
		).toEqual([
			"valid-minimal.yaml:40:7 tiers[0].name: expected a text in en, the catalogue's default language",
		]);
	});

	test('is valid with the default language alone, or with any of the other locales', () => {
		expect(report(base.replace(tierName, '    name: { en: Basic }'))).toEqual(['valid']);
		expect(report(base.replace(tierName, '    name: { en: Basic, ko: 기본 }'))).toEqual(['valid']);
		const result = validateVendorFile({
			file: 'valid-minimal.yaml',
			text: base.replace(tierName, '    name: { en: Basic, pl: Podstawowy }'),
		});
		expect(result.ok && result.value.tiers[0]!.name).toEqual({ en: 'Basic', pl: 'Podstawowy' });
	});

	test('still takes no other key than a published locale', () => {
		expect(report(base.replace(tierName, '    name: { en: Basic, de: Basis }'))).toEqual([
			'valid-minimal.yaml:39:24 tiers[0].name.de: unknown key "de"; expected one of: en, zh-CN, zh-TW, ko, pl',
		]);
	});
});

describe('a tier id', () => {
	test('that names another page of the vendor (its change list, its earlier versions) is refused', () => {
		const base = fixture('valid-minimal').text;
		for (const id of ['changes', 'v']) {
			const text = base.replace('  - id: basic', `  - id: ${id}`).replaceAll('basic:', `${id}:`);
			const result = validateVendorFile({ file: 'valid-minimal.yaml', text });
			expect(result.ok ? [] : result.issues.map(formatIssue), id).toEqual([
				`valid-minimal.yaml:38:9 tiers[0].id: tier id "${id}" names another page of the vendor ("changes", "v" are taken); expected another id`,
			]);
		}
	});
});

describe('where the date terms took effect comes from', () => {
	const base = fixture('valid-minimal').text;
	const report = (text: string) => {
		const result = validateVendorFile({ file: 'valid-minimal.yaml', text });
		return result.ok ? [] : result.issues.map(formatIssue);
	};

	test('an assumption the vendor has, beside the date', () => {
		const text = base.replace(
			/^sources:/m,
			'effective: "2026-11-29"\neffectiveRef: { assumption: hours }\nsources:'
		);
		expect(report(text)).toEqual([]);
	});

	test('an unknown assumption, or no date beside it, is located at effectiveRef', () => {
		const unknown = base.replace(
			/^sources:/m,
			'effective: "2026-11-29"\neffectiveRef: { assumption: undated }\nsources:'
		);
		expect(report(unknown)).toEqual([
			expect.stringMatching(/^valid-minimal\.yaml:\d+:\d+ effectiveRef\.assumption: .*"undated"/),
		]);
		const alone = base.replace(/^sources:/m, 'effectiveRef: { assumption: hours }\nsources:');
		expect(report(alone)).toEqual([
			expect.stringMatching(
				/^valid-minimal\.yaml:\d+:\d+ effectiveRef: expected "effective" beside "effectiveRef"/
			),
		]);
	});
});

describe('a record key of the wrong form', () => {
	const base = fixture('valid-minimal').text;
	const report = (text: string) => {
		const result = validateVendorFile({ file: 'valid-minimal.yaml', text });
		return result.ok ? ['valid'] : result.issues.map(formatIssue);
	};
	test('is an unknown id of the kind the record is keyed by, located at the key', () => {
		expect(
			report(base.replace('severities: { P1: always }', 'severities: { "P1!": always }'))
		).toEqual([
			'valid-minimal.yaml:44:21 tiers[0].coverage.severities["P1!"]: unknown severity "P1!"; expected one of: "P1", "P2"',
		]);
		expect(report(base.replace('high: { large: P1 }', 'High: { large: P1 }'))).toEqual([
			'valid-minimal.yaml:22:7 severities.matrix.levels.High: unknown urgency "High"; expected one of: "high"',
		]);
		expect(report(base.replace('high: { large: P1 }', 'high: { Large: P1 }'))).toEqual([
			'valid-minimal.yaml:22:15 severities.matrix.levels.high.Large: unknown impact "Large"; expected one of: "large"',
		]);
		expect(
			report(
				base.replace(
					'values: { basic: true }',
					'values: { basic: true }\n        refs: { Extended: { source: policy } }'
				)
			)
		).toEqual([
			'valid-minimal.yaml:63:17 categories[0].features[0].refs.Extended: unknown tier "Extended"; expected one of: "basic"',
		]);
	});
});

// Each class of error, at its exact position, is pinned by the broken-catalogue corpus:
// tests/broken-catalogues/*.yaml, checked by tests/broken-catalogues.test.ts.

describe('a whole catalogue', () => {
	test('reports the problems of every file at once', () => {
		const result = validateCatalogue([
			fixture('bad-zone'),
			fixture('valid-minimal'),
			fixture('unknown-unit'),
		]);
		expect(result.ok).toBe(false);
		expect(result.issues.map((i) => i.file)).toEqual([
			'tests/broken-catalogues/bad-zone.yaml',
			'tests/broken-catalogues/unknown-unit.yaml',
		]);
	});
	test('with no files is an error', () => {
		expect(validateCatalogue([]).ok).toBe(false);
	});
});
