/**
 * The link checker's logic: which internal links and #anchors of a built site do not resolve.
 * Pure: it takes each page's links and anchors by URL path and the set of other files; reading and
 * parsing dist/ is src/node/built-pages.ts's job, run by scripts/check-links.ts.
 */

/** A built page as the checker sees it: its URL path (e.g. `/pl/faq/`), its links and its anchors. */
export interface LinkedPage {
	path: string;
	/** The href of each link on the page, as written (entities decoded). */
	links: readonly string[];
	/** The ids a link's #fragment can point at. */
	anchors: ReadonlySet<string>;
}

/** A link that does not resolve. */
export interface BrokenLink {
	/** The page the link is on. */
	from: string;
	/** The href as written. */
	href: string;
	/** The path it resolves to (without query or fragment), to group many links to one missing page. */
	target: string;
	reason: 'missing-page' | 'missing-anchor';
}

/** Whether an href leaves the site or is not a navigation at all (mailto:, javascript: …). */
function isExternal(href: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/** The page path a URL path lands on in a static build: `/faq` and `/faq/index.html` → `/faq/`. */
function pageKey(pathname: string): string {
	if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
	return pathname;
}

/** Percent-decoded text, or the text as written when it holds a malformed escape (`%E0%A4%A`). */
function decodeOrKeep(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * Finds internal links that lead nowhere: to a path that is neither a built page nor a file, or to a
 * #fragment that no element of the target page has. `files` holds the other files' URL paths
 * (e.g. `/catalogue.json`). Links to the same page's `#` or `#_top` (the top of the page) always resolve.
 */
export function findBrokenLinks(
	pages: readonly LinkedPage[],
	files: ReadonlySet<string> = new Set()
): BrokenLink[] {
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of new Set(page.links)) {
			if (href === '' || isExternal(href)) continue;
			const url = new URL(href, `http://site.invalid${page.path}`);
			const pathname = decodeOrKeep(url.pathname);
			const key = pageKey(pathname);
			const target = byPath.has(key) ? key : byPath.has(`${key}/`) ? `${key}/` : undefined;
			if (target === undefined) {
				if (!files.has(pathname))
					broken.push({ from: page.path, href, target: pathname, reason: 'missing-page' });
				continue;
			}
			const fragment = decodeOrKeep(url.hash.slice(1));
			if (fragment === '' || fragment === '_top') continue;
			if (!byPath.get(target)!.anchors.has(fragment))
				broken.push({
					from: page.path,
					href,
					target: `${target}#${fragment}`,
					reason: 'missing-anchor',
				});
		}
	}
	return broken;
}

/** Attributes whose value is a URL the page loads or links (for srcset, a list of them). */
export const URL_ATTRIBUTES: readonly string[] = [
	'href',
	'src',
	'srcset',
	'action',
	'poster',
	'data',
	'content',
];

/** The URLs in one attribute's value: srcset lists "url width" pairs separated by commas. */
export function urlsInAttribute(name: string, value: string): string[] {
	return name.toLowerCase() === 'srcset'
		? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
		: [value];
}

/** A built page as the base-path check sees it: its URL path and every URL it loads or links. */
export interface PageUrls {
	path: string;
	/** Values of its {@link URL_ATTRIBUTES}, entities decoded, srcset split into its URLs. */
	urls: readonly string[];
}

/** A root-relative URL of a page that does not start with the site's base path. */
export interface UrlOutsideBase {
	from: string;
	url: string;
}

/**
 * The root-relative URLs (`/x/`, not `//host/` or `https:`) of the pages that lie outside `base`
 * (e.g. `/support/plans/`): served under that base, they would lead off the site.
 */
export function urlsOutsideBase(pages: readonly PageUrls[], base: string): UrlOutsideBase[] {
	return pages.flatMap((page) =>
		page.urls
			.filter((url) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base))
			.map((url) => ({ from: page.path, url }))
	);
}
