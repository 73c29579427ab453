/**
 * What a printed page that gathers several vendors' figures (the comparison) carries at its end, as
 * a plan page does: for each vendor, its sources with their checked dates and the text of each
 * assumption the page's markers name, once, with what it applies to. On screen a marker opens in
 * place and links to the vendor's list; on paper it is a numbered reference to this list.
 */
import type { Vendor } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { vendorPlansPath } from '#lib/routes.ts';
import { sourceView, type SourceView } from './markers.ts';
import { assumptionItems, type AssumptionItem } from './plan-back-matter.ts';

/** One vendor's part of the notes. */
export interface PaperNotesVendor {
	id: string;
	name: string;
	/** The vendor's plans page, where its full list of assumptions stands. */
	href: string;
	sources: SourceView[];
	/** The assumptions the page's markers name, in the vendor's numbering. */
	assumptions: AssumptionItem[];
}

/** A row of a page as far as its markers go: the vendor and each marked value's assumption ids. */
export interface MarkedRow {
	vendorId: string;
	cells: readonly { assumptions: readonly { id: string }[] }[];
	other?: readonly { assumptions: readonly { id: string }[] }[];
	/** What every level of the row shares, said once beside the plan. */
	shared?: { assumptions: readonly { id: string }[] } | undefined;
}

/** The assumption ids a page's rows mark, by vendor. */
export function markedAssumptions(rows: readonly MarkedRow[]): Map<string, Set<string>> {
	const byVendor = new Map<string, Set<string>>();
	for (const row of rows) {
		const ids = byVendor.get(row.vendorId) ?? new Set<string>();
		for (const value of [...row.cells, ...(row.other ?? []), ...(row.shared ? [row.shared] : [])])
			for (const marker of value.assumptions) ids.add(marker.id);
		byVendor.set(row.vendorId, ids);
	}
	return byVendor;
}

/**
 * The notes for the vendors a page shows (those `marked` names, in catalogue order): every vendor's
 * sources, and the assumptions its markers on the page name.
 */
export function paperNotes(
	vendors: readonly Vendor[],
	marked: ReadonlyMap<string, ReadonlySet<string>>,
	tag: LocaleTag,
	t: Translate
): PaperNotesVendor[] {
	return vendors
		.filter((vendor) => marked.has(vendor.id))
		.map((vendor) => {
			const ids = marked.get(vendor.id)!;
			return {
				id: vendor.id,
				name: vendor.name,
				href: vendorPlansPath(tag, vendor.id),
				sources: vendor.sources.map((s) => sourceView(s, tag, t)),
				assumptions: assumptionItems(vendor, tag, t).filter((a) => ids.has(a.id)),
			};
		});
}
