import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, test } from 'vitest';
import { propertySeed } from '../../../../tests/support/property-seed.ts';
import { pageHead } from './page-head.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/**
 * The `<head>` Starlight writes from the entries: a `<title>`'s content goes in as raw HTML, and
 * attributes as escaped values. Read back with a real HTML parser, as a browser reads the page.
 */
function readBack(entries: ReturnType<typeof pageHead>) {
	const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const head = entries
		.map((e) =>
			e.tag === 'title'
				? `<title>${e.content}</title>`
				: `<${e.tag}${Object.entries(e.attrs)
						.map(([k, v]) => ` ${k}="${attribute(v)}"`)
						.join('')}>`
		)
		.join('');
	const elements: { tag: string; text: string; attrs: Record<string, string> }[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node && !['html', 'head', 'body'].includes(node.tagName))
			elements.push({
				tag: node.tagName,
				text: node.childNodes.map((c) => ('value' in c ? c.value : '')).join(''),
				attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
			});
		if ('childNodes' in node) node.childNodes.forEach(walk);
	};
	walk(parse(`<!doctype html><html><head>${head}</head><body></body></html>`));
	return elements;
}

/** Titles a catalogue may hold: markup, a closing title tag, character references, quotes. */
const hostileText = fc
	.array(
		fc.constantFrom(
			'<',
			'>',
			'&',
			'"',
			"'",
			'</title>',
			'<b>',
			'&amp;',
			'&lt;',
			'x',
			' ',
			'ł',
			'中'
		),
		{ maxLength: 12 }
	)
	.map((parts) => parts.join(''));

describe('pageHead', () => {
	test('a title with markup in it reads back as the same text, and opens no element', () => {
		fc.assert(
			fc.property(hostileText, hostileText, (title, description) => {
				const elements = readBack(pageHead(title, description));
				expect(elements.map((e) => e.tag)).toEqual(['title', 'meta', 'meta']);
				expect(elements[0]!.text).toBe(`${title} | Plan Atlas`);
			}),
			{ numRuns: 300, seed: propertySeed }
		);
	});

	test('the Twitter card carries the title and description as written, escaped once', () => {
		fc.assert(
			fc.property(hostileText, hostileText, (title, description) => {
				const metas = readBack(pageHead(title, description)).filter((e) => e.tag === 'meta');
				expect(metas.map((m) => m.attrs)).toEqual([
					{ name: 'twitter:title', content: title },
					{ name: 'twitter:description', content: description },
				]);
			}),
			{ numRuns: 300, seed: propertySeed }
		);
	});
});
