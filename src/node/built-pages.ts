/**
 * The built site as files and parsed pages: one place that lists what `astro build` wrote and reads
 * its HTML with a real parser (parse5, the HTML standard's parsing algorithm), for the link checker,
 * the budget and security tests and the benchmarks. Node only (reads the build folder).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from './built-files.ts';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { URL_ATTRIBUTES, urlsInAttribute } from '#lib/nav/link-check.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/** An element of a parsed page: its tag name, attributes (names lower-cased) and raw text. */
export interface HtmlElement {
	tag: string;
	/** Inside a `<template>`: not part of the page until a script clones it. */
	inTemplate: boolean;
	attributes: ReadonlyMap<string, string>;
	/**
	 * The text of its own text children, as written in the file: the code of a `<script>`, the rules
	 * of a `<style>` (entities are decoded in ordinary elements, as a browser would).
	 */
	text: string;
	/** How many nodes it holds (elements, text, comments). */
	childCount: number;
}

/** A script of a page: an external one (`src`) or an inline one (`text`), with its `type`, if any. */
export interface PageScript {
	src?: string;
	type?: string;
	text: string;
}

/** A parsed page: its elements in document order, those of `<template>` contents included. */
export interface ParsedPage {
	elements: readonly HtmlElement[];
}

function walk(node: Node, inTemplate: boolean, out: HtmlElement[]): void {
	if (!('childNodes' in node)) return;
	if ('tagName' in node) {
		out.push({
			tag: node.tagName,
			inTemplate,
			attributes: new Map(node.attrs.map((a) => [a.name.toLowerCase(), a.value])),
			text: node.childNodes
				.map((c) => (c.nodeName === '#text' && 'value' in c ? c.value : ''))
				.join(''),
			childCount: node.childNodes.length,
		});
		// A template's markup is parsed into a separate fragment, not into its children.
		if (node.tagName === 'template' && 'content' in node)
			for (const child of node.content.childNodes) walk(child, true, out);
	}
	for (const child of node.childNodes) walk(child, inTemplate, out);
}

/**
 * Parses a page's HTML as a browser without scripts would: `<noscript>` content is parsed as markup,
 * so its links and stylesheets are checked like any other.
 */
export function parseHtml(html: string): ParsedPage {
	const elements: HtmlElement[] = [];
	walk(parse(html, { scriptingEnabled: false }), false, elements);
	return { elements };
}

/** Elements whose content a reader does not read as text. */
const UNREAD = new Set(['script', 'style', 'template']);

/**
 * The text a reader reads in the first `<tag>` of a page (e.g. `main`, `h1`), scripts, styles and
 * templates left out, white space collapsed; empty when the page has no such element.
 */
export function readableText(html: string, tag: string): string {
	const find = (node: Node): Node | undefined => {
		if ('tagName' in node && node.tagName === tag) return node;
		if (!('childNodes' in node)) return undefined;
		for (const child of node.childNodes) {
			const found = find(child);
			if (found) return found;
		}
		return undefined;
	};
	const text = (node: Node): string => {
		if (node.nodeName === '#text' && 'value' in node) return node.value;
		if (('tagName' in node && UNREAD.has(node.tagName)) || !('childNodes' in node)) return ' ';
		return node.childNodes.map(text).join(' ');
	};
	const root = find(parse(html, { scriptingEnabled: false }));
	return root ? text(root).replace(/\s+/g, ' ').trim() : '';
}

/** The elements with one of the given tag names. */
export function elementsOf(page: ParsedPage, ...tags: string[]): HtmlElement[] {
	return page.elements.filter((e) => tags.includes(e.tag));
}

/** The href of every `<a>` and `<area>` a reader can follow (not in templates), entities decoded. */
export function linksOf(page: ParsedPage): string[] {
	return elementsOf(page, 'a', 'area').flatMap((e) => {
		const href = e.attributes.get('href');
		return href === undefined || e.inTemplate ? [] : [href];
	});
}

/**
 * Every URL the page loads or links, in the attributes the base-path check reads (templates
 * included: their markup is loaded once a script clones it).
 */
export function urlsOf(page: ParsedPage): string[] {
	return page.elements.flatMap((e) =>
		[...e.attributes].flatMap(([name, value]) =>
			URL_ATTRIBUTES.includes(name) ? urlsInAttribute(name, value) : []
		)
	);
}

/** Every id (and `<a name>`) the page defines, outside templates: the anchors a link can point at. */
export function anchorsOf(page: ParsedPage): Set<string> {
	const anchors = new Set<string>();
	for (const e of page.elements) {
		if (e.inTemplate) continue;
		const id = e.attributes.get('id');
		if (id !== undefined) anchors.add(id);
		const name = e.attributes.get('name');
		if (name !== undefined && e.tag === 'a') anchors.add(name);
	}
	return anchors;
}

/** The page's `<script>` elements, in document order. */
export function scriptsOf(page: ParsedPage): PageScript[] {
	return elementsOf(page, 'script').map((e) => {
		const src = e.attributes.get('src');
		const type = e.attributes.get('type');
		return { ...(src !== undefined && { src }), ...(type !== undefined && { type }), text: e.text };
	});
}

/** Whether a script runs as code (JSON and JSON-LD blocks are data). */
export function runsAsCode(script: PageScript): boolean {
	return !script.type || script.type === 'module' || /javascript/i.test(script.type);
}

/** The contents of the page's `<style>` elements. */
export function stylesOf(page: ParsedPage): string[] {
	return elementsOf(page, 'style').map((e) => e.text);
}

/** The `content` of each `<meta http-equiv>` with this name (compared without case). */
export function metaHttpEquiv(page: ParsedPage, name: string): string[] {
	return elementsOf(page, 'meta')
		.filter((e) => e.attributes.get('http-equiv')?.toLowerCase() === name.toLowerCase())
		.map((e) => e.attributes.get('content') ?? '');
}

/** The URL path of a built HTML file: `/pl/faq/index.html` → `/pl/faq/`; `/404.html` stays. */
function pagePath(file: string): string {
	return file.replace(/(^|\/)index\.html$/, '$1');
}

/** Every page of a build (its HTML files), as URL paths (`/`, `/zh-cn/plans/wati/`, `/404.html`), sorted. */
export function builtPages(dist: string): string[] {
	return builtFiles(dist)
		.filter((file) => file.endsWith('.html'))
		.map(pagePath)
		.sort();
}

/** The HTML of a built page, by URL path (`/plans/amanda/` or `/404.html`). */
export function readPage(dist: string, path: string): string {
	return readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/** A built page, parsed. */
export function readParsedPage(dist: string, path: string): ParsedPage {
	return parseHtml(readPage(dist, path));
}
