/**
 * Finding what the calculator works with, once and typed, and filling the page's templates. The
 * page's markup and the island are made for each other: an element that is missing, or of another
 * kind, is a mistake in one of them, reported by its selector as soon as the island starts rather
 * than as a failure somewhere later.
 *
 * The other islands look their few parts up themselves: imported by them too, this module would
 * become a chunk of its own, which the calculator would load as one more file (its budget counts it).
 */

import type { Phrase } from '#lib/i18n/text.ts';

/** An element interface, such as HTMLSelectElement. */
type ElementKind<E extends Element> = abstract new (...args: never[]) => E;

/**
 * The element `selector` finds in `root`, checked to be a `kind` (an HTMLElement unless said);
 * throws, naming the selector, when there is none or it is of another kind.
 */
export function required<E extends Element = HTMLElement>(
	root: ParentNode,
	selector: string,
	kind: ElementKind<E> = HTMLElement as unknown as ElementKind<E>
): E {
	const found = root.querySelector(selector);
	if (found instanceof kind) return found;
	throw new Error(`No ${kind.name} for ${selector}`);
}

/**
 * A maker of copies of a `<template data-template="name">` in `root`: the page renders each piece of
 * markup the calculator repeats once, and the island fills copies of it.
 */
export function template(root: ParentNode, name: string): () => DocumentFragment {
	const { content } = required(root, `template[data-template="${name}"]`, HTMLTemplateElement);
	return () => content.cloneNode(true) as DocumentFragment;
}

/**
 * Fills `list` with one copy of its first child per item: the template renders one item, which is
 * the pattern of every other.
 */
export function repeat<T>(
	list: Element,
	items: readonly T[],
	fill: (item: Element, value: T) => void
) {
	const pattern = required(list, ':scope > *', Element);
	list.replaceChildren(
		...items.map((value) => {
			const item = pattern.cloneNode(true) as Element;
			fill(item, value);
			return item;
		})
	);
}

/**
 * A phrase as nodes to put in an element: words in another language than the page's (a catalogue
 * text not yet translated) in a <span lang>, as the page renders them (components/Phrase.astro).
 */
export function phraseNodes(phrase: Phrase): (string | Node)[] {
	if (typeof phrase === 'string') return [phrase];
	return phrase.map((part) => {
		if (typeof part === 'string') return part;
		const span = document.createElement('span');
		span.lang = part.lang;
		span.textContent = part.text;
		return span;
	});
}
