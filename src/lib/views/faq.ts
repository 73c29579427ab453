/**
 * A vendor's FAQ page as plain data, with its schema.org FAQPage structured data.
 */
import type { Catalogue, Vendor } from '../catalogue/schema.ts';
import type { LocaleTag } from '../i18n/locales.ts';
import { localize } from '../i18n/text.ts';
import { faqEntryAnchor, vendorFaqPath } from '../routes.ts';

export interface FaqEntryView {
	id: string;
	/** Stable anchor from the entry id, e.g. `faq-change-priority`. */
	anchor: string;
	/** Link to this very question, e.g. `/pl/faq/amanda/#faq-change-priority`. */
	href: string;
	question: string;
	answer: string;
}

export interface FaqPageView {
	vendorId: string;
	vendorName: string;
	entries: FaqEntryView[];
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
export function buildFaqPage(vendor: Vendor, tag: LocaleTag, site?: string | URL): FaqPageView {
	const entries = vendor.faq.map((entry) => {
		const anchor = faqEntryAnchor(entry.id);
		return {
			id: entry.id,
			anchor,
			href: `${vendorFaqPath(tag, vendor.id)}#${anchor}`,
			question: localize(entry.question, tag),
			answer: localize(entry.answer, tag),
		};
	});
	const absolute = (href: string) => (site ? new URL(href, site).href : href);
	return {
		vendorId: vendor.id,
		vendorName: vendor.name,
		entries,
		structuredData: {
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			inLanguage: tag,
			url: absolute(vendorFaqPath(tag, vendor.id)),
			mainEntity: entries.map((e) => ({
				'@type': 'Question',
				'@id': absolute(e.href),
				name: e.question,
				acceptedAnswer: { '@type': 'Answer', text: e.answer },
			})),
		},
	};
}
