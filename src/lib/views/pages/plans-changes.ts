/**
 * /plans/<vendor>/changes/: what changed in a vendor's terms, grouped by the date each version took
 * effect, newest first, each version linked to its page and to the one before it; and the same
 * changes as entries of the Atom feeds (one entry per change of version).
 */
import type { Vendor } from '#lib/catalogue/schema.ts';
import { plainText } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	feedPath,
	homePath,
	termsChangesPath,
	vendorFeedPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { SITE_TITLE } from '#lib/site.ts';
import { termsVersionEntries, type TermsVersionEntry } from '#lib/views/parts/term-changes.ts';

/** A link with its words. */
export interface Link {
	href: string;
	label: string;
}

/** One version on the change list. */
export interface ChangeGroup extends TermsVersionEntry {
	/** "Effective Mar 1, 2026". */
	heading: string;
	/** "Current terms", beside the heading of the version in effect. */
	currentLabel?: string | undefined;
	/** "Compared with the terms effective September 2025:", before the changes. */
	comparedWith?: string | undefined;
	/** Said instead of a list: the earliest version known, or a version that changed only sources. */
	note?: string | undefined;
	/** These terms' page, then the page of the terms before. */
	links: Link[];
}

/** /plans/<vendor>/changes/ */
export interface TermsChangesView {
	vendorId: string;
	vendorName: string;
	title: string;
	description: string;
	intro: string;
	/** The vendor's plans page (its current terms). */
	plans: Link;
	/** The vendor's feed of these changes. */
	feed: Link & { title: string };
	groups: ChangeGroup[];
}

/** Builds the change list of a vendor with earlier versions (empty groups without). */
export function buildTermsChanges(vendor: Vendor, tag: LocaleTag, t: Translate): TermsChangesView {
	const groups = termsVersionEntries(vendor, tag, t).map((entry): ChangeGroup => ({
		...entry,
		heading: t('atlas.changes.heading', { date: entry.date }),
		currentLabel: entry.current ? t('atlas.changes.current') : undefined,
		comparedWith: entry.previous && t('atlas.changes.comparedWith', { date: entry.previous.date }),
		note: !entry.changes
			? t('atlas.changes.earliest')
			: entry.changes.length === 0
				? t('atlas.changes.none')
				: undefined,
		links: [
			{
				href: entry.href,
				label: t(entry.current ? 'atlas.changes.currentLink' : 'atlas.changes.versionLink'),
			},
			...(entry.previous
				? [
						{
							href: entry.previous.href,
							label: t('atlas.terms.previousLink', { date: entry.previous.date }),
						},
					]
				: []),
		],
	}));
	return {
		vendorId: vendor.id,
		vendorName: vendor.name,
		title: t('atlas.changes.title', { vendor: vendor.name }),
		description: t('atlas.changes.description', { vendor: vendor.name }),
		intro: t('atlas.changes.intro'),
		plans: {
			href: vendorPlansPath(tag, vendor.id),
			label: t('atlas.plans.backToVendor', { vendor: vendor.name }),
		},
		feed: {
			href: vendorFeedPath(tag, vendor.id),
			label: t('atlas.feed.link'),
			title: t('atlas.feed.vendorTitle', { vendor: vendor.name }),
		},
		groups,
	};
}

/** One entry of an Atom feed: a vendor's change of terms on one date. */
export interface TermsFeedEntry {
	vendorId: string;
	/** "Ledger: terms effective Mar 1, 2026". */
	title: string;
	/** The change list at this version's anchor (a site path). */
	link: string;
	/** The day the terms took effect, YYYY-MM-DD. */
	day: string;
	/** Before the changes: "Compared with the terms effective September 2025:". */
	lead: string;
	/** The changes, one sentence each, as plain words (or the one note that only sources changed). */
	changes: string[];
}

/** A feed: its title, description, the page it stands for, and its entries newest first. */
export interface TermsFeed {
	title: string;
	description: string;
	/** The page the feed is the feed of (a site path). */
	page: string;
	/** The feed's own path. */
	self: string;
	entries: TermsFeedEntry[];
}

function feedEntries(vendor: Vendor, tag: LocaleTag, t: Translate): TermsFeedEntry[] {
	return buildTermsChanges(vendor, tag, t).groups.flatMap((group) =>
		group.changes && group.comparedWith
			? [
					{
						vendorId: vendor.id,
						title: t('atlas.feed.entryTitle', { vendor: vendor.name, date: group.date }),
						link: `${termsChangesPath(tag, vendor.id)}#${group.anchor}`,
						day: group.day,
						lead: group.comparedWith,
						changes: group.changes.length ? group.changes.map(plainText) : [group.note!],
					},
				]
			: []
	);
}

/** The feed of one vendor's changes of terms. */
export function buildVendorFeed(vendor: Vendor, tag: LocaleTag, t: Translate): TermsFeed {
	return {
		title: t('atlas.feed.vendorTitle', { vendor: vendor.name }),
		description: t('atlas.feed.vendorDescription', { vendor: vendor.name }),
		page: termsChangesPath(tag, vendor.id),
		self: vendorFeedPath(tag, vendor.id),
		entries: feedEntries(vendor, tag, t),
	};
}

/** The feed of every vendor's changes of terms: entries newest first, vendors of one day by id. */
export function buildSiteFeed(vendors: readonly Vendor[], tag: LocaleTag, t: Translate): TermsFeed {
	const entries = vendors
		.flatMap((vendor) => feedEntries(vendor, tag, t))
		.sort((a, b) => b.day.localeCompare(a.day) || a.vendorId.localeCompare(b.vendorId));
	return {
		title: t('atlas.feed.title', { site: SITE_TITLE }),
		description: t('atlas.feed.description'),
		page: homePath(tag),
		self: feedPath(tag),
		entries,
	};
}
