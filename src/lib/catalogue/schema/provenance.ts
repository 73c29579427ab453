/** Where facts come from: source documents, references into them, and assumptions for what they leave open. */
import { z } from 'zod';
import { slugSchema } from './ids.ts';
import { localizedTextSchema, optionalLocalizedTextSchema, plainTextSchema } from './text.ts';
import { isoDateSchema } from './time-values.ts';
import { isLanguageTag } from '../language-tag.ts';

/**
 * Where a value comes from: a source document (by id, optionally with a locator in the source's own
 * words), an assumption (by id) for what the source does not state, or both (a figure the source gives,
 * read in a way it does not spell out).
 */
export const referenceSchema = z
	.strictObject({
		source: slugSchema
			.optional()
			.describe("Id of the source document that states the value (see the vendor's sources)."),
		locator: plainTextSchema
			.optional()
			.describe('Where in the source, in its own words: section, table, row.'),
		editions: z
			.record(slugSchema, plainTextSchema)
			.optional()
			.describe(
				"Where the same value stands in each edition of the source (a source with `editionOf` naming it), by the edition's id, in the edition's own words; readers of an edition's language are cited that edition there."
			),
		assumption: slugSchema
			.optional()
			.describe('Id of the assumption that fills in what the source does not state.'),
	})
	.refine((r) => r.source !== undefined || r.assumption !== undefined, {
		message: 'expected "source", "assumption" or both',
	})
	.refine((r) => r.locator === undefined || r.source !== undefined, {
		message: 'expected "source" beside "locator": a locator points into a source',
		path: ['locator'],
	})
	.refine((r) => r.editions === undefined || r.locator !== undefined, {
		message:
			'expected "locator" beside "editions": the editions\' locators give the same place in other languages',
		path: ['editions'],
	})
	.describe(
		'Provenance: a source (with an optional locator), an assumption, or both. A vendor with a single source may leave it out where that source states the value.'
	);

/** A fact the source leaves open that the catalogue fills in; shown to readers as an assumption. */
export const assumptionSchema = z.strictObject({
	id: slugSchema,
	label: localizedTextSchema
		.optional()
		.describe(
			'A few words naming what is assumed (e.g. "business hours"), shown on the marker beside a value; without it the marker shows the number alone.'
		),
	text: localizedTextSchema,
	tiers: z
		.array(slugSchema)
		.optional()
		.describe(
			'Tier ids it concerns as a whole (e.g. how the tier is obtained). Values it affects refer to it by id instead; an assumption with neither concerns the vendor as a whole.'
		),
});

export const footnoteSchema = z.strictObject({ id: slugSchema, text: localizedTextSchema });

export const faqEntrySchema = z.strictObject({
	id: slugSchema.describe('Stable id; becomes the question anchor.'),
	question: localizedTextSchema,
	answer: localizedTextSchema,
	ref: referenceSchema.optional().describe('Where the answer comes from.'),
});

/**
 * Characters a browser percent-encodes (or refuses) in an address, that an address copied from one
 * never holds: spaces, quotes, angle brackets, backticks, braces, "|", "\" and "^". Refused rather than
 * encoded here, so the link on the page is the address in the file.
 */
const UNSAFE_URL_CHARACTER = /[\s"'<>`{}|\\^]/;

/** The public document a vendor's facts come from. */
export const sourceSchema = z.strictObject({
	id: slugSchema.describe('Stable id; values refer to it as `ref: { source: <id> }`.'),
	title: plainTextSchema.describe('The document title as published, in its own language.'),
	gloss: optionalLocalizedTextSchema
		.optional()
		.describe(
			"The title translated for readers of other languages, by locale; shown beside the title, with the document's language, on pages in a language other than the document's."
		),
	publisher: plainTextSchema.describe('Who publishes the document, e.g. the vendor.'),
	language: z
		.string({ error: 'expected a BCP-47 language tag such as "en" or "zh-TW"' })
		.refine(isLanguageTag, {
			error: (issue) =>
				`expected a BCP-47 language tag such as "en" or "zh-TW"${typeof issue.input === 'string' && issue.input.includes('_') ? ` (with "-", not "_": "${issue.input.replaceAll('_', '-')}")` : ''}`,
		})
		.describe('BCP-47 tag of the document language.'),
	editionOf: slugSchema
		.optional()
		.describe(
			"Id of the source this document is an edition of: the same content in another language. Pages in this edition's language cite it (with the locators references give under `editions`); every other locale cites the source it is an edition of, the declared fallback."
		),
	url: z
		.httpUrl({ error: 'expected an http:// or https:// address' })
		.refine((url) => !UNSAFE_URL_CHARACTER.test(url), {
			error:
				'expected an address without spaces, quotes, angle brackets or other characters a browser would escape; write them percent-encoded, e.g. %22 for "',
		})
		.optional()
		.describe(
			'Where the document itself is published (http or https only: it becomes a link); never a home page or another page that does not hold the terms.'
		),
	urlNote: localizedTextSchema
		.optional()
		.describe(
			'Why the document has no address here (e.g. it was read from a copy that gives none); shown where the link would be.'
		),
	retrieved: isoDateSchema.describe(
		'When the catalogue was last checked against the document (YYYY-MM-DD); not in the future.'
	),
	effective: isoDateSchema
		.optional()
		.describe('When the terms took effect, if the document says (YYYY-MM-DD).'),
});
