/**
 * Intl's first use in a page loads ICU's locale and time-zone data: one uninterrupted piece of work
 * of 35–85 ms on a phone-class CPU, during which the page cannot answer the reader. That data is
 * shared by every thread of the page's process, so a worker that formats a date and a number first
 * takes the wait off the main thread, and the island's own formatters then start warm.
 */
const WORKER_LIMIT_MS = 1500;

/**
 * Resolves once the worker has formatted in locale `tag` and zone `timeZone`: at once where workers
 * are missing or refused, and after WORKER_LIMIT_MS at the latest (a slow worker costs the reader
 * no more than that; the island then simply formats cold).
 */
export function warmUpIntl(tag: string, timeZone: string): Promise<void> {
	return new Promise((resolve) => {
		let worker: Worker | undefined;
		const done = () => {
			clearTimeout(timer);
			worker?.terminate();
			resolve();
		};
		const timer = setTimeout(done, WORKER_LIMIT_MS);
		try {
			worker = new Worker(new URL('./intl-warm-up.worker.ts', import.meta.url), {
				type: 'module',
			});
		} catch {
			done();
			return;
		}
		worker.addEventListener('message', done);
		worker.addEventListener('error', done);
		worker.postMessage({ tag, timeZone });
	});
}
