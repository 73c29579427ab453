/**
 * Pagefind's search interface, built when a reader reaches for search instead of on every page load
 * (browser code).
 *
 * Starlight's search box imports `@pagefind/default-ui` and builds its interface as soon as each
 * page is idle: about 90 KB of script compiled and run on every page, by every reader, most of whom
 * never search (on a phone that is the page's longest task). pagefind-default-ui.ts points that
 * import here, after checking that Starlight and Pagefind still have what this relies on. This
 * class takes the same options and builds the real interface the first time the reader hovers,
 * touches or focuses the search button, or opens the dialog (by click or Ctrl+K), then focuses its
 * field if the dialog is open.
 */

interface PagefindOptions {
	element: string;
	[option: string]: unknown;
}

/** Set on `<site-search>` once the interface will be built on first use (the tests wait for it). */
export const SEARCH_ARMED_ATTRIBUTE = 'data-search-armed';

export class PagefindUI {
	constructor(options: PagefindOptions) {
		const host = document.querySelector<HTMLElement>(options.element);
		const search = host?.closest('site-search');
		const dialog = host?.closest('dialog');
		if (!host || !search || !dialog) return;
		const button = search.querySelector('button[data-open-modal]');
		let started = false;
		const start = () => {
			if (started) return;
			started = true;
			void import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then((ui) => {
				new ui.PagefindUI(options);
				// Starlight focused the field on opening, before it existed.
				if (dialog.open) host.querySelector('input')?.focus();
			});
		};
		for (const type of ['pointerenter', 'touchstart', 'focus'])
			button?.addEventListener(type, start, { once: true, passive: true });
		new MutationObserver(() => dialog.open && start()).observe(dialog, {
			attributes: true,
			attributeFilter: ['open'],
		});
		// Opened before this ran (Starlight calls it once the page is idle).
		if (dialog.open) start();
		search.setAttribute(SEARCH_ARMED_ATTRIBUTE, '');
	}
}
