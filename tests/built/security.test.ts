/**
 * Security of the built end-to-end site, read from its files: every page carries a strict
 * Content-Security-Policy that covers every script and style it ships, no page has an inline event
 * handler or a javascript: URL, and no page loads anything from another host by its markup, in any
 * locale. e2e/security.spec.ts checks the same pages in the browser.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { URL_ATTRIBUTES, urlsInAttribute } from '#lib/nav/link-check.ts';
import {
	builtPages,
	metaHttpEquiv,
	readParsedPage,
	runsAsCode,
	scriptsOf,
	stylesOf,
	type ParsedPage,
} from '../../src/node/built-pages.ts';
import { e2eDist } from '../../e2e/builds.ts';
import { localeOfPath as localeOf, siteLocales } from '../../e2e/locales.ts';

const dist = e2eDist();

/** Every HTML page of the build, as its URL path (`/zh-cn/plans/summit/`). */
const pages = builtPages(dist);
const parsed = new Map<string, ParsedPage>();
const pageOf = (path: string) => {
	if (!parsed.has(path)) parsed.set(path, readParsedPage(dist, path));
	return parsed.get(path)!;
};

/** The policy of a page, directive name → its sources. */
function policyOf(page: ParsedPage): Map<string, string[]> {
	const metas = metaHttpEquiv(page, 'content-security-policy');
	expect(metas, 'exactly one CSP <meta>').toHaveLength(1);
	const policy = new Map<string, string[]>();
	for (const directive of metas[0]!.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) policy.set(name, sources);
	}
	return policy;
}

const sha256 = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the built HTML', () => {
	test('has pages in every locale', () => {
		for (const locale of siteLocales)
			expect(pages.filter((p) => localeOf(p) === locale).length, locale.tag).toBeGreaterThan(5);
	});

	test('every page has a strict policy that lists a hash for each inline script and style', () => {
		// Every page's problems are gathered and compared once: an expect per source of every page
		// (thousands) costs more than the checks themselves.
		const problems: string[] = [];
		const expectSources = (
			path: string,
			name: string,
			actual: string[] | undefined,
			expected: string[]
		) => {
			if (JSON.stringify(actual) !== JSON.stringify(expected))
				problems.push(
					`${path}: ${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
				);
		};
		for (const path of pages) {
			const page = pageOf(path);
			const policy = policyOf(page);
			expectSources(path, 'default-src', policy.get('default-src'), ["'self'"]);
			expectSources(path, 'img-src', policy.get('img-src'), ["'self'", 'data:']);
			// blob: for the calculator's .ics download, made in the page.
			expectSources(path, 'connect-src', policy.get('connect-src'), ["'self'", 'blob:']);
			expectSources(path, 'object-src', policy.get('object-src'), ["'none'"]);
			expectSources(path, 'base-uri', policy.get('base-uri'), ["'self'"]);
			expectSources(path, 'form-action', policy.get('form-action'), ["'self'"]);
			expectSources(path, 'style-src-attr', policy.get('style-src-attr'), ["'unsafe-inline'"]);
			const scriptSrc = policy.get('script-src') ?? [];
			const styleSrc = policy.get('style-src') ?? [];
			// Only the site's own files and hashes; nothing that lets injected markup or eval run.
			for (const source of scriptSrc)
				if (!/^'(?:self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/.test(source))
					problems.push(`${path}: script-src allows ${source}`);
			for (const source of styleSrc)
				if (!/^'(?:self|sha256-[A-Za-z0-9+/]+=*)'$/.test(source))
					problems.push(`${path}: style-src allows ${source}`);

			for (const script of scriptsOf(page)) {
				if (script.src !== undefined) continue;
				// Data blocks (JSON, JSON-LD) are never executed, so the policy does not apply to them.
				if (!runsAsCode(script)) {
					if (!/^application\/(?:ld\+)?json$/.test(script.type ?? ''))
						problems.push(`${path}: data block of type ${script.type}`);
					continue;
				}
				if (!scriptSrc.includes(sha256(script.text)))
					problems.push(
						`${path}: inline script without its hash: ${script.text.trim().slice(0, 60)}`
					);
			}
			for (const style of stylesOf(page))
				if (!styleSrc.includes(sha256(style)))
					problems.push(`${path}: inline style without its hash: ${style.slice(0, 60)}`);
		}
		expect(problems).toEqual([]);
	});

	test('the policy is the first element after <meta charset>, before any text or script', () => {
		// A <meta> policy governs only what the browser parses after it.
		const wrong: string[] = [];
		for (const path of pages) {
			const elements = pageOf(path).elements;
			const charset = elements.findIndex((e) => e.tag === 'meta' && e.attributes.has('charset'));
			const next = elements[charset + 1];
			if (
				charset === -1 ||
				next?.tag !== 'meta' ||
				next.attributes.get('http-equiv')?.toLowerCase() !== 'content-security-policy'
			)
				wrong.push(`${path}: <${next?.tag ?? 'nothing'}> after <meta charset>`);
		}
		expect(wrong).toEqual([]);
	});

	test('no page has an inline event handler or a javascript: URL', () => {
		const found: string[] = [];
		for (const path of pages) {
			for (const { tag, attributes } of pageOf(path).elements) {
				for (const [name, value] of attributes) {
					if (/^on/.test(name)) found.push(`${path}: <${tag} ${name}=…>`);
					if (
						/^(?:href|src|action|formaction|xlink:href)$/.test(name) &&
						/^\s*(?:javascript|vbscript|data)\s*:/i.test(value)
					)
						found.push(`${path}: <${tag} ${name}="${value}">`);
				}
			}
		}
		expect(found).toEqual([]);
	});
});

test('no page loads anything from another host by its markup', () => {
	const found: string[] = [];
	for (const path of pages)
		for (const element of pageOf(path).elements) {
			// Links a reader follows (and canonical, hreflang and social-card URLs) may name any host; what
			// the page itself loads (scripts, styles, images, frames, icons) must be the site's own.
			const rel = element.attributes.get('rel') ?? '';
			if (element.tag === 'a' || element.tag === 'area' || element.tag === 'meta') continue;
			if (element.tag === 'link' && /\b(?:canonical|alternate|sitemap)\b/.test(rel)) continue;
			for (const [name, value] of element.attributes)
				if (URL_ATTRIBUTES.includes(name))
					for (const url of urlsInAttribute(name, value))
						if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url))
							found.push(`${path}: <${element.tag} ${name}="${url}">`);
		}
	expect(found).toEqual([]);
});
