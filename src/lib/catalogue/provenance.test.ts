import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { readUiStringsFile } from '../../node/ui-strings-files.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { sourceViews } from '#lib/views/parts/markers.ts';
import { formatIssue } from './issues.ts';
import { assumptionTiers, citationOf, documentsOf, editionFor, readableIn } from './provenance.ts';
import type { Vendor } from './schema.ts';
import { validateVendorFile } from './validate.ts';

// valid-minimal.yaml (one English source) with a Korean edition of that source, and the P1
// first-response target citing both with a locator each.
const FILE = 'src/lib/catalogue/fixtures/valid-minimal.yaml';
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function withEdition(change: (doc: Doc) => void = () => {}) {
	const doc = parse(readFileSync(FILE, 'utf8')) as Doc;
	doc.sources.push({
		id: 'policy-ko',
		editionOf: 'policy',
		title: 'Acme 지원 정책',
		publisher: 'Acme',
		language: 'ko',
		retrieved: '2026-01-15',
	});
	doc.tiers[0].targets[0].ref = {
		source: 'policy',
		locator: 'Response targets',
		editions: { 'policy-ko': '응답 목표' },
	};
	change(doc);
	return validateVendorFile({ file: 'valid-minimal.yaml', text: stringify(doc) });
}

function vendorWithEdition(): Vendor {
	const result = withEdition();
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	return result.value;
}

const errorsOf = (change: (doc: Doc) => void) => {
	const result = withEdition(change);
	return result.ok ? [] : result.issues.map(formatIssue);
};

const t = (tag: LocaleTag) => createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));

describe('a source in several languages', () => {
	test('a page in the edition’s language cites the edition, with the edition’s locator', () => {
		const vendor = vendorWithEdition();
		const ref = vendor.tiers[0]!.targets[0]!.ref;
		expect(citationOf(vendor, ref, 'ko')).toMatchObject({
			source: { id: 'policy-ko' },
			locator: '응답 목표',
		});
		expect(citationOf(vendor, ref, 'en')).toMatchObject({
			source: { id: 'policy' },
			locator: 'Response targets',
		});
	});

	test('a locale without an edition of its own cites the document itself, the declared fallback', () => {
		const vendor = vendorWithEdition();
		const ref = vendor.tiers[0]!.targets[0]!.ref;
		for (const tag of ['zh-CN', 'zh-TW', 'pl'] as const)
			expect(citationOf(vendor, ref, tag)).toMatchObject({
				source: { id: 'policy' },
				locator: 'Response targets',
			});
		// Without a locale (a caller that shows every language), the reference as written.
		expect(citationOf(vendor, ref)?.source.id).toBe('policy');
	});

	test('editions of one document count as one: a value without a reference still cites it', () => {
		const vendor = vendorWithEdition();
		expect(documentsOf(vendor).map((s) => s.id)).toEqual(['policy']);
		const unreferenced = vendor.tiers[0]!.targets[1]!.ref;
		expect(unreferenced).toBeUndefined();
		expect(citationOf(vendor, unreferenced, 'ko')).toEqual({
			source: expect.objectContaining({ id: 'policy-ko' }),
			locator: undefined,
		});
		expect(citationOf(vendor, unreferenced, 'pl')?.source.id).toBe('policy');
	});

	test('languages match by tag, or by language where one side names no region or script', () => {
		expect(readableIn('ko', 'ko')).toBe(true);
		expect(readableIn('ko-KR', 'ko')).toBe(true);
		expect(readableIn('zh-CN', 'zh-CN')).toBe(true);
		expect(readableIn('zh-CN', 'zh-TW')).toBe(false);
		expect(readableIn('en', 'pl')).toBe(false);
		const vendor = vendorWithEdition();
		expect(editionFor(vendor, vendor.sources[0]!, 'ko').id).toBe('policy-ko');
		expect(editionFor(vendor, vendor.sources[1]!, 'en').id).toBe('policy-ko');
	});

	test('the source list puts each edition after its document and marks the one the page cites', () => {
		const vendor = vendorWithEdition();
		const ko = sourceViews(vendor, 'ko', t('ko'));
		expect(ko.map((s) => [s.id, s.cited])).toEqual([
			['policy', undefined],
			['policy-ko', '이 페이지에서 인용한 문서'],
		]);
		expect(ko[1]!.edition).toBe('‘Acme support policy’의 다른 언어 버전');
		const en = sourceViews(vendor, 'en', t('en'));
		expect(en.map((s) => [s.id, s.cited])).toEqual([
			['policy', 'cited on this page'],
			['policy-ko', undefined],
		]);
		expect(en[1]!.edition).toBe('the same document as Acme support policy, in another language');
	});

	test('a document without an address says why, where the catalogue says', () => {
		const result = withEdition((d) => {
			d.sources[0].urlNote = { en: 'No link: read from a copy.', pl: 'Brak linku: kopia.' };
		});
		if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
		expect(sourceViews(result.value, 'pl', t('pl'))[0]!.urlNote).toBe('Brak linku: kopia.');
		// Not translated into Korean: shown in English, marked as such.
		expect(sourceViews(result.value, 'ko', t('ko'))[0]!.urlNote).toEqual([
			{ text: 'No link: read from a copy.', lang: 'en' },
		]);
	});
});

