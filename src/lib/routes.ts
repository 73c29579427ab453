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

/** Query parameters of the calculator; all optional, so a link can preselect as much as it knows. */
export interface CalculatorQuery {
	/** `<vendor>/<tier>`, e.g. `amanda/standard`. */
	plan?: string | undefined;
	severity?: string | undefined;
	/** Local date and time the ticket was opened, `YYYY-MM-DDTHH:mm`. */
	opened?: string | undefined;
	/** IANA time zone of the customer. */
	tz?: string | undefined;
	/** Extra closed dates, YYYY-MM-DD. */
	holidays?: readonly string[] | undefined;
}

/** The calculator page, with its state in the query string (so a link reproduces a result). */
export function calculatorPath(tag: LocaleTag, query: CalculatorQuery = {}): string {
	const params = new URLSearchParams();
	if (query.plan) params.set('plan', query.plan);
	if (query.severity) params.set('severity', query.severity);
	if (query.opened) params.set('opened', query.opened);
	if (query.tz) params.set('tz', query.tz);
	if (query.holidays?.length) params.set('holidays', query.holidays.join(','));
	const search = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',').replaceAll('%3A', ':');
	return `${localePrefix(tag)}/calculator/${search ? `?${search}` : ''}`;
}
