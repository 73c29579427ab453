/**
 * Where the site is published, from the environment: `PLAN_ATLAS_SITE` (the origin, e.g.
 * https://support.example.com) and `PLAN_ATLAS_BASE` (a sub-path such as /support/plans/).
 */
import { slashedBase } from '#lib/routes.ts';

/** The origin canonical, hreflang and sitemap URLs name when `PLAN_ATLAS_SITE` is not set. */
export const PLACEHOLDER_SITE = 'https://plan-atlas.example';

/** Astro's `site` and `base`, and whether the site was configured or is the placeholder. */
export interface SiteSettings {
	site: string;
	/** `/` or a path with a slash at both ends, e.g. `/support/plans/`. */
	base: string;
	siteConfigured: boolean;
}

/**
 * Reads and checks the two settings; throws one clear sentence for a value that cannot work (a site
 * that is not an http(s) origin, a base with characters a URL path cannot hold as written).
 */
export function siteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
	const rawSite = env.PLAN_ATLAS_SITE?.trim();
	const rawBase = env.PLAN_ATLAS_BASE?.trim();
	let site = PLACEHOLDER_SITE;
	if (rawSite) {
		let url: URL;
		try {
			url = new URL(rawSite);
		} catch {
			throw new Error(
				`PLAN_ATLAS_SITE must be an origin such as https://support.example.com (found: ${JSON.stringify(rawSite)})`
			);
		}
		if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username)
			throw new Error(
				`PLAN_ATLAS_SITE must be an http:// or https:// origin such as https://support.example.com (found: ${JSON.stringify(rawSite)})`
			);
		if (url.pathname !== '/')
			throw new Error(
				`PLAN_ATLAS_SITE is the origin only; put the path in PLAN_ATLAS_BASE=${url.pathname} (found: ${JSON.stringify(rawSite)})`
			);
		site = url.origin;
	}
	if (rawBase && !/^[A-Za-z0-9/._~-]*$/.test(rawBase))
		throw new Error(
			`PLAN_ATLAS_BASE must be a path of letters, digits, "/", ".", "_", "~" or "-", such as /support/plans/ (found: ${JSON.stringify(rawBase)})`
		);
	const base = slashedBase(rawBase);
	return { site, base, siteConfigured: Boolean(rawSite) };
}

/** The warning a build without `PLAN_ATLAS_SITE` prints, once. */
export const SITE_NOT_SET_WARNING = `PLAN_ATLAS_SITE is not set: canonical, hreflang and sitemap URLs name the placeholder ${PLACEHOLDER_SITE}; set it to the origin the site is published at (see README, "Deploying").`;
