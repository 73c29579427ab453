/**
 * Resolves in a later task, so that the browser can paint and answer the reader in between: one long
 * task is what makes a page feel stuck, the same work in short ones is not.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
