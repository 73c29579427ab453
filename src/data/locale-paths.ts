/**
 * getStaticPaths helpers for pages that exist once per locale under `src/pages/[...locale]/`.
 */
import { locales, type LocaleTag } from '#lib/locales.ts';

/** One path per locale; `locale` is undefined for the root locale. */
export function localePaths<P extends Record<string, string | undefined> = Record<never, never>>(
	extra: (tag: LocaleTag) => { params: P; props?: Record<string, unknown> }[] = () => [
		{ params: {} as P },
	]
) {
	return locales.flatMap((locale) =>
		extra(locale.tag).map(({ params, props }) => ({
			params: { locale: locale.slug, ...params },
			props: { tag: locale.tag, ...props },
		}))
	);
}
