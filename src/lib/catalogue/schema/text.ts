/** Texts readers see: plain text the same in every locale, and text in every published locale. */
import { z } from 'zod';
import { localeTags } from '#lib/locales.ts';
import { findHtmlInjection, htmlInjectionMessage, noHtmlInjection } from '../html-injection.ts';

/** Marker in the error text of a missing locale key; the error reporter gathers them per text. */
export const MISSING_TRANSLATION = 'missing translation';

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
	issue.input === undefined ? MISSING_TRANSLATION : 'expected text'
).meta({
	// One definition in the editor JSON Schema, referenced by every text, instead of a copy of the pattern in each.
	id: 'translation',
	description:
		'Text in one locale, shown as typed (never as markup); <script>, <style>, frames, <object>, <embed>, <link>, <meta>, <base>, on…= event handlers and javascript: URLs are rejected.',
});

/** A human-readable text in every published locale (keys are BCP-47 tags: en, zh-CN, zh-TW, ko, pl). */
export const localizedTextSchema = z
	.strictObject(
		Object.fromEntries(localeTags.map((tag) => [tag, translation])) as Record<
			(typeof localeTags)[number],
			typeof translation
		>,
		{
			error: (issue) =>
				issue.code === 'invalid_type'
					? `expected a text in every locale (${localeTags.join(', ')})`
					: undefined,
		}
	)
	.describe(`A text written in every locale: ${localeTags.join(', ')}.`);
