/**
 * Texts readers see: plain text the same in every locale, and text in the catalogue's default
 * language with translations into any of the other published locales.
 */
import { z } from 'zod';
import { defaultLocale, localeTags, type LocaleTag } from '#lib/locales.ts';
import { findHtmlInjection, htmlInjectionMessage, noHtmlInjection } from '../html-injection.ts';

/** Marker in the error text of a missing required locale key; the error reporter words it per text. */
export const MISSING_TEXT = 'missing text';

/**
 * The language every catalogue text must be written in: the site's default locale. A page in another
 * locale shows a text in this language where the text has no translation into the page's.
 */
export const catalogueLanguage = defaultLocale;

/** The published locales a text may be translated into, besides the catalogue's default language. */
export const translationLocales = localeTags.filter((tag) => tag !== catalogueLanguage);

/** What a text without its default language is told (reported at the text, not at the missing key). */
export const MISSING_DEFAULT_TEXT = `expected a text in ${catalogueLanguage}, the catalogue's default language`;

/** A non-empty text, trimmed, without script-like markup; `typeError` words a missing or non-text value. */
function textSchema(typeError: (issue: { input: unknown }) => string) {
	return z
		.string({ error: typeError })
		.trim()
		.min(1, 'expected non-empty text')
		.refine((text) => findHtmlInjection(text) === undefined, {
			error: (issue) => htmlInjectionMessage(issue.input),
		})
		.meta({ pattern: noHtmlInjection.source });
}

/** Plain text a reader sees that is the same in every locale (a brand name, a document title). */
export const plainTextSchema = textSchema(() => 'expected text');

const translation = textSchema((issue) =>
	issue.input === undefined ? MISSING_TEXT : 'expected text'
).meta({
	// One definition in the editor JSON Schema, referenced by every text, instead of a copy of the pattern in each.
	id: 'translation',
	description:
		'Text in one locale, shown as typed (never as markup); <script>, <style>, frames, <object>, <embed>, <link>, <meta>, <base>, on…= event handlers and javascript: URLs are rejected.',
});

/**
 * A text in any of the published locales, none required: a reader's help beside words the catalogue
 * keeps as published (a source's title translated). Keys are BCP-47 tags; any other key is an error.
 */
export const optionalLocalizedTextSchema = z
	.strictObject(
		Object.fromEntries(localeTags.map((tag) => [tag, translation.optional()])) as {
			[K in LocaleTag]: z.ZodOptional<typeof translation>;
		}
	)
	.describe(`A text in any of ${localeTags.join(', ')}, none required.`);

/** The keys of a localized text: the default language, required; every other locale, optional. */
const localizedShape = Object.fromEntries(
	localeTags.map((tag) => [tag, tag === catalogueLanguage ? translation : translation.optional()])
) as { [K in typeof catalogueLanguage]: typeof translation } & {
	[K in Exclude<LocaleTag, typeof catalogueLanguage>]: z.ZodOptional<typeof translation>;
};

/**
 * A human-readable text: required in the catalogue's default language (en), and in any of the other
 * published locales (zh-CN, zh-TW, ko, pl) it has been translated into. Keys are BCP-47 tags; any
 * other key is an error.
 */
export const localizedTextSchema = z
	.strictObject(localizedShape, {
		error: (issue) =>
			issue.code === 'invalid_type'
				? `expected a text by locale: ${catalogueLanguage} (the catalogue's default language, required), then any of ${translationLocales.join(', ')}`
				: undefined,
	})
	.describe(
		`A text in ${catalogueLanguage}, the catalogue's default language, and in any of ${translationLocales.join(', ')}; a page in a locale the text lacks shows it in ${catalogueLanguage}.`
	);
