/**
 * The locales Plan Atlas is published in. The first is the default and is served at the site root.
 * `tag` is the BCP-47 tag used for catalogue text keys, Intl formatters and UI string files;
 * `slug` is the URL segment Starlight uses for the locale (undefined for the root locale).
 */
export const locales = [
	{ tag: 'en', slug: undefined, label: 'English' },
	{ tag: 'zh-CN', slug: 'zh-cn', label: '简体中文' },
	{ tag: 'zh-TW', slug: 'zh-tw', label: '繁體中文' },
	{ tag: 'ko', slug: 'ko', label: '한국어' },
	{ tag: 'pl', slug: 'pl', label: 'Polski' },
] as const;

/** A BCP-47 tag of a published locale, e.g. `zh-TW`. */
export type LocaleTag = (typeof locales)[number]['tag'];

/** Every published locale tag, default first. */
export const localeTags = locales.map((l) => l.tag) as [LocaleTag, ...LocaleTag[]];

/** The locale served at the site root (the first of the list), and the one every catalogue text has. */
export const defaultLocale = locales[0].tag;

/** Finds a locale by its BCP-47 tag (case-insensitive) or URL slug; undefined when unknown. */
export function findLocale(tagOrSlug: string | undefined) {
	if (tagOrSlug === undefined) return locales[0];
	const wanted = tagOrSlug.toLowerCase();
	return locales.find((l) => l.tag.toLowerCase() === wanted || l.slug === wanted);
}
