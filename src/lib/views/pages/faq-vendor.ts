/**
 * A vendor's FAQ page as plain data, with its schema.org FAQPage structured data.
 */
import { citationOf, faqAssumptionIds } from '#lib/catalogue/provenance.ts';
import type { Catalogue, Vendor } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, plainText, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { faqEntryAnchor, vendorFaqPath } from '#lib/routes.ts';
import {
	assumptionMarkers,
	sourceViews,
	type AssumptionMarker,
	type SourceView,
} from '#lib/views/parts/markers.ts';

export interface FaqEntryView {
	id: string;
	/** Stable anchor from the entry id, e.g. `faq-change-priority`. */
	anchor: string;
	/** Link to this very question, e.g. `/pl/faq/<vendor>/#faq-<question>`. */
	href: string;
	question: Phrase;
	answer: Phrase;
	/** Set when the answer is our explanation or rests on an assumption. */
	assumptions: AssumptionMarker[];
}

export interface FaqPageView {
	vendorId: string;
	vendorName: string;
	entries: FaqEntryView[];
	/** The documents the answers draw on, with the date each was checked. */
	sources: SourceView[];
	/** schema.org FAQPage, ready for a `<script type="application/ld+json">`. */
	structuredData: Record<string, unknown>;
}

/** The vendors that have FAQ entries, i.e. those that get an FAQ page. */
export function vendorsWithFaq(catalogue: Catalogue): Vendor[] {
	return catalogue.vendors.filter((v) => v.faq.length > 0);
}

/**
 * Builds a vendor's FAQ page for a locale. `site` (the site's origin) makes the question URLs in
 * the structured data absolute, as search engines expect; without it they stay site-relative.
 */
export function buildFaqPage(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	site?: string | URL
): FaqPageView {
	const entries = vendor.faq.map((entry) => {
		const anchor = faqEntryAnchor(entry.id);
		return {
			id: entry.id,
			anchor,
			href: `${vendorFaqPath(tag, vendor.id)}#${anchor}`,
			question: localizePhrase(entry.question, tag),
			answer: localizePhrase(entry.answer, tag),
			assumptions: assumptionMarkers(vendor, faqAssumptionIds(entry), tag, t),
		};
	});
	// The sources the answers cite (all of them when an answer inherits the only one).
	const cited = new Set(
		vendor.faq.flatMap((entry) => {
			const citation = citationOf(vendor, entry.ref, tag);
			return citation ? [citation.source.id] : [];
		})
	);
	const absolute = (href: string) => (site ? new URL(href, site).href : href);
	return {
		vendorId: vendor.id,
		vendorName: vendor.name,
		entries,
		sources: sourceViews(vendor, tag, t, cited),
		structuredData: {
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			inLanguage: tag,
			url: absolute(vendorFaqPath(tag, vendor.id)),
			mainEntity: entries.map((e) => ({
				'@type': 'Question',
				'@id': absolute(e.href),
				name: plainText(e.question),
				acceptedAnswer: { '@type': 'Answer', text: plainText(e.answer) },
			})),
		},
	};
}
