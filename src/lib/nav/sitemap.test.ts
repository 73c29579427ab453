import { describe, expect, test } from 'vitest';
import { asksNotToBeIndexed, sitemapWithout } from './sitemap.ts';

describe('pages left out of the sitemap', () => {
	test('are those whose robots meta says noindex, however it is written', () => {
		expect(asksNotToBeIndexed('<head><meta name="robots" content="noindex"></head>')).toBe(true);
		expect(asksNotToBeIndexed("<meta content='noindex, follow' name='robots' />")).toBe(true);
		expect(asksNotToBeIndexed('<meta name="robots" content="index, follow">')).toBe(false);
		expect(asksNotToBeIndexed('<meta name="description" content="noindex">')).toBe(false);
		expect(asksNotToBeIndexed('<p>noindex</p>')).toBe(false);
	});

	test('are taken out of the urlset, with their alternates; every other entry stays as it was', () => {
		const entry = (loc: string) =>
			`<url><loc>${loc}</loc><xhtml:link rel="alternate" hreflang="pl" href="${loc}pl/"/></url>`;
		const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entry('https://x.org/a/')}${entry('https://x.org/a/v/2025-09/')}${entry('https://x.org/b/?q=1&amp;r=2')}</urlset>`;
		expect(
			sitemapWithout(xml, new Set(['https://x.org/a/v/2025-09/', 'https://x.org/b/?q=1&r=2']))
		).toBe(
			`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entry('https://x.org/a/')}</urlset>`
		);
		expect(sitemapWithout(xml, new Set())).toBe(xml);
	});
});
