/**
 * Every URL and anchor the site makes, built in one place so shared links stay stable.
 * Paths end with a slash (the site uses `trailingSlash: 'always'`) and start with the base path the
 * site is served under (`PLAN_ATLAS_BASE`, e.g. `/support/plans/`; `/` by default).
 */
import { defaultLocale, findLocale, locales, type LocaleTag } from './locales.ts';

/**
 * The base path without its trailing slash ('' at the root). Vite writes Astro's `base` into
 * `import.meta.env.BASE_URL` in pages and browser code alike; scripts and tests run outside Vite,
 * where there is no `import.meta.env` and the site is taken to live at the root.
 */
const BASE = normalizeBase(import.meta.env?.BASE_URL);

/** `/support/plans/`, `support/plans` or `/support/plans` → `/support/plans`; `/` or nothing → ''. */
function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}` : '';
}

/** A base path with slashes at both ends, however it was written: `/` or `/support/plans/`. */
export function slashedBase(base: string | undefined): string {
	return `${normalizeBase(base)}/`;
}

/** A root-relative path of the site (`/faq/`) under the base path (`/support/plans/faq/`). */
export function withBase(path: string): string {
	return `${BASE}${path}`;
}

/**
 * A path made by this module without its base path, for Starlight's sidebar config, which adds the
 * base itself.
 */
export function withoutBase(path: string): string {
	return BASE && (path === BASE || path.startsWith(`${BASE}/`))
		? path.slice(BASE.length) || '/'
		: path;
}

/** The URL prefix of a locale: '' for the root locale, '/zh-cn' for Simplified Chinese. */
function localePrefix(tag: LocaleTag): string {
	const slug = findLocale(tag)?.slug;
	return slug ? `/${slug}` : '';
}

/**
 * The id of a plan, `<vendor>/<tier>`: how the calculator's URL (`?plan=`), the command line's
 * `--plan` and the page data name one tier of one vendor.
 */
export function planId(vendorId: string, tierId: string): string {
	return `${vendorId}/${tierId}`;
}

/** The vendor and tier ids of a plan id, or undefined when it is not `<vendor>/<tier>`. */
export function parsePlanId(plan: string): { vendorId: string; tierId: string } | undefined {
	const match = /^([^/]+)\/([^/]+)$/.exec(plan);
	return match ? { vendorId: match[1]!, tierId: match[2]! } : undefined;
}

/** The home page of a locale. */
export function homePath(tag: LocaleTag): string {
	return withBase(`${localePrefix(tag)}/`);
}

/** A vendor's comparison of tiers. */
export function vendorPlansPath(tag: LocaleTag, vendorId: string): string {
	return withBase(`${localePrefix(tag)}/plans/${vendorId}/`);
}

/** One tier's page. */
export function tierPath(tag: LocaleTag, vendorId: string, tierId: string): string {
	return withBase(`${localePrefix(tag)}/plans/${vendorId}/${tierId}/`);
}

/**
 * Path segments under `/plans/<vendor>/` that are not tiers (the change list, earlier versions): a
 * tier with one of these ids would have no page of its own.
 */
export const RESERVED_TIER_IDS: readonly string[] = ['changes', 'v'];

/** A vendor's list of what changed in its terms, version by version. */
export function termsChangesPath(tag: LocaleTag, vendorId: string): string {
	return withBase(`${localePrefix(tag)}/plans/${vendorId}/changes/`);
}

/**
 * The anchor id of one version's changes on the change list, by its effective date as the catalogue
 * writes it: `terms-2026-03-01`, `terms-2025-09`.
 */
export function termsChangeAnchor(effective: string): string {
	return `terms-${effective}`;
}

/**
 * A vendor's plans page as it read under earlier terms, by their effective date as written
 * (`2025-09`, `2024-01-15`).
 */
export function termsVersionPath(tag: LocaleTag, vendorId: string, effective: string): string {
	return withBase(`${localePrefix(tag)}/plans/${vendorId}/v/${effective}/`);
}

/** The Atom feed of every vendor's changes of terms, in one locale. */
export function feedPath(tag: LocaleTag): string {
	return withBase(`${localePrefix(tag)}/feed.xml`);
}

/** The Atom feed of one vendor's changes of terms, in one locale. */
export function vendorFeedPath(tag: LocaleTag, vendorId: string): string {
	return withBase(`${localePrefix(tag)}/plans/${vendorId}/changes/feed.xml`);
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
	/** `<vendor>/<tier>`, e.g. `acme/standard`. */
	plan?: string | undefined;
	/** Add-on ids the customer has (`addons=a,b`). */
	addOns?: readonly string[] | undefined;
	/** A request type, instead of a severity (`type=licensing`). */
	type?: string | undefined;
	severity?: string | undefined;
	/** Ticket attributes, attribute id → value id (`attr-<id>=<value>`). */
	attributes?: Readonly<Record<string, string>> | undefined;
	/** Local date and time the ticket was opened, `YYYY-MM-DDTHH:mm`. */
	opened?: string | undefined;
	/** Local date and time the vendor set the severity, where its clock starts then. */
	started?: string | undefined;
	/** IANA time zone of the customer. */
	tz?: string | undefined;
	/** Extra closed dates, YYYY-MM-DD. */
	holidays?: readonly string[] | undefined;
	/** Region whose public holidays apply, e.g. `CN`. */
	region?: string | undefined;
}

/** The calculator page, with its state in the query string (so a link reproduces a result). */
export function calculatorPath(tag: LocaleTag, query: CalculatorQuery = {}): string {
	const params = new URLSearchParams();
	if (query.plan) params.set('plan', query.plan);
	if (query.addOns?.length) params.set('addons', query.addOns.join(','));
	if (query.type) params.set('type', query.type);
	if (query.severity) params.set('severity', query.severity);
	for (const [id, value] of Object.entries(query.attributes ?? {}))
		if (value) params.set(`attr-${id}`, value);
	if (query.opened) params.set('opened', query.opened);
	if (query.started) params.set('started', query.started);
	if (query.tz) params.set('tz', query.tz);
	if (query.holidays?.length) params.set('holidays', query.holidays.join(','));
	if (query.region) params.set('region', query.region);
	const search = params
		.toString()
		.replaceAll('%2F', '/')
		.replaceAll('%2C', ',')
		.replaceAll('%3A', ':');
	return withBase(`${localePrefix(tag)}/calculator/${search ? `?${search}` : ''}`);
}

/** A vendor's severity guide: each level, what it means per tier, and the impact × urgency picker. */
export function severityGuidePath(tag: LocaleTag, vendorId: string): string {
	return withBase(`${localePrefix(tag)}/severity/${vendorId}/`);
}

/** The anchor id of a severity level on its vendor's guide (severity ids may contain spaces). */
export function severityLevelAnchor(severityId: string): string {
	return `severity-${severitySlug(severityId)}`;
}

/** A vendor's frequently asked questions. */
export function vendorFaqPath(tag: LocaleTag, vendorId: string): string {
	return withBase(`${localePrefix(tag)}/faq/${vendorId}/`);
}

/** The anchor id of one FAQ entry, from its stable catalogue id. */
export function faqEntryAnchor(entryId: string): string {
	return `faq-${entryId}`;
}

/** The general FAQ: how targets are counted and how to read the comparison (a docs page). */
export function generalFaqPath(tag: LocaleTag): string {
	return withBase(`${localePrefix(tag)}/faq/`);
}

/** The cross-vendor comparison of first-response targets. */
export function comparePath(tag: LocaleTag): string {
	return withBase(`${localePrefix(tag)}/compare/`);
}

/** The anchor id of a tier's column in its vendor's comparison table, e.g. `tier-premium`. */
export function tierColumnAnchor(tierId: string): string {
	return `tier-${tierId}`;
}

/** A severity id as it may appear in an anchor: "Severity 0" → "severity-0". */
function severitySlug(severityId: string): string {
	return severityId
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * The anchor id of a response-target row, e.g. `target-p1-first-response`; targets without a
 * severity (an inquiry reply) get `target-inquiry-response`.
 */
export function targetRowAnchor(kind: string, severityId?: string): string {
	return severityId === undefined ? `target-${kind}` : `target-${severitySlug(severityId)}-${kind}`;
}

/** The anchor id of the coverage row for a severity (or, without one, the tier default), e.g. `coverage-p1`. */
export function coverageRowAnchor(severityId?: string): string {
	return severityId === undefined ? 'coverage' : `coverage-${severitySlug(severityId)}`;
}

/**
 * The anchor ids of a request type's rows (a kind of request with reply times of its own): its
 * coverage row, `coverage-request-licensing`, and each of its targets,
 * `target-request-licensing-inquiry-response`. Request type ids are slugs: they need no slugging.
 */
export function requestTypeRowAnchor(requestTypeId: string, kind?: string): string {
	return kind === undefined
		? `coverage-request-${requestTypeId}`
		: `target-request-${requestTypeId}-${kind}`;
}

/** The anchor id of a footnote in a page's footnote list. */
export function footnoteAnchor(footnoteId: string): string {
	return `footnote-${footnoteId}`;
}

/** The anchor id of the `index`-th (1-based) reference to a footnote on a page. */
export function footnoteRefAnchor(footnoteId: string, index: number): string {
	return `footnote-ref-${footnoteId}-${index}`;
}

/** The anchor id of an assumption in a page's list of assumptions. */
export function assumptionAnchor(assumptionId: string): string {
	return `assumption-${assumptionId}`;
}

/**
 * Anchor ids of the fixed sections of the site's pages: the headings the table of contents and
 * shared links point to.
 */
export const SECTION_ANCHORS = {
	/** A vendor's plans page: its tier cards. */
	plans: 'plans',
	/** The comparison table on a vendor's plans page and on a tier page. */
	comparison: 'comparison',
	/** A tier page's table of response targets. */
	tierTargets: 'tier-targets-heading',
	/** Plan pages: when the clock starts, the customer's duties and service credits. */
	targetTerms: 'target-terms',
	/** The back matter of plan pages (sources also on a vendor's FAQ). */
	severities: 'severities',
	howToOpenTicket: 'how-to-open-ticket',
	addOns: 'add-ons',
	notes: 'notes',
	assumptions: 'assumptions',
	footnotes: 'footnotes',
	sources: 'sources',
	/** A severity guide: the vendor's note, the impact × urgency matrix and the levels. */
	severityNote: 'severity-note',
	severityMatrix: 'severity-matrix',
	severityLevels: 'severity-levels',
} as const;

/** The query parameter of a vendor's comparison that highlights one tier's column, `?highlight=premium`. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The plan finder; its needs, if any, in the query string (see plans/finder.ts). */
export function finderPath(tag: LocaleTag, query = ''): string {
	return withBase(`${localePrefix(tag)}/finder/${query ? `?${query}` : ''}`);
}

/** A vendor's comparison with one tier's column highlighted (the link a tier's "compare" action shares). */
export function highlightedPlansPath(tag: LocaleTag, vendorId: string, tierId: string): string {
	return `${vendorPlansPath(tag, vendorId)}?${HIGHLIGHT_PARAM}=${encodeURIComponent(tierId)}#${tierColumnAnchor(tierId)}`;
}

/** A site path as a full address on the published site (for print and for sharing), e.g. `https://…/compare/`. */
export function absoluteUrl(path: string, site: string | URL): string {
	return new URL(path, site).href;
}

/**
 * The query parameter of a vendor's comparison that names the tiers set side by side, e.g.
 * `?tiers=standard,premium` (absent: every tier).
 */
export const TIERS_PARAM = 'tiers';

/**
 * The query parameter of a vendor's comparison that shows only the rows where the compared tiers
 * differ, `?differences=only` (absent: every row).
 */
export const DIFFERENCES_PARAM = 'differences';

/**
 * The locale a site path belongs to, from its first segment after the base path (`/pl/x/` → `pl`);
 * the default locale when that segment names none. The one 404 page serves every path, and reads
 * this to put the reader's language first.
 */
export function localeOfPath(pathname: string): LocaleTag {
	const path = withoutBase(pathname);
	const slug = /^\/([^/]+)/.exec(path)?.[1]?.toLowerCase();
	const locale = slug === undefined ? undefined : locales.find((l) => l.slug === slug);
	return locale?.tag ?? defaultLocale;
}
