/**
 * Assumption markers and source lines as every page shows them. A marker names the assumption and
 * carries its text, so a reader can open it where the value stands instead of hunting for a list.
 */
import { documentsOf, editionFor, editionsOf, type Citation } from '#lib/catalogue/provenance.ts';
import type { Source, Vendor } from '#lib/catalogue/schema.ts';
import { formatDate, formatLanguageName } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localize, localizePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { assumptionAnchor, vendorPlansPath } from '#lib/routes.ts';

/** One assumption as shown beside a value: its number, its label and its text. */
export interface AssumptionMarker {
	id: string;
	number: number;
	/** Visible words on the marker: "Assumption: business hours" (or "Assumption 1" without a label). */
	label: string;
	/** The assumption by its number in the vendor's list, "Assumption 1", for text that refers to it. */
	reference: string;
	/** The assumption itself, readable in place. */
	text: Phrase;
	/** The assumption in the list on the vendor's plans page. */
	href: string;
}

/**
 * Markers for assumption ids, numbered by the vendor's list. `local` links to the list on the same
 * page (plan pages); otherwise to the vendor's plans page.
 */
export function assumptionMarkers(
	vendor: Vendor,
	ids: readonly string[],
	tag: LocaleTag,
	t: Translate,
	local = false
): AssumptionMarker[] {
	return ids.flatMap((id) => {
		const index = vendor.assumptions.findIndex((a) => a.id === id);
		if (index < 0) return [];
		const anchor = `#${assumptionAnchor(id)}`;
		const assumption = vendor.assumptions[index]!;
		const reference = t('atlas.plans.assumptionRef', { number: index + 1 });
		return [
			{
				id,
				number: index + 1,
				label: assumption.label
					? t('atlas.assumption.marker', { label: localize(assumption.label, tag) })
					: reference,
				reference,
				text: localizePhrase(assumption.text, tag),
				href: local ? anchor : `${vendorPlansPath(tag, vendor.id)}${anchor}`,
			},
		];
	});
}

/** A source as readers see it: title in its own language, language name, link, checked date. */
export interface SourceView {
	id: string;
	title: string;
	/** BCP-47 tag of the document, for `lang`. */
	lang: string;
	/** The document's language, named in the page language, in the locale's parentheses. */
	language: string;
	publisher: string;
	url?: string | undefined;
	/** "Checked 29 November 2026". */
	checked: string;
	/** The retrieved date, YYYY-MM-DD, for `<time datetime>`. */
	retrieved: string;
	/** "In effect from …", when the source says. */
	effective?: string | undefined;
	/** Why there is no link, where the catalogue says (the document's address is unknown). */
	urlNote?: Phrase | undefined;
	/** "Korean edition of <title>", for the same document in another language. */
	edition?: string | undefined;
	/**
	 * "Cited on this page", on the one document of several editions that this locale's locators
	 * point into; undefined where a document has no other edition.
	 */
	cited?: string | undefined;
}

/** When a source was checked or took effect is a date to cite, not a day to plan by: no weekday. */
export const plainDate = { weekday: false } as const;

/**
 * Describes a source for readers. With the vendor, an edition names the document it is an edition
 * of, and among editions of one document the one this locale cites says so.
 */
export function sourceView(
	source: Source,
	tag: LocaleTag,
	t: Translate,
	vendor?: Pick<Vendor, 'sources'>
): SourceView {
	const original = source.editionOf
		? vendor?.sources.find((s) => s.id === source.editionOf)
		: undefined;
	const family = original ?? source;
	const hasEditions = vendor !== undefined && editionsOf(vendor, family).length > 0;
	return {
		id: source.id,
		title: source.title,
		lang: source.language,
		language: t('atlas.plans.sourceLanguage', {
			language: formatLanguageName(tag, source.language),
		}),
		publisher: source.publisher,
		url: source.url,
		checked: t('atlas.source.checked', { date: formatDate(source.retrieved, tag, plainDate) }),
		retrieved: source.retrieved,
		effective:
			source.effective &&
			t('atlas.source.effective', { date: formatDate(source.effective, tag, plainDate) }),
		urlNote:
			source.url === undefined && source.urlNote ? localizePhrase(source.urlNote, tag) : undefined,
		edition: original ? t('atlas.source.editionOf', { title: original.title }) : undefined,
		cited:
			hasEditions && editionFor(vendor, family, tag) === source
				? t('atlas.source.citedHere')
				: undefined,
	};
}

/**
 * The vendor's sources as a list shows them: each document followed by its editions, the one this
 * locale cites marked. `only` keeps the sources whose ids it holds.
 */
export function sourceViews(
	vendor: Pick<Vendor, 'sources'>,
	tag: LocaleTag,
	t: Translate,
	only?: ReadonlySet<string>
): SourceView[] {
	return documentsOf(vendor)
		.flatMap((document) => [document, ...editionsOf(vendor, document)])
		.filter((source) => only === undefined || only.has(source.id))
		.map((source) => sourceView(source, tag, t, vendor));
}

/**
 * Whether a page in `tag` reads a document in `language` as its own: the same language, and for
 * Chinese the same script (a zh-TW title is glossed on a zh-CN page).
 */
export function readsAsOwn(language: string, tag: LocaleTag): boolean {
	const [base] = language.toLowerCase().split('-');
	if (base !== tag.toLowerCase().split('-')[0]) return false;
	return base !== 'zh' || formatLanguageName('en', language) === formatLanguageName('en', tag);
}

/**
 * A citation in one line: "Title (section), checked 29 November 2026". A title in another language
 * than the page's, where the catalogue translates it for the page's readers, is followed by its
 * language and that translation: "全面、可信赖的客户服务 (Chinese (Simplified), “Complete, trusted
 * customer service”), checked …". With `gloss: false`, the title stands alone (a citation repeated).
 */
export function citationText(
	citation: Citation,
	tag: LocaleTag,
	t: Translate,
	options: { gloss?: boolean } = {}
): string {
	const { source } = citation;
	const gloss =
		options.gloss === false || readsAsOwn(source.language, tag) ? undefined : source.gloss?.[tag];
	const vars = {
		title: source.title,
		date: formatDate(source.retrieved, tag, plainDate),
		...(gloss ? { gloss, language: formatLanguageName(tag, source.language) } : {}),
	};
	const key = gloss
		? citation.locator
			? 'atlas.source.citationLocatedGlossed'
			: 'atlas.source.citationGlossed'
		: citation.locator
			? 'atlas.source.citationLocated'
			: 'atlas.source.citation';
	return t(key, citation.locator ? { ...vars, locator: citation.locator } : vars);
}
