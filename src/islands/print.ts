/**
 * Printing: the "printed from" line gets today's date and the page's full address (query and fragment
 * included), and every collapsed `<details>` opens for
 * paper (print CSS shows their content too where the browser supports `::details-content`; this
 * covers the rest), then closes again afterwards.
 */
import { formatDate } from '#lib/i18n/format.ts';
import { interpolate } from '#lib/i18n/interpolate.ts';
import { findLocale, type LocaleTag } from '#lib/locales.ts';
import { clearPrintedInputs, printInputs } from './print-inputs.ts';

/**
 * Today's date in the reader's own calendar, as YYYY-MM-DD. Read from Date: printing must not wait
 * for the Temporal polyfill, which browsers without Temporal fetch only for the calculator.
 */
function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The live page's full address: the site's own address for this page, with the query and fragment
 * the reader has (the calculator's inputs, the tiers chosen, the row opened), so paper reopens it.
 */
function fullUrl(page: string | undefined): string {
	return `${page ?? location.origin + location.pathname}${location.search}${location.hash}`;
}

function stampDate(): void {
	for (const line of document.querySelectorAll<HTMLElement>('[data-print-origin]')) {
		const template = line.dataset.template;
		const tag = (findLocale(line.dataset.tag)?.tag ?? 'en') as LocaleTag;
		if (template)
			line.textContent = interpolate(template, {
				url: fullUrl(line.dataset.url),
				date: formatDate(today(), tag),
			});
	}
	for (const link of document.querySelectorAll<HTMLElement>('[data-print-full-url]'))
		link.textContent = fullUrl(link.dataset.url);
}

const openedForPrint = new Set<HTMLDetailsElement>();

window.addEventListener('beforeprint', () => {
	stampDate();
	clearPrintedInputs();
	printInputs();
	for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
		details.open = true;
		openedForPrint.add(details);
	}
});
window.addEventListener('afterprint', () => {
	for (const details of openedForPrint) details.open = false;
	openedForPrint.clear();
	clearPrintedInputs();
});
// Not stamped at load: the page's first date formatter costs 40–100 ms (the locale's calendar data),
// on every page, for the few readers who print. Browsers and Chromium's PDF printing fire
// beforeprint; a renderer that does not prints the line without the date ("Printed from …").
