/**
 * /plans/<vendor>/v/<effective>/: a vendor's plans page as it read under earlier terms, built by the
 * plans page's own view from that version's terms, marked as replaced and linked to the current
 * terms. Its links stay on this page where they point into it (copied rows and columns), and lead to
 * the current tier pages (or, for a tier since withdrawn, the change list) where they leave it.
 */
import type { Vendor } from '#lib/catalogue/schema.ts';
import { vendorVersions } from '#lib/catalogue/vendor-versions.ts';
import { effectiveDay } from '#lib/catalogue/versions.ts';
import { formatEffectiveDate } from '#lib/i18n/format.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	termsChangeAnchor,
	termsChangesPath,
	termsVersionPath,
	tierPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { buildVendorPlans, type VendorPlansView } from './plans-vendor.ts';
import type { Link } from './plans-changes.ts';

/** The notice that the terms were replaced. */
export interface SupersededNotice {
	/** "Superseded terms". */
	label: string;
	/** "These terms (effective September 2025) were replaced by the terms effective Mar 1, 2026." */
	text: string;
	/** The current terms, then what changed when these were replaced. */
	links: Link[];
	/** The day they were replaced, YYYY-MM-DD. */
	replacedOn: string;
}

/** /plans/<vendor>/v/<effective>/ */
export interface TermsVersionView extends VendorPlansView {
	effective: string;
	notice: SupersededNotice;
}

/** The effective dates of a vendor's earlier versions, as written: the version pages it has. */
export function earlierVersionDates(vendor: Vendor): string[] {
	if (!vendor.history?.length) return [];
	return vendorVersions(vendor).flatMap((v) => (!v.current && v.effective ? [v.effective] : []));
}

/**
 * Builds the page of the vendor's terms effective `effective` (as written in the catalogue). Throws
 * when the vendor has no such earlier version.
 */
export function buildTermsVersionPage(
	vendor: Vendor,
	effective: string,
	tag: LocaleTag,
	t: Translate
): TermsVersionView {
	const versions = vendorVersions(vendor);
	const at = versions.findIndex((v) => !v.current && v.effective === effective);
	if (at < 1) throw new Error(`Vendor "${vendor.id}" has no earlier terms effective ${effective}`);
	const version = versions[at]!;
	const newer = versions[at - 1]!;
	// The validator requires dates on every version once there is history.
	const until = newer.effective!;
	const view = buildVendorPlans(version.vendor, tag, t);
	const date = formatEffectiveDate(effective, tag);
	const here = termsVersionPath(tag, vendor.id, effective);
	const current = vendorPlansPath(tag, vendor.id);
	const stay = (link: string) =>
		link.startsWith(current) ? here + link.slice(current.length) : link;
	const currentTiers = new Set(vendor.tiers.map((tier) => tier.id));
	const leave = (tierId: string) =>
		currentTiers.has(tierId) ? tierPath(tag, vendor.id, tierId) : termsChangesPath(tag, vendor.id);
	return {
		...view,
		title: t('atlas.version.title', { vendor: vendor.name, date }),
		description: t('atlas.version.description', { vendor: vendor.name, date }),
		tiers: view.tiers.map((tier) => ({ ...tier, href: leave(tier.id) })),
		table: {
			...view.table,
			columns: view.table.columns.map((column) => ({
				...column,
				href: leave(column.id),
				link: stay(column.link),
			})),
			groups: view.table.groups.map((group) => ({
				...group,
				rows: group.rows.map((row) => ({ ...row, link: stay(row.link) })),
			})),
		},
		effective,
		notice: {
			label: t('atlas.version.label'),
			text: t('atlas.version.notice', { from: date, until: formatEffectiveDate(until, tag) }),
			links: [
				{ href: current, label: t('atlas.changes.currentLink') },
				{
					href: `${termsChangesPath(tag, vendor.id)}#${termsChangeAnchor(until)}`,
					label: t('atlas.terms.changesLink'),
				},
			],
			replacedOn: effectiveDay(until),
		},
	};
}
