/**
 * The link checker's logic: which internal links and #anchors of a built site do not resolve.
 * Pure: it takes the pages' HTML by URL path and the set of other files; reading dist/ is the
 * script's job (scripts/check-links.ts).
 */

/** A built page: its URL path (e.g. `/pl/faq/`) and its HTML. */
export interface BuiltPage {
	path: string;
	html: string;
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

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	'#39': "'",
	apos: "'",
};

function decodeAttribute(value: string): string {
	return value.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/** The href of every `<a>` and `<area>` in a page (templates and scripts excluded). */
export function linksOf(html: string): string[] {
	const body = html
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<template\b[\s\S]*?<\/template>/gi, '');
	return [
		...body.matchAll(/<(?:a|area)\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi),
	].map((m) => decodeAttribute(m[1] ?? m[2] ?? m[3] ?? ''));
}

/** Every id (and `<a name>`) a page defines, i.e. the anchors a link can point at. */
export function anchorsOf(html: string): Set<string> {
	const ids = [...html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
		(m) => decodeAttribute(m[1] ?? m[2] ?? m[3] ?? '')
	);
	return new Set(ids);
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

/**
 * Finds internal links that lead nowhere: to a path that is neither a built page nor a file, or to a
 * #fragment that no element of the target page has. `files` holds the other files' URL paths
 * (e.g. `/catalogue.json`). Links to the same page's `#` or `#_top` (the top of the page) always resolve.
 */
export function findBrokenLinks(
	pages: readonly BuiltPage[],
	files: ReadonlySet<string> = new Set()
): BrokenLink[] {
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const anchors = new Map<string, Set<string>>();
	const anchorsFor = (path: string) => {
		let set = anchors.get(path);
		if (!set) {
			set = anchorsOf(byPath.get(path)!.html);
			anchors.set(path, set);
		}
		return set;
	};
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of new Set(linksOf(page.html))) {
			if (href === '' || isExternal(href)) continue;
			const url = new URL(href, `http://site.invalid${page.path}`);
			let pathname: string;
			try {
				pathname = decodeURIComponent(url.pathname);
			} catch {
				pathname = url.pathname;
			}
			const key = pageKey(pathname);
			const target = byPath.has(key) ? key : byPath.has(`${key}/`) ? `${key}/` : undefined;
			if (target === undefined) {
				if (!files.has(pathname))
					broken.push({ from: page.path, href, target: pathname, reason: 'missing-page' });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment === '' || fragment === '_top') continue;
			if (!anchorsFor(target).has(fragment))
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

/**
 * Every root-relative URL a page refers to (`/x/`, not `//host/` or `https:`) in an attribute that
 * loads or links something: href, src, srcset, action, poster, data and content.
 */
export function rootRelativeUrlsOf(html: string): string[] {
	const values = [
		...html.matchAll(
			/\s(href|src|srcset|action|poster|data|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi
		),
	].flatMap((m) => {
		const value = decodeAttribute(m[2] ?? m[3] ?? m[4] ?? '');
		// srcset lists "url width" pairs separated by commas.
		return m[1]!.toLowerCase() === 'srcset'
			? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
			: [value];
	});
	return values.filter((v) => v.startsWith('/') && !v.startsWith('//'));
}

/** A root-relative URL of a page that does not start with the site's base path. */
export interface UrlOutsideBase {
	from: string;
	url: string;
}

/** The root-relative URLs of the pages that lie outside `base` (e.g. `/support/plans/`). */
export function urlsOutsideBase(pages: readonly BuiltPage[], base: string): UrlOutsideBase[] {
	return pages.flatMap((page) =>
		rootRelativeUrlsOf(page.html)
			.filter((url) => !url.startsWith(base))
			.map((url) => ({ from: page.path, url }))
	);
}
