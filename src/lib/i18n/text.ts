/**
 * Catalogue texts in a page's locale. A text is always written in the catalogue's default language
 * (en) and may lack a translation into the page's: the page then shows the default language's text,
 * marked with its language, so that screen readers, hyphenation and fonts treat it as what it is, and
 * the page says once that some of its texts are not yet translated.
 *
 * Views hand components a `Phrase`: a plain string when every word is in the page's language (the
 * usual case), else the pieces, each text in another language marked with it. Sentences that hold a
 * catalogue text (a UI string around it, a list of them) are built here piece by piece, so the mark
 * stays on the words it belongs to.
 */
import type { LocalizedText } from '#lib/catalogue/schema.ts';
import { defaultLocale, type LocaleTag } from '#lib/locales.ts';
import { choicesSeparator, formatListParts, sentenceSeparator } from './format.ts';
import type { UiKey } from './translate.ts';

/** A catalogue text as a page shows it: `lang` is set only when it is not the page's language. */
export interface LocalizedString {
	text: string;
	lang?: LocaleTag | undefined;
}

/**
 * The catalogue text for a locale, or the default language's where the text has no translation into
 * it; `lang` says which language the words are in when it is not `tag`.
 */
export function localizeText(text: LocalizedText, tag: LocaleTag): LocalizedString {
	const own = text[tag];
	// The catalogue's default language is the site's default locale, the one every text has (the
	// schema requires it; catalogue/schema/text.ts).
	return own === undefined ? { text: text[defaultLocale], lang: defaultLocale } : { text: own };
}

/** The catalogue text for a locale as plain words (a title, a search entry, a sort key): see localizeText. */
export function localize(text: LocalizedText, tag: LocaleTag): string {
	return localizeText(text, tag).text;
}

/** Words in another language than the page's, with that language's tag. */
export interface ForeignText {
	text: string;
	lang: LocaleTag;
}

/** One piece of a phrase: words in the page's language, or words in another. */
export type PhrasePart = string | ForeignText;

/** Words for a reader: a string in the page's language, or pieces of which some are in another. */
export type Phrase = string | readonly PhrasePart[];

/** The pieces of a phrase, adjacent strings joined; a phrase without foreign words is its string. */
function phraseOf(parts: readonly PhrasePart[]): Phrase {
	const out: PhrasePart[] = [];
	for (const part of parts) {
		const text = typeof part === 'string' ? part : part.text;
		if (text === '') continue;
		const last = out.at(-1);
		if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
		else out.push(part);
	}
	return out.every((part) => typeof part === 'string') ? out.join('') : out;
}

/** Phrases one after the other, as one phrase (each piece keeping its mark). */
export function joinPhrases(...phrases: readonly Phrase[]): Phrase {
	return phraseOf(phrases.flatMap((phrase) => phraseParts(phrase)));
}

/** The pieces of a phrase (a string is one piece). */
export function phraseParts(phrase: Phrase): readonly PhrasePart[] {
	return typeof phrase === 'string' ? [phrase] : phrase;
}

/** A catalogue text as a phrase for a page in `tag`: marked with its language when it falls back. */
export function localizePhrase(text: LocalizedText, tag: LocaleTag): Phrase {
	const { text: words, lang } = localizeText(text, tag);
	return lang === undefined ? words : [{ text: words, lang }];
}

