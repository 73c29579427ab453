/**
 * Patches Starlight's `<starlight-toc>` element (its module `starlight-toc.js`, which the sidebar's
 * and the phone menu's tables of contents both use) so that it starts following the section in view
 * on the reader's first scroll instead of as soon as each page is idle.
 *
 * Why: the element queries every element of the content with `:has()` selectors and watches them all
 * with an IntersectionObserver, once for the sidebar's list and once for the phone's menu. On a phone
 * that is two tasks of up to 150 ms right after the page shows, to mark a section the reader has not
 * left yet: until the first scroll the section in view is the first one. A page opened at a section
 * (`#…`), which the browser has already scrolled to, still starts at once (when idle, as before).
 *
 * The build fails when Starlight's module is no longer where this expects it, no longer has the line
 * this replaces (exactly once) or the members the replacement uses, or is bundled without passing
 * through the transform.
 */
import { realpathSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import {
	expectTexts,
	installedFile,
	occurrences,
	readInstalled,
	UpstreamChanged,
} from './installed.ts';

const PATCH = 'starlight-toc.ts';
const STARLIGHT = '@astrojs/starlight';
/** The element's module inside Starlight's package. */
export const TOC_MODULE = 'dist/components-internals/TableOfContents/starlight-toc.js';
/** Starlight's components that load the module (the sidebar's and the phone menu's tables of contents). */
export const TOC_COMPONENTS = [
	'dist/components/TableOfContents.astro',
	'dist/components/MobileTableOfContents.astro',
] as const;
/** How those components name the module. */
const TOC_IMPORT = '../components-internals/TableOfContents/starlight-toc';

/** The line of the element's constructor that starts the tracking. */
export const START = 'this.onIdle(() => this.init());';
/** What the replacement uses of the element besides `onIdle` and `init`. */
const MEMBERS = ['_current =', 'set current(', 'onIdle =', 'init = () =>'];
// Before its first scroll, the page shows its first section: marked at once (the phone's menu shows
// the marked section's name, which the tracking would otherwise be the first to write).
const START_ON_SCROLL = `if (location.hash) this.onIdle(() => this.init());
		else {
			const first = this._current ?? this.querySelector("a");
			if (first) this.current = first;
			addEventListener("scroll", () => this.onIdle(() => this.init()), { once: true, passive: true });
		}`;

/**
 * The element's module with its start moved to the first scroll. Throws when the code does not
 * contain the line it replaces exactly once, or lacks a member the replacement uses.
 */
export function startOnScroll(code: string, where = TOC_MODULE): string {
	const starts = occurrences(code, START);
	if (starts !== 1)
		throw new UpstreamChanged(
			PATCH,
			`${where}: Starlight's table of contents has ${starts} times the line "${START}", expected once`
		);
	expectTexts(code, MEMBERS, where, PATCH);
	return code.replace(START, START_ON_SCROLL);
}

/**
 * Checks the installed Starlight: its module is where this expects it and can be patched, and its
 * table-of-contents components still load it. Returns the module's real path (the id Vite gives it).
 */
export function checkStarlightToc(from?: string): string {
	startOnScroll(readInstalled(STARLIGHT, TOC_MODULE, PATCH, from));
	for (const component of TOC_COMPONENTS)
		expectTexts(readInstalled(STARLIGHT, component, PATCH, from), [TOC_IMPORT], component, PATCH);
	return realpathSync(installedFile(STARLIGHT, TOC_MODULE, PATCH, from));
}

/** The transform, and the check at the end of a build that it was applied. */
export interface TocPatch {
	/** The patched code of the module with path `id` if it is Starlight's, else undefined. */
	transform(code: string, id: string): string | undefined;
	/** Throws when the modules of a client build include Starlight's table of contents unpatched. */
	finish(environment: string, moduleIds: Iterable<string>): void;
}

/** The patch of the module whose path is `modulePath`. */
export function tocPatch(modulePath: string): TocPatch {
	let patched = false;
	return {
		transform(code, id) {
			if (id.split('?')[0] !== modulePath) return undefined;
			patched = true;
			return startOnScroll(code, id);
		},
		finish(environment, moduleIds) {
			if (environment !== 'client' || patched) return;
			const bundled = [...moduleIds].find((id) =>
				/@astrojs\/starlight\/.*TableOfContents/.test(id)
			);
			if (bundled)
				throw new UpstreamChanged(
					PATCH,
					`Starlight's table of contents was bundled (${bundled}) without ${modulePath} passing through the patch`
				);
		},
	};
}

/** The Vite plugin of a TocPatch. */
export function startOnScrollPlugin(patch: TocPatch): Plugin {
	return {
		name: 'plan-atlas:starlight-toc',
		transform(code, id) {
			const patched = patch.transform(code, id);
			return patched === undefined ? undefined : { code: patched, map: null };
		},
		buildEnd(error) {
			if (!error) patch.finish(this.environment.name, this.getModuleIds());
		},
	};
}

/** The integration: checks the installed Starlight when the build starts, then adds the plugin. */
export function tocOnScroll(): AstroIntegration {
	return {
		name: 'plan-atlas:toc-on-scroll',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [startOnScrollPlugin(tocPatch(checkStarlightToc()))] } });
			},
		},
	};
}
