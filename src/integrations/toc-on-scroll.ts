/**
 * Starlight's table of contents starts following the section in view as soon as each page is idle:
 * it queries every element of the content with `:has()` selectors and watches them all with an
 * IntersectionObserver, once for the sidebar's list and once for the phone's menu. On a phone that is
 * two tasks of up to 150 ms right after the page shows, to mark a section the reader has not left
 * yet: until the first scroll the section in view is the first one. This rewrites the
 * start of Starlight's element so that it begins on the reader's first scroll, or at once (when idle,
 * as before) for a page opened at a section (`#…`), which the browser has already scrolled to.
 * The build fails if Starlight's code no longer has the line this replaces.
 */
import type { AstroIntegration } from 'astro';

const MODULE = /@astrojs\/starlight\/.*TableOfContents\/starlight-toc\.(js|ts)$/;
const START = 'this.onIdle(() => this.init());';
// Before its first scroll, the page shows its first section: marked at once (the phone's menu shows
// the marked section's name, which the tracking would otherwise be the first to write).
const START_ON_SCROLL = `if (location.hash) this.onIdle(() => this.init());
		else {
			const first = this._current ?? this.querySelector("a");
			if (first) this.current = first;
			addEventListener("scroll", () => this.onIdle(() => this.init()), { once: true, passive: true });
		}`;

export function tocOnScroll(): AstroIntegration {
	return {
		name: 'plan-atlas:toc-on-scroll',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'plan-atlas:toc-on-scroll',
								transform(code, id) {
									if (!MODULE.test(id.split('?')[0]!)) return undefined;
									if (!code.includes(START))
										throw new Error(
											`${id}: Starlight's table of contents no longer starts with "${START}"; see src/integrations/toc-on-scroll.ts.`
										);
									return { code: code.replace(START, START_ON_SCROLL), map: null };
								},
							},
						],
					},
				});
			},
		},
	};
}
