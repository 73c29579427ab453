/**
 * The notice of a page that shows catalogue texts not yet translated into its locale: pages show such
 * a text in the catalogue's default language (lib/i18n/text.ts), and say so once, in the reader's
 * language, rather than beside each text.
 */
import { foreignLanguages } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';

/**
 * The notice for a page's view, or undefined when every text it shows is in the page's language.
 * `vendor` names the vendor of a page about one; a page about several speaks of the page.
 */
export function fallbackNotice(view: unknown, t: Translate, vendor?: string): string | undefined {
	if (foreignLanguages(view).size === 0) return undefined;
	return vendor === undefined
		? t('atlas.fallback.pageNotice')
		: t('atlas.fallback.vendorNotice', { vendor });
}
