/**
 * Every vendor's pages are easy to reach in the built end-to-end site: its plans, severity guide and
 * FAQ are within two clicks of the home page, in every locale, following the links of the built HTML
 * as a reader would.
 */
import { describe, expect, test } from 'vitest';
import { severityGuidePath, vendorFaqPath, vendorPlansPath } from '#lib/routes.ts';
import { builtPages, linksOf, readParsedPage } from '../../src/node/built-pages.ts';
import { e2eDist } from '../../e2e/builds.ts';
import { catalogue } from '../../e2e/catalogue.ts';
import { siteLocales } from '../../e2e/locales.ts';

const dist = e2eDist();
const pages = new Set(builtPages(dist));

/** The site paths a page links to (links elsewhere left out). */
function linksFrom(path: string): string[] {
	return linksOf(readParsedPage(dist, path))
		.map((href) => new URL(href, `http://site.invalid${path}`))
		.filter((u) => u.host === 'site.invalid')
		.map((u) => u.pathname);
}

describe.each(siteLocales)('navigation ($tag)', (locale) => {
	test('every vendor’s plans, severity guide and FAQ are within two clicks of the home page', () => {
		const oneClick = new Set(linksFrom(locale.home));
		const twoClicks = new Set(oneClick);
		for (const path of oneClick)
			if (pages.has(path)) for (const next of linksFrom(path)) twoClicks.add(next);
		const wanted = catalogue.vendors.flatMap((v) => [
			vendorPlansPath(locale.tag, v.id),
			...(v.severities ? [severityGuidePath(locale.tag, v.id)] : []),
			...(v.faq.length ? [vendorFaqPath(locale.tag, v.id)] : []),
		]);
		expect(wanted.length).toBeGreaterThan(catalogue.vendors.length);
		expect(wanted.filter((path) => !twoClicks.has(path))).toEqual([]);
	});
});
