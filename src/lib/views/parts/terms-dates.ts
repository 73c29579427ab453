/**
 * The dates of a plan page's terms, said once under its title: when the terms took effect, when each
 * source was last checked and how long ago (flagged once that is longer than the site allows), and
 * links to what changed and to the terms before. "Terms effective Mar 1, 2026 · last checked Nov 30,
 * 2026 (7 days ago) · What changed · Previous terms (effective September 2025)".
 */
import { documentsOf, editionFor, effectiveAssumptionIds } from '#lib/catalogue/provenance.ts';
import { sourceAgeDays } from '#lib/catalogue/staleness.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import { vendorVersions } from '#lib/catalogue/vendor-versions.ts';
import { effectiveDay } from '#lib/catalogue/versions.ts';
import {
	formatDate,
	formatDaysAgo,
	formatEffectiveDate,
	formatListParts,
	sentenceStart,
} from '#lib/i18n/format.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	SECTION_ANCHORS,
	termsChangesPath,
	termsVersionPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { assumptionMarkers, plainDate, type AssumptionMarker } from './markers.ts';

/** How old a check may be, and the day the page is built. */
export interface Freshness {
	/** YYYY-MM-DD. */
	today: string;
	/** Checks older than this many days are flagged. */
	maxDays: number;
}

/** One check of a source: "last checked Nov 30, 2026 (7 days ago)", flagged when too old. */
export interface SourceCheck {
	sourceId: string;
	text: string;
	/** The day it was checked, YYYY-MM-DD. */
	retrieved: string;
	days: number;
	/** The flag ("check pending") for a check older than allowed. */
	stale?: string | undefined;
}

/** The dates line of a plan page. */
export interface TermsDatesView {
	/**
	 * "Terms effective Mar 1, 2026", where the catalogue says when they took effect, with the
	 * assumption that fills the date in where the vendor dates its terms nowhere.
	 */
	effective?: { text: string; day: string; assumptions: AssumptionMarker[] } | undefined;
	checks: SourceCheck[];
	/** What changed, and the terms before, where the vendor has earlier versions. */
	links: { kind: 'changes' | 'previous'; href: string; label: string }[];
	/** The vendor's sources: on the page itself, or on its plans page. */
	sources: { href: string; label: string };
}

/**
 * The dates line of a vendor's current terms. With one source, its check stands alone ("last
 * checked …"); with several, each is named by its title.
 */
export function buildTermsDates(
	vendor: Vendor,
	tag: LocaleTag,
	t: Translate,
	freshness: Freshness,
	sourcesOnPage = true
): TermsDatesView {
	const effective = vendor.effective
		? {
				text: t('atlas.terms.effective', { date: formatEffectiveDate(vendor.effective, tag) }),
				day: effectiveDay(vendor.effective),
				assumptions: assumptionMarkers(vendor, effectiveAssumptionIds(vendor), tag, t),
			}
		: undefined;
	// One check per document, in the edition this locale cites.
	const cited = documentsOf(vendor).map((document) => editionFor(vendor, document, tag));
	const checks = cited.map((source, i): SourceCheck => {
		const days = sourceAgeDays(source.retrieved, freshness.today);
		const vars = {
			date: formatDate(source.retrieved, tag, plainDate),
			ago: formatDaysAgo(days, tag),
		};
		// Alone on its line, one check names what was checked: "Terms last checked …".
		const text =
			cited.length === 1
				? t(effective ? 'atlas.terms.checked' : 'atlas.terms.checkedAll', vars)
				: t('atlas.terms.sourceChecked', { ...vars, source: source.title });
		return {
			sourceId: source.id,
			// The line's first words begin a sentence.
			text: i === 0 && !effective ? sentenceStart(text, tag) : text,
			retrieved: source.retrieved,
			days,
			stale: days > freshness.maxDays ? t('atlas.terms.stale') : undefined,
		};
	});
	const links: TermsDatesView['links'] = [];
	const previous = vendor.history?.length ? vendorVersions(vendor)[1] : undefined;
	if (previous?.effective) {
		links.push({
			kind: 'changes',
			href: termsChangesPath(tag, vendor.id),
			label: t('atlas.terms.changesLink'),
		});
		links.push({
			kind: 'previous',
			href: termsVersionPath(tag, vendor.id, previous.effective),
			label: t('atlas.terms.previousLink', {
				date: formatEffectiveDate(previous.effective, tag),
			}),
		});
	}
	const sources = {
		href: `${sourcesOnPage ? '' : vendorPlansPath(tag, vendor.id)}#${SECTION_ANCHORS.sources}`,
		label: t('atlas.plans.sourcesHeading'),
	};
	return { effective, checks, links, sources };
}

