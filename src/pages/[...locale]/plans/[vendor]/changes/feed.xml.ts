/** /plans/<vendor>/changes/feed.xml: one vendor's changes of terms, as an Atom feed. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../../../data/catalogue.ts';
import { atomResponse, feedTranslate } from '../../../../../data/feeds.ts';
import { localePaths } from '../../../../../data/locale-paths.ts';
import { findVendor } from '#lib/catalogue/query.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { buildVendorFeed } from '#lib/views/pages/plans-changes.ts';

// Only vendors with earlier versions have a change list, and a feed of it.
export function getStaticPaths() {
	return localePaths(() =>
		getCatalogue()
			.vendors.filter((vendor) => vendor.history?.length)
			.map((vendor) => ({ params: { vendor: vendor.id } }))
	);
}

export const GET: APIRoute = ({ params, props, site }) => {
	const { tag } = props as { tag: LocaleTag };
	const vendor = findVendor(getCatalogue().vendors, params.vendor!)!;
	return atomResponse(buildVendorFeed(vendor, tag, feedTranslate(tag)), tag, site, [vendor]);
};
