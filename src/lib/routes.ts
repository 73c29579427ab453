/**
 * Every URL and anchor the site makes, built in one place so shared links stay stable.
 * Paths end with a slash (the site uses `trailingSlash: 'always'`).
 */
import { findLocale, type LocaleTag } from './i18n/locales.ts';

/** The URL prefix of a locale: '' for the root locale, '/zh-cn' for Simplified Chinese. */
export function localePrefix(tag: LocaleTag): string {
	const slug = findLocale(tag)?.slug;
	return slug ? `/${slug}` : '';
}

/** The home page of a locale. */
export function homePath(tag: LocaleTag): string {
	return `${localePrefix(tag)}/`;
}

/** A vendor's comparison of tiers. */
export function vendorPlansPath(tag: LocaleTag, vendorId: string): string {
	return `${localePrefix(tag)}/plans/${vendorId}/`;
}

/** One tier's page. */
export function tierPath(tag: LocaleTag, vendorId: string, tierId: string): string {
	return `${localePrefix(tag)}/plans/${vendorId}/${tierId}/`;
}

/** The anchor id of a vendor's section on the home page. */
export function vendorAnchor(vendorId: string): string {
	return `vendor-${vendorId}`;
}

/** The anchor id of a tier (a column of the comparison, a card on the home page). */
export function tierAnchor(vendorId: string, tierId: string): string {
	return `tier-${vendorId}-${tierId}`;
}

/** The anchor id of a feature row. */
export function featureAnchor(featureId: string): string {
	return `feature-${featureId}`;
}