/** The dates line of a page whose figures come from several vendors' terms. */
export interface CatalogueTermsDatesView {
	/** "Terms last checked Nov 29, 2026 (8 days ago)", or "… between … and …" when checks differ. */
	text: string;
	/** The oldest and newest check, YYYY-MM-DD. */
	oldest: string;
	newest: string;
	/** The flag ("check pending") when the oldest check is older than allowed. */
	stale?: string | undefined;
	/** "Sources:", then each vendor's sources on its plans page. */
	sourcesLead: string;
	/** Each vendor's link, and the words before it ("", ", ", " and "…, as the locale lists). */
	sources: { vendorId: string; label: string; href: string; before: string }[];
}

/** Vendors' source links as a list in the locale's words, each with the words before it. */
function listed(vendors: readonly Vendor[], tag: LocaleTag): CatalogueTermsDatesView['sources'] {
	let before = '';
	const sources: CatalogueTermsDatesView['sources'] = [];
	for (const part of formatListParts(
		vendors.map((v) => v.name),
		tag,
		{ nested: true }
	)) {
		if (part.item === undefined) before += part.text;
		else {
			const vendor = vendors[part.item]!;
			sources.push({
				vendorId: vendor.id,
				label: vendor.name,
				href: `${vendorPlansPath(tag, vendor.id)}#${SECTION_ANCHORS.sources}`,
				before,
			});
			before = '';
		}
	}
	return sources;
}

/**
 * The dates line of a page that shows several vendors' figures (home, comparison, calculator, the
 * general FAQ): when their sources were last checked, the span from the oldest check to the newest,
 * and a link to each vendor's sources. Undefined without vendors.
 */
export function buildCatalogueTermsDates(
	vendors: readonly Vendor[],
	tag: LocaleTag,
	t: Translate,
	freshness: Freshness
): CatalogueTermsDatesView | undefined {
	const checked = vendors
		.flatMap((vendor) =>
			documentsOf(vendor).map((document) => editionFor(vendor, document, tag).retrieved)
		)
		.sort();
	const oldest = checked[0];
	const newest = checked.at(-1);
	if (oldest === undefined || newest === undefined) return undefined;
	const days = sourceAgeDays(oldest, freshness.today);
	const ago = formatDaysAgo(days, tag);
	const text =
		oldest === newest
			? t('atlas.terms.checkedAll', { date: formatDate(oldest, tag, plainDate), ago })
			: t('atlas.terms.checkedBetween', {
					from: formatDate(oldest, tag, plainDate),
					to: formatDate(newest, tag, plainDate),
					ago,
				});
	return {
		text,
		oldest,
		newest,
		stale: days > freshness.maxDays ? t('atlas.terms.stale') : undefined,
		sourcesLead: t('atlas.terms.sourcesLead'),
		sources: listed(vendors, tag),
	};
}

/**
 * What goes between a part of the line and the next: " · ", but after a full-width bracket, which
 * carries its own spacing, no space before the dot ("（7天前）· "); `badge` for a flag that follows
 * directly (a space, none after a full-width bracket).
 */
export function separatorAfter(text: string, badge = false): string {
	const fullWidth = text.endsWith('）');
	if (badge) return fullWidth ? '' : ' ';
	return fullWidth ? '· ' : ' · ';
}
