/**
 * Every page is first painted once the whole document has been parsed. Painted as it streams in, a
 * long page (a vendor's comparison, the FAQ's worked examples) is laid out two or three times over on
 * a phone, each pass longer than a frame; painted whole, it is laid out once, and nothing below the
 * first screen shifts as the rest arrives. The pages are small static files (under 25 kB compressed),
 * so the first paint waits for little.
 *
 * The wait is the platform's own: `<link rel="expect" blocking="render">` in the head names an
 * element, and the browser holds rendering until the parser has passed it (or the document ends).
 * The element closes each page, after Starlight's footer (src/components/overrides/AtlasFooter.astro).
 */
export const PAGE_END_ID = 'page-end';

/** The <head> entry, in the shape of Starlight's `head` option. */
export const paintWhenParsed = {
	tag: 'link',
	attrs: { rel: 'expect', href: `#${PAGE_END_ID}`, blocking: 'render' },
} as const;
