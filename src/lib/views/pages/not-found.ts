/**
 * The 404 page: one static page answers every unknown path (static hosts serve a single 404.html),
 * so it says "page not found" in every locale, each with links into that locale's own pages.
 */
import { locales, type LocaleTag } from '#lib/locales.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { calculatorPath, comparePath, homePath } from '#lib/routes.ts';

/** One locale's part of the 404 page. */
export interface NotFoundSection {
	tag: LocaleTag;
	heading: string;
	text: string;
	linksLabel: string;
	links: { href: string; label: string }[];
	search: string;
}

/** The page's sections in the site's locale order; `translate(tag)` gives that locale's strings. */
export function buildNotFound(translate: (tag: LocaleTag) => Translate): NotFoundSection[] {
	return locales.map(({ tag }) => {
		const t = translate(tag);
		return {
			tag,
			heading: t('atlas.notFound.heading'),
			text: t('atlas.notFound.text'),
			linksLabel: t('atlas.notFound.linksLabel'),
			links: [
				{ href: homePath(tag), label: t('atlas.notFound.home') },
				{ href: calculatorPath(tag), label: t('atlas.nav.calculator') },
				{ href: comparePath(tag), label: t('atlas.nav.compare') },
			],
			search: t('atlas.notFound.search'),
		};
	});
}
