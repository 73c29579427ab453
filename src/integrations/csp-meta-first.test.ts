import { describe, expect, test } from 'vitest';
import { cspMetaFirst } from './csp-meta-first.ts';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-abc='">`;

describe('the CSP meta first in the head', () => {
	test('moves the policy to just after <meta charset>, before text and scripts', () => {
		const html = `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Acme</title><script>theme()</script>${csp}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
		expect(cspMetaFirst(html)).toBe(
			`<!DOCTYPE html><html><head><meta charset="utf-8"/>${csp}<title>Acme</title><script>theme()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`
		);
	});

	test('leaves a page alone when the policy is first already, or missing', () => {
		const first = `<head><meta charset="utf-8">${csp}<title>x</title></head>`;
		expect(cspMetaFirst(first)).toBe(first);
		const none = '<head><meta charset="utf-8"><title>x</title></head>';
		expect(cspMetaFirst(none)).toBe(none);
	});

	test('moves only the element: the page keeps every other byte, and one policy', () => {
		const html = `<head><meta charset="utf-8"><title>a "&gt;" b</title>${csp}</head><body>${csp.replace('<', '&lt;')}</body>`;
		const moved = cspMetaFirst(html);
		expect(moved.length).toBe(html.length);
		expect(moved.match(/<meta http-equiv/g)).toHaveLength(1);
		expect(moved.startsWith(`<head><meta charset="utf-8">${csp}<title>`)).toBe(true);
	});
});
