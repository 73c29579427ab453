/**
 * `<head>` entries for pages built from the catalogue. Starlight writes the canonical URL, hreflang
 * alternates, `og:*` and `twitter:card` itself; this adds the Twitter title and description, and
 * writes the `<title>` element: Starlight renders head entries as raw HTML, so a catalogue text in the
 * title must be escaped here or markup in it would become live.
 */
import { escapeHtml } from '#lib/text-escape.ts';
import { SITE_TITLE } from '#lib/site.ts';

/** A `<head>` entry in Starlight's `head` frontmatter shape. */
export type HeadEntry =
	| { tag: 'meta'; attrs: Record<string, string> }
	| { tag: 'link'; attrs: Record<string, string> }
	| { tag: 'title'; content: string }
	| { tag: 'script'; attrs: Record<string, string>; content: string };

/** The page's `<title>` (escaped) and its Twitter card title and description, in the page language. */
export function pageHead(title: string, description: string): HeadEntry[] {
	return [
		{ tag: 'title', content: escapeHtml(`${title} | ${SITE_TITLE}`) },
		{ tag: 'meta', attrs: { name: 'twitter:title', content: title } },
		{ tag: 'meta', attrs: { name: 'twitter:description', content: description } },
	];
}

/** What a page adds to its frontmatter: head entries after the title's, no table of contents. */
export interface FrontmatterOptions {
	head?: HeadEntry[];
	tableOfContents?: false;
}

/**
 * The frontmatter of a page built from the catalogue: its title and description with their head
 * entries, then what the page adds.
 */
export function pageFrontmatter(
	title: string,
	description: string,
	{ head = [], ...rest }: FrontmatterOptions = {}
): Omit<FrontmatterOptions, 'head'> & { title: string; description: string; head: HeadEntry[] } {
	return { ...rest, title, description, head: [...pageHead(title, description), ...head] };
}
