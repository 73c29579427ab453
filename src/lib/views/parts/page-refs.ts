/**
 * The references of one plan page: footnotes numbered in the order the page first cites them (each
 * citation with its own id, so the footnote can link back to every place that cites it) and
 * assumption markers that link to the list on the same page.
 */
import {
	calendarAssumptionIds,
	targetAssumptionIds,
	tierAssumptionIds,
} from '#lib/catalogue/provenance.ts';
import type { Calendar, Target, Tier, Vendor } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { footnoteAnchor, footnoteRefAnchor } from '#lib/routes.ts';
import { assumptionMarkers, type AssumptionMarker } from './markers.ts';

/** A numbered link to a footnote, with the id that the footnote's back link returns to. */
export interface FootnoteRef {
	number: number;
	/** The id of the reference itself (the back link's target). */
	id: string;
	href: string;
	/** Words for screen readers, e.g. "Footnote 1". */
	label: string;
}

/** A footnote in the page's list, with a back link to each place that cites it. */
export interface FootnoteItem {
	id: string;
	anchor: string;
	number: number;
	text: Phrase;
	backlinks: { href: string; label: string }[];
}

/**
 * Hands out the references of one page. Build the page's parts in reading order with one instance,
 * then ask for `footnoteList()` last: the numbers follow the order of citation.
 */
export class PageRefs {
	private footnoteNumbers = new Map<string, number>();
	private footnoteRefs = new Map<string, string[]>();

	constructor(
		private vendor: Vendor,
		private t: Translate,
		private tag: LocaleTag
	) {}

	/** Cites footnotes by id, numbering each one the first time the page cites it. */
	footnotes(ids: readonly string[] | undefined): FootnoteRef[] {
		return (ids ?? []).map((id) => {
			let number = this.footnoteNumbers.get(id);
			if (number === undefined) {
				number = this.footnoteNumbers.size + 1;
				this.footnoteNumbers.set(id, number);
			}
			const refs = this.footnoteRefs.get(id) ?? [];
			const refId = footnoteRefAnchor(id, refs.length + 1);
			refs.push(refId);
			this.footnoteRefs.set(id, refs);
			return {
				number,
				id: refId,
				href: `#${footnoteAnchor(id)}`,
				label: this.t('atlas.plans.footnoteRef', { number }),
			};
		});
	}

	/** Markers for assumption ids, linking to the list on this page. */
	markers(ids: readonly string[]): AssumptionMarker[] {
		return assumptionMarkers(this.vendor, ids, this.tag, this.t, true);
	}

	/** Assumptions about a tier as a whole (how it is obtained). */
	tierAssumptions(tier: Tier): AssumptionMarker[] {
		return this.markers(tierAssumptionIds(this.vendor, tier));
	}

	/** Assumptions a coverage calendar rests on. */
	calendarAssumptions(calendar: Calendar): AssumptionMarker[] {
		return this.markers(calendarAssumptionIds(calendar));
	}

	/** Assumptions a target rests on besides its calendar's (the calendar is marked on its own row). */
	targetAssumptions(target: Target, calendar: Calendar): AssumptionMarker[] {
		const onCalendar = calendarAssumptionIds(calendar);
		return this.markers(
			targetAssumptionIds(target, calendar).filter((id) => !onCalendar.includes(id))
		);
	}

	/** The footnote list: cited footnotes by number, then any the page does not cite. */
	footnoteList(): FootnoteItem[] {
		const ordered = [...this.vendor.footnotes].sort(
			(a, b) =>
				(this.footnoteNumbers.get(a.id) ?? Infinity) - (this.footnoteNumbers.get(b.id) ?? Infinity)
		);
		let next = this.footnoteNumbers.size;
		return ordered.map((footnote) => {
			const number = this.footnoteNumbers.get(footnote.id) ?? ++next;
			const refs = this.footnoteRefs.get(footnote.id) ?? [];
			return {
				id: footnote.id,
				anchor: footnoteAnchor(footnote.id),
				number,
				text: localizePhrase(footnote.text, this.tag),
				backlinks: refs.map((refId, i) => ({
					href: `#${refId}`,
					label:
						refs.length === 1
							? this.t('atlas.plans.footnoteBack', { number })
							: this.t('atlas.plans.footnoteBackNth', { number, index: i + 1 }),
				})),
			};
		});
	}
}
