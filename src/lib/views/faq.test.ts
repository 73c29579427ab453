import { describe, expect, test } from 'vitest';
import type { Translate } from '../i18n/translate.ts';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import { buildFaqPage, vendorsWithFaq } from './faq.ts';
import { jsonForScriptElement } from './json-script.ts';

const catalogue = loadCatalogue('content/vendors');
const amanda = catalogue.vendors.find((v) => v.id === 'amanda')!;
const t: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);

describe('FAQ pages', () => {
	test('exist for vendors with entries only', () => {
		expect(vendorsWithFaq(catalogue).every((v) => v.faq.length > 0)).toBe(true);
		expect(vendorsWithFaq(catalogue).length).toBe(
			catalogue.vendors.filter((v) => v.faq.length).length
		);
	});

	test('give each question a stable anchor from its id and a link to it in the locale', () => {
		const page = buildFaqPage(amanda, 'zh-TW', t);
		expect(page.entries.map((e) => e.anchor)).toEqual(amanda.faq.map((e) => `faq-${e.id}`));
		expect(page.entries[0]!.href).toBe(`/zh-tw/faq/amanda/#faq-${amanda.faq[0]!.id}`);
		expect(page.entries[0]!.question).toBe(amanda.faq[0]!.question['zh-TW']);
	});

	test('describe themselves as a schema.org FAQPage in the page language, with absolute URLs', () => {
		const data = buildFaqPage(amanda, 'ko', t, 'https://example.org') as unknown as {
			structuredData: Record<string, unknown> & { mainEntity: unknown[] };
		};
		expect(data.structuredData['@type']).toBe('FAQPage');
		expect(data.structuredData.inLanguage).toBe('ko');
		expect(data.structuredData.mainEntity).toHaveLength(amanda.faq.length);
		expect(data.structuredData.mainEntity[1]).toEqual({
			'@type': 'Question',
			'@id': `https://example.org/ko/faq/amanda/#faq-${amanda.faq[1]!.id}`,
			name: amanda.faq[1]!.question.ko,
			acceptedAnswer: { '@type': 'Answer', text: amanda.faq[1]!.answer.ko },
		});
	});

	test('serialise structured data so a text cannot close the script element', () => {
		const script = jsonForScriptElement({ name: 'a </script><script>alert(1)</script>' });
		expect(script).not.toContain('</script>');
		expect(JSON.parse(script)).toEqual({ name: 'a </script><script>alert(1)</script>' });
	});
});
