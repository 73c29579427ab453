/**
 * Assumption markers and source lines as every page shows them. A marker names the assumption and
 * carries its text, so a reader can open it where the value stands instead of hunting for a list.
 */
import type { Citation } from '#lib/catalogue/provenance.ts';
import type { Source, Vendor } from '#lib/catalogue/schema.ts';
import { formatDate, formatLanguageName } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { assumptionAnchor, vendorPlansPath } from '#lib/routes.ts';

/** One assumption as shown beside a value: its number, its label and its text. */
export interface AssumptionMarker {
	id: string;
	number: number;
	/** Visible words, e.g. "Assumption 1". */
	label: string;
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
		return [
			{
				id,
				number: index + 1,
				label: t('atlas.plans.assumptionRef', { number: index + 1 }),
				text: localizePhrase(vendor.assumptions[index]!.text, tag),
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
}

/** When a source was checked or took effect is a date to cite, not a day to plan by: no weekday. */
export const plainDate = { weekday: false } as const;

/** Describes a source for readers. */
export function sourceView(source: Source, tag: LocaleTag, t: Translate): SourceView {
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
	};
}

/** A citation in one line: "Title (section), checked 29 November 2026". */
export function citationText(citation: Citation, tag: LocaleTag, t: Translate): string {
	const vars = {
		title: citation.source.title,
		date: formatDate(citation.source.retrieved, tag, plainDate),
	};
	return citation.locator
		? t('atlas.source.citationLocated', { ...vars, locator: citation.locator })
		: t('atlas.source.citation', vars);
}
