/** Pagefind's interface module, imported by file path (pagefind-default-ui.browser.ts); it has no types. */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}
