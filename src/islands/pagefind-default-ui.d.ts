/** Pagefind's interface module, imported by file path (src/islands/search-on-demand.ts); it has no types. */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}
