/** /feed.xml (and /<locale>/feed.xml): every vendor's changes of terms, as an Atom feed. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue.ts';
import { atomResponse, feedTranslate } from '../../data/feeds.ts';
import { localePaths } from '../../data/locale-paths.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { buildSiteFeed } from '#lib/views/pages/plans-changes.ts';

export function getStaticPaths() {
	return localePaths();
}

export const GET: APIRoute = ({ props, site }) => {
	const { tag } = props as { tag: LocaleTag };
	const { vendors } = getCatalogue();
	return atomResponse(buildSiteFeed(vendors, tag, feedTranslate(tag)), tag, site, vendors);
};
