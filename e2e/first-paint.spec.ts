/**
 * Every page is painted once it has all been parsed, not while it streams in
 * (src/lib/views/parts/paint-once.ts): a long page is then laid out once instead of two or three times.
 * tests/built/paint-once.test.ts checks that every built page waits; this serves a page with a pause
 * before its main content, as a slow network would, and compares when the first paint came with when
 * the page's last element arrived. The same page without the wait is painted during the pause, which
 * shows that the pause is long enough for a paint to happen.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { generalFaqPath } from '#lib/routes.ts';
import { PAGE_END_ID } from '#lib/views/parts/paint-once.ts';
import { siteLocales } from './locales.ts';

const PAUSE_MS = 1500;

/**
 * A proxy of the site that sends a page's HTML up to its <main> element, pauses, then sends the
 * rest; `?streamed` also drops the page's wait, to show what the pause does without it.
 */
async function slowProxy(origin: string): Promise<{ server: Server; url: string }> {
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', origin);
		const answer = await fetch(new URL(url.pathname, origin));
		const type = answer.headers.get('content-type') ?? 'application/octet-stream';
		if (!type.startsWith('text/html')) {
			res.writeHead(answer.status, { 'content-type': type });
			res.end(Buffer.from(await answer.arrayBuffer()));
			return;
		}
		let html = await answer.text();
		if (url.searchParams.has('streamed')) html = html.replace(/<link rel="expect"[^>]*>/, '');
		const split = html.indexOf('<main');
		res.writeHead(answer.status, { 'content-type': type });
		res.write(html.slice(0, split));
		setTimeout(() => res.end(html.slice(split)), PAUSE_MS);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** When (ms after navigation) the page's first paint came and its last element was parsed. */
async function paintAndEnd(page: Page, url: string): Promise<{ paint: number; end: number }> {
	await page.goto(url);
	const times = await page.waitForFunction(
		() => {
			const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
			const end = (window as unknown as { pageEndAt?: number }).pageEndAt;
			return paint !== undefined && end !== undefined && { paint, end };
		},
		undefined,
		{ polling: 100, timeout: 30_000 }
	);
	return (await times.jsonValue()) as { paint: number; end: number };
}

for (const locale of siteLocales) {
	test(`the first paint shows the whole page (${locale.tag})`, async ({ page, baseURL }) => {
		test.slow();
		const { server, url } = await slowProxy(baseURL!);
		try {
			// Notes when the parser inserts the page's last element.
			await page.addInitScript((id) => {
				new MutationObserver((_, observer) => {
					if (!document.getElementById(id)) return;
					(window as unknown as { pageEndAt: number }).pageEndAt = performance.now();
					observer.disconnect();
				}).observe(document, { childList: true, subtree: true });
			}, PAGE_END_ID);
			const path = generalFaqPath(locale.tag);
			await test.step('as built: the first paint comes after the last element', async () => {
				const { paint, end } = await paintAndEnd(page, url + path);
				expect(paint).toBeGreaterThanOrEqual(end);
			});
			await test.step('without the wait: the opening part is painted during the pause', async () => {
				const { paint, end } = await paintAndEnd(page, `${url}${path}?streamed`);
				expect(end - paint).toBeGreaterThan(PAUSE_MS / 2);
			});
		} finally {
			server.close();
		}
	});
}
