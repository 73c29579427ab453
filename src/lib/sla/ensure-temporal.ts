/**
 * Makes the Temporal API available. Chromium ships it; Node 22 and some browsers do not, so the
 * polyfill is loaded only when `Temporal` is missing (a separate chunk in the browser bundle).
 */
export async function ensureTemporal(): Promise<void> {
	if (!('Temporal' in globalThis)) await import('temporal-polyfill/global');
}
