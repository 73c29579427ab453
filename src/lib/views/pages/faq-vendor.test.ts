import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureCatalogue, fixtureVendor } from '../../../../tests/support/fixture-catalogue.ts';
import { buildFaqPage, vendorsWithFaq } from './faq-vendor.ts';
import { jsonForScriptElement } from '#lib/views/parts/json-script.ts';

const t = echoTranslate;
// Fixtures, not the example catalogue: "orbit" has one FAQ entry, "solo" none.
const catalogue = fixtureCatalogue();
const orbit = fixtureVendor(catalogue, 'orbit');

describe('FAQ pages', () => {
	test('exist for vendors with entries only', () => {
		expect(vendorsWithFaq(catalogue).map((v) => v.id)).toEqual(['orbit']);
	});

	test('give each question a stable anchor from its id and a link to it in the locale', () => {
		const page = buildFaqPage(orbit, 'zh-TW', t);
		expect(page.entries.map((e) => e.anchor)).toEqual(['faq-hours']);
		expect(page.entries[0]!.href).toBe('/zh-tw/faq/orbit/#faq-hours');
		expect(page.entries[0]!.question).toBe('何時服務？');
	});

	test('describe themselves as a schema.org FAQPage in the page language, with absolute URLs', () => {
		const data = buildFaqPage(orbit, 'ko', t, 'https://example.org') as unknown as {
			structuredData: Record<string, unknown> & { mainEntity: unknown[] };
		};
		expect(data.structuredData['@type']).toBe('FAQPage');
		expect(data.structuredData.inLanguage).toBe('ko');
		expect(data.structuredData.mainEntity).toEqual([
			{
				'@type': 'Question',
				'@id': 'https://example.org/ko/faq/orbit/#faq-hours',
				name: '언제 운영하나요?',
				acceptedAnswer: { '@type': 'Answer', text: '평일' },
			},
		]);
	});

	test('serialise structured data so a text cannot close the script element', () => {
		const script = jsonForScriptElement({ name: 'a </script><script>alert(1)</script>' });
		expect(script).not.toContain('</script>');
		expect(JSON.parse(script)).toEqual({ name: 'a </script><script>alert(1)</script>' });
	});
});
