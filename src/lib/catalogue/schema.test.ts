import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { vendorJsonSchema } from './json-schema.ts';
import { sourceSchema } from './schema/provenance.ts';
import { localizedTextSchema, plainTextSchema } from './schema/text.ts';

const inEveryLocale = (text: string) => ({
	en: text,
	'zh-CN': '文本',
	'zh-TW': '文字',
	ko: '텍스트',
	pl: 'Tekst',
});

// Texts pages show as typed (escaped), so the validator lets them through.
const benign = [
	'<b>bold</b> and <i>italic</i>',
	'<img src="x">',
	'<a href="#x">link</a>',
	'</title>',
	'"quotes" & ampersands',
	'P1 < 1 hour, P2 > 4 hours',
	'<scripts> and <meta-data> are not tags we block',
	'one = 1; button=on; <b>online=yes</b>',
	'Call on weekends: 24/7',
	'See https://example.com/javascript-guide',
	'首次回應 <1 小時',
];

// Script-like markup, with the part the error quotes.
const injected: [text: string, quoted: string][] = [
	['Basic <script>alert(1)</script>', '<script'],
	['<SCRIPT SRC="x.js">', '<SCRIPT'],
	['text </script> text', '</script'],
	['< script>', '< script'],
	['<iframe src="https://example.com">', '<iframe'],
	['<frameset>', '<frameset'],
	['<object data="x">', '<object'],
	['<embed src="x">', '<embed'],
	['<style>body{}</style>', '<style'],
	['<link rel="stylesheet" href="x">', '<link'],
	['<meta http-equiv="refresh" content="0">', '<meta'],
	['<base href="https://example.com/">', '<base'],
	['<img src="x" onerror="alert(1)">', 'onerror='],
	['<img src=x onError = alert(1)>', 'onError ='],
	['<svg/onload=alert(1)>', 'onload='],
	['<a href="x"\nonclick="y">', 'onclick='],
	['<a href="javascript:alert(1)">', 'javascript:'],
	['JavaScript :void(0)', 'JavaScript :'],
	['vbscript:msgbox', 'vbscript:'],
	['data:text/html,<b>x</b>', 'data:text/html'],
	['Linia 1\nLinia 2 <script>', '<script'],
];

describe('the HTML injection rule of texts', () => {
	test.each(benign)('accepts %j', (text) => {
		expect(localizedTextSchema.safeParse(inEveryLocale(text)).success).toBe(true);
		expect(plainTextSchema.safeParse(text).success).toBe(true);
	});

	test.each(injected)('rejects %j, quoting %j', (text, quoted) => {
		for (const result of [
			localizedTextSchema.safeParse(inEveryLocale(text)),
			plainTextSchema.safeParse(text),
		]) {
			expect(result.success).toBe(false);
			if (result.success) continue;
			expect(result.error.issues).toHaveLength(1);
			expect(result.error.issues[0]!.message).toMatch(
				new RegExp(
					`^HTML injection "${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": expected plain text without <script>`
				)
			);
		}
	});

	test('is in the editor JSON Schema too, so editors flag the same texts', () => {
		const ajv = new Ajv({ strict: false, allErrors: true });
		const schema = vendorJsonSchema();
		const translation = (schema.definitions as Record<string, object> | undefined)?.translation;
		expect(translation).toBeDefined();
		const check = ajv.compile(translation!);
		for (const text of benign) expect(check(text), text).toBe(true);
		for (const [text] of injected) expect(check(text), text).toBe(false);
	});
});

describe('a text by locale', () => {
	test('needs the default language and takes any of the other locales', () => {
		expect(localizedTextSchema.safeParse({ en: 'Basic' }).success).toBe(true);
		expect(localizedTextSchema.safeParse({ en: 'Basic', ko: '기본' }).success).toBe(true);
		expect(localizedTextSchema.safeParse({ pl: 'Podstawowy' }).success).toBe(false);
		expect(localizedTextSchema.safeParse({ en: 'Basic', de: 'Basis' }).success).toBe(false);
	});

	test('says the same in the editor JSON Schema: en required, no other keys', () => {
		const schema = vendorJsonSchema();
		const summary = (schema.properties as Record<string, Record<string, unknown>>).summary!;
		expect(summary.required).toEqual(['en']);
		expect(Object.keys(summary.properties as object)).toEqual(['en', 'zh-CN', 'zh-TW', 'ko', 'pl']);
		// Each, required or not, the one translation definition.
		for (const text of Object.values(summary.properties as object))
			expect(text).toEqual({ $ref: '#/definitions/translation' });
		const check = new Ajv({ strict: false }).compile({
			...summary,
			definitions: schema.definitions,
		});
		expect(check({ en: 'Basic' })).toBe(true);
		expect(check({ en: 'Basic', 'zh-TW': '基本' })).toBe(true);
		expect(check({ 'zh-TW': '基本' })).toBe(false);
		expect(check({ en: 'Basic', de: 'Basis' })).toBe(false);
	});
});

describe('source links', () => {
	const source = (url: string) => ({
		id: 'policy',
		title: 'Policy',
		publisher: 'Acme',
		language: 'en',
		retrieved: '2026-01-15',
		url,
	});
	test('accept http and https addresses', () => {
		expect(sourceSchema.safeParse(source('https://example.com/support')).success).toBe(true);
		expect(sourceSchema.safeParse(source('http://example.com/')).success).toBe(true);
	});
	test.each([
		'javascript:alert(1)',
		'data:text/html,x',
		'ftp://example.com/policy.pdf',
		'example.com/policy',
	])('reject %j', (url) => {
		const result = sourceSchema.safeParse(source(url));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('expected an http:// or https:// address');
	});
});
