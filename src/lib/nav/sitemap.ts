/**
 * The sitemap lists the pages search engines should find: a page that asks not to be indexed (a
 * `<meta name="robots">` with "noindex", such as earlier versions of a vendor's terms) is taken out
 * of the sitemap the build writes.
 */

const ROBOTS_META = /<meta\b[^>]*\bname=["']?robots["']?[^>]*>/gi;

/** Whether a page's HTML asks robots not to index it. */
export function asksNotToBeIndexed(html: string): boolean {
	return [...html.matchAll(ROBOTS_META)].some((meta) =>
		/\bcontent=["']?[^"'>]*\bnoindex\b/i.test(meta[0])
	);
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&apos;': "'",
};

/** A sitemap (urlset) without the `<url>` entries whose `<loc>` is one of `urls`. */
export function sitemapWithout(xml: string, urls: ReadonlySet<string>): string {
	return xml.replace(/<url>[\s\S]*?<\/url>\s*/g, (entry) => {
		const loc = /<loc>([\s\S]*?)<\/loc>/.exec(entry)?.[1]?.trim();
		const url = loc?.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]!);
		return url !== undefined && urls.has(url) ? '' : entry;
	});
}