describe('where an assumption applies', () => {
	test('the vendor’s clock start applies to every plan with a deadline it starts, and no other', () => {
		const result = withEdition((d) => {
			d.clockStart = { event: 'opened', ref: { assumption: 'start' } };
			d.assumptions.push({ id: 'start', text: { en: 'Counted from opening' } });
			// A plan without targets starts no clock; one whose deadline starts otherwise neither.
			d.tiers.push({ ...d.tiers[0], id: 'advisory', targets: [] });
			d.tiers.push({
				...d.tiers[0],
				id: 'assigned',
				targets: [
					{
						kind: 'first-response',
						severity: 'P1',
						within: { value: 4, unit: 'hours' },
						starts: { event: 'severity-assigned', ref: { source: 'policy' } },
					},
				],
			});
			d.categories[0].features[0].values = { basic: true, advisory: true, assigned: true };
		});
		if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
		expect(assumptionTiers(result.value, 'start')).toEqual(['basic']);
	});
});

describe('checks of editions', () => {
	test('the fixture with an edition is valid', () => {
		expect(errorsOf(() => {})).toEqual([]);
	});

	test.each<[string, (doc: Doc) => void, RegExp]>([
		[
			'a locator without its place in an edition',
			(d) => delete d.tiers[0].targets[0].ref.editions,
			/tiers\[0\]\.targets\[0\]\.ref\.locator: missing locator in edition "policy-ko" of "policy"/,
		],
		[
			'a locator given for a source that is not an edition of the cited one',
			(d) => (d.tiers[0].targets[0].ref.editions = { 'policy-ko': '응답 목표', policy: 'x' }),
			/ref\.editions\.policy: "policy" is not an edition of "policy"; expected one of: "policy-ko"/,
		],
		[
			// The target's locator for it is then reported too (it is no edition of "policy").
			'an edition of an unknown source',
			(d) => {
				d.sources[1].editionOf = 'manual';
				delete d.tiers[0].targets[0].ref.editions;
			},
			/sources\[1\]\.editionOf: unknown source "manual"/,
		],
		[
			'an edition of an edition',
			(d) =>
				d.sources.push({
					...d.sources[1],
					id: 'policy-pl',
					language: 'pl',
					editionOf: 'policy-ko',
				}),
			/sources\[2\]\.editionOf: source "policy-ko" is itself an edition of "policy"/,
		],
		[
			'an edition in the document’s own language',
			(d) => (d.sources[1].language = 'en'),
			/sources\[1\]\.editionOf: edition "policy-ko" is in en, the language of "policy"/,
		],
		[
			'two editions in one language',
			(d) => {
				d.sources.push({ ...d.sources[1], id: 'policy-ko2' });
				d.tiers[0].targets[0].ref.editions['policy-ko2'] = '응답 목표';
			},
			/sources\[2\]\.language: two editions of "policy" in ko \("policy-ko" and "policy-ko2"\)/,
		],
		[
			'editions without a locator of the source',
			(d) => delete d.tiers[0].targets[0].ref.locator,
			/ref\.editions: expected "locator" beside "editions"/,
		],
	])('%s', (_, change, expected) => {
		const errors = errorsOf(change);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(expected);
	});
});
