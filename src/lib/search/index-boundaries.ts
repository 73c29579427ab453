/**
 * Pagefind reads a page's HTML as text and separates words only at the elements it knows as blocks
 * (headings, p, td, div, ul, li, section...). Table headers, captions, definition terms and
 * summaries are not among them, so minified markup such as `<th>Severity</th><th>Coverage</th>`
 * would be indexed as "SeverityCoverage". A space after those closing tags separates the words for
 * the index and changes nothing on screen (whitespace between table parts and list items collapses).
 */

/** Elements readers see as separate blocks but Pagefind would run together with their neighbours. */
const UNSEPARATED_BLOCKS = ['th', 'caption', 'dt', 'dd', 'summary', 'figcaption'] as const;

const closingTag = new RegExp(`</(?:${UNSEPARATED_BLOCKS.join('|')})>(?!\\s)`, 'gi');
// Raw-text elements whose content is not markup: left exactly as written.
const rawText = /(<(script|style|textarea|pre)\b[\s\S]*?<\/\2\s*>)/gi;

/** The page's HTML with a space after each closing tag of an unseparated block element. */
export function separateBlocks(html: string): string {
	return html
		.split(rawText)
		.map((part, i) => {
			// split() with two capture groups yields [text, whole raw element, tag name, text, ...].
			if (i % 3 !== 0) return i % 3 === 1 ? part : '';
			return part.replace(closingTag, '$& ');
		})
		.join('');
}