/** The words of a phrase, for where markup cannot go: attributes, titles, sort keys, search. */
export function plainText(phrase: Phrase): string {
	return typeof phrase === 'string'
		? phrase
		: phrase.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

/**
 * The language of a phrase's foreign words, for an element that can hold text only (an <option>):
 * the whole element takes it; the phrase's other words are names and signs ("P1 · ").
 */
export function foreignLanguage(phrase: Phrase): LocaleTag | undefined {
	if (typeof phrase === 'string') return undefined;
	return phrase.find((part): part is ForeignText => typeof part !== 'string')?.lang;
}

/**
 * A phrase with its first words changed by `edit` (a capital for the start of a sentence, a lower
 * case inside one); `edit` is told their language when it is not the page's, whose rules they keep.
 */
export function editStart(
	phrase: Phrase,
	edit: (text: string, lang?: LocaleTag) => string
): Phrase {
	if (typeof phrase === 'string') return edit(phrase);
	const [first, ...rest] = phrase;
	if (first === undefined) return phrase;
	return phraseOf([
		typeof first === 'string' ? edit(first) : { ...first, text: edit(first.text, first.lang) },
		...rest,
	]);
}

// Private-use characters stand for a foreign value while a UI string is filled: they are in no UI
// string, so they mark exactly where the value went, in whatever order the locale puts its values.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000(\d+)\uE001/;

/**
 * A UI string filled with values of which some may be phrases: the foreign words keep their mark
 * in the sentence ("Dodatek: <en>Onboarding package</en>"). Without foreign words, the plain string.
 * `t` is a page's Translate, or one that words the levels in a vendor's term (i18n/level-term.ts).
 */
export function translatePhrase<Key extends string = UiKey>(
	t: (key: Key, vars?: Record<string, string | number>) => string,
	key: Key,
	vars: Readonly<Record<string, string | number | Phrase>>
): Phrase {
	const foreign: (readonly PhrasePart[])[] = [];
	const plainVars: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(vars)) {
		if (typeof value === 'string' || typeof value === 'number') plainVars[name] = value;
		else {
			plainVars[name] = `${OPEN}${foreign.length}${CLOSE}`;
			foreign.push(value);
		}
	}
	const text = t(key, plainVars);
	if (foreign.length === 0) return text;
	// split with a capturing group alternates text and slot numbers: even indices text, odd slots.
	const pieces = text.split(SLOT);
	return phraseOf(pieces.flatMap((piece, i) => (i % 2 === 0 ? [piece] : foreign[Number(piece)]!)));
}

/**
 * Phrases joined as the locale joins a list ("a, b and c"; see formatList), each keeping its marks.
 */
export function listPhrase(
	items: readonly Phrase[],
	tag: LocaleTag,
	options: { nested?: boolean; disjunction?: boolean } = {}
): Phrase {
	const parts = formatListParts(items.map(plainText), tag, options);
	return phraseOf(
		parts.flatMap((part) =>
			part.item === undefined ? [part.text] : phraseParts(items[part.item]!)
		)
	);
}

/** Phrases that are whole sentences, one after another (see formatSentences). */
export function sentencesPhrase(sentences: readonly Phrase[], tag: LocaleTag): Phrase {
	const separator = sentenceSeparator(tag);
	return phraseOf(
		sentences.flatMap((sentence, i) => [...(i > 0 ? [separator] : []), ...phraseParts(sentence)])
	);
}

/** Phrases listed as choices are (see formatChoices), each keeping its marks. */
export function choicesPhrase(items: readonly Phrase[], tag: LocaleTag): Phrase {
	const separator = choicesSeparator(tag);
	return phraseOf(
		items.flatMap((item, i) => [...(i > 0 ? [separator] : []), ...phraseParts(item)])
	);
}

/** Whether a value is a piece of foreign words as phrases carry them. */
function isForeignText(value: object): value is ForeignText {
	const keys = Object.keys(value);
	return (
		keys.length === 2 &&
		typeof (value as Partial<ForeignText>).text === 'string' &&
		typeof (value as Partial<ForeignText>).lang === 'string'
	);
}

/**
 * The languages of the foreign words anywhere in a view (its phrases, however deep): a page that
 * shows any says so once, in the reader's language.
 */
export function foreignLanguages(view: unknown): Set<LocaleTag> {
	const found = new Set<LocaleTag>();
	const visit = (value: unknown) => {
		if (value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) value.forEach(visit);
		else if (isForeignText(value)) found.add(value.lang);
		else Object.values(value).forEach(visit);
	};
	visit(view);
	return found;
}
