/**
 * Security of the built site: every page carries a strict Content-Security-Policy that covers every
 * script and style it ships, no page has an inline event handler, and in the browser no page requests
 * anything from another host or trips the policy, in any locale, including search, the theme picker
 * and the calculator's download.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { URL_ATTRIBUTES, urlsInAttribute } from '#lib/nav/link-check.ts';
import { calculatorPath } from '#lib/routes.ts';
import {
	builtPages,
	elementsOf,
	metaHttpEquiv,
	readParsedPage,
	runsAsCode,
	scriptsOf,
	stylesOf,
	type ParsedPage,
} from '../src/node/built-pages.ts';
import { siteLocales, warsawExample } from './locales.ts';
import { searchResultsFor } from './site-search.ts';

const dist = process.env.PLAN_ATLAS_DIST ?? 'dist';
/** The site's own origin, as playwright.config.ts serves it. */
const origin = `http://127.0.0.1:${process.env.PLAN_ATLAS_E2E_PORT ?? 4329}`;

/** Every HTML page of the build, as its URL path (`/zh-cn/plans/wati/`). */
const pages = builtPages(dist);
const parsed = new Map<string, ParsedPage>();
const pageOf = (path: string) => {
	if (!parsed.has(path)) parsed.set(path, readParsedPage(dist, path));
	return parsed.get(path)!;
};

/** The locale a page belongs to: the one whose home is the longest prefix of its path. */
const localeOf = (path: string) =>
	[...siteLocales]
		.sort((a, b) => b.home.length - a.home.length)
		.find((l) => path.startsWith(l.home))!;

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

test.describe('the built HTML', () => {
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

/**
 * What a page runs and applies: its code scripts (by source or by hash) and its stylesheets. Pages of
 * one shape load the same code and styles, so in the browser one page of each shape stands for all.
 */
function shapeOf(page: ParsedPage): string {
	const scripts = scriptsOf(page)
		.filter(runsAsCode)
		.map((s) => s.src ?? sha256(s.text));
	const styles = elementsOf(page, 'link')
		.filter((e) => /\bstylesheet\b/.test(e.attributes.get('rel') ?? ''))
		.map((e) => e.attributes.get('href'));
	return JSON.stringify([scripts, styles, stylesOf(page).map(sha256)]);
}

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

/**
 * Watches a page for what the policy forbids: requests to any other origin, and policy violations
 * (reported as securitypolicyviolation events and as console errors).
 */
async function watch(page: Page) {
	const foreign: string[] = [];
	const errors: string[] = [];
	page.context().on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) foreign.push(request.url());
	});
	page.on('console', (message) => {
		if (
			message.type() === 'error' &&
			/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())
		)
			errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	// Added through the browser's protocol, so the policy does not block this listener itself.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
			)
		);
	});
	return {
		/** Fails with every foreign request and violation seen so far on the current page. */
		async check(where: string) {
			const violations = await page.evaluate(
				() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []
			);
			expect({ where, foreign, violations, errors }).toEqual({
				where,
				foreign: [],
				violations: [],
				errors: [],
			});
		},
	};
}

/**
 * One page of each shape, the shapes taking turns through the locales: a shape is the same scripts
 * and styles in whichever locale (the markup of every page of every locale is checked above).
 */
test('a page of every shape, across the locales, loads with no request to another host and no policy violation', async ({
	page,
}) => {
	test.setTimeout(180_000);
	const watcher = await watch(page);
	const byShape = new Map<string, string[]>();
	for (const path of pages.filter((p) => !p.endsWith('404.html'))) {
		const shape = shapeOf(pageOf(path));
		byShape.set(shape, [...(byShape.get(shape) ?? []), path]);
	}
	expect(byShape.size).toBeGreaterThan(5);
	const visited = [...byShape.values()].map((paths, i) => {
		const turn = siteLocales[i % siteLocales.length]!;
		return paths.find((p) => localeOf(p) === turn) ?? paths[0]!;
	});
	// Every locale takes at least one turn.
	expect(new Set(visited.map((p) => localeOf(p).tag)).size).toBe(siteLocales.length);
	for (const path of visited) {
		await page.goto(path, { waitUntil: 'load' });
		await watcher.check(path);
	}
});

for (const locale of siteLocales) {
	test.describe(`security in the browser (${locale.tag})`, () => {
		test('search, the theme picker and the calculator work within the policy @locale-independent', async ({
			page,
		}) => {
			const watcher = await watch(page);
			await page.goto(locale.home);
			// The theme picker runs Starlight's inline theme script.
			await page.locator('starlight-theme-select select').first().selectOption('light');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			await page.locator('starlight-theme-select select').first().selectOption('dark');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			// Search loads Pagefind's script, WebAssembly and index from /pagefind/.
			await searchResultsFor(page, 'Wati');
			await watcher.check(`search on ${locale.home}`);

			// The calculator computes in the page and offers its deadlines as a downloaded .ics file.
			const calculator = calculatorPath(locale.tag, warsawExample);
			await page.goto(calculator);
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.locator('[data-ics]').click(),
			]);
			expect(readFileSync((await download.path())!, 'utf8')).toContain('BEGIN:VCALENDAR');
			await watcher.check(calculator);
		});
	});
}

test('the not-found page loads within the policy', async ({ page }) => {
	const watcher = await watch(page);
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
	await watcher.check('/no-such-page/');
});

test('the policy is enforced: an injected inline script does not run', async ({ page }) => {
	await page.goto('/');
	// A script element added after load, without a hash in the policy, must be refused by the browser.
	const ran = await page.evaluate(async () => {
		const violation = new Promise<string>((resolve) =>
			document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
				once: true,
			})
		);
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		return {
			ran: (window as unknown as { __injected?: boolean }).__injected === true,
			directive: await violation,
		};
	});
	expect(ran).toEqual({ ran: false, directive: 'script-src-elem' });
});
