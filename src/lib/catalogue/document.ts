/**
 * The catalogue as data: the document served at /catalogue.json and its JSON Schema. The vendors
 * are exactly the validated vendor files (defaults filled in), so the published vendor schema
 * describes each of them; the envelope adds a format version and the locale list.
 */
import { z } from 'zod';
import { localeTags, type LocaleTag } from '#lib/locales.ts';
import { VENDOR_SCHEMA_PATH } from './json-schema.ts';
import type { Catalogue, Vendor } from './schema.ts';
import { withBase } from '#lib/routes.ts';

/** Raised only when the document's shape changes in a way that breaks readers. */
const CATALOGUE_FORMAT_VERSION = 1;

/** The stable URL path of the document's JSON Schema. */
const CATALOGUE_SCHEMA_PATH = '/schema/catalogue.schema.json';

/** The shape of /catalogue.json. */
export interface CatalogueDocument {
	$schema: string;
	/** Format version; see CATALOGUE_FORMAT_VERSION. */
	version: typeof CATALOGUE_FORMAT_VERSION;
	/** The locales every text is written in, default first. */
	locales: LocaleTag[];
	/** Every vendor, sorted by id, as validated from content/vendors/<id>.yaml. */
	vendors: Omit<Vendor, '$schema'>[];
}

/** Builds the document from a validated catalogue. */
export function catalogueDocument(catalogue: Catalogue): CatalogueDocument {
	return {
		// Root-relative, so it resolves on whatever host and base path serves the site.
		$schema: withBase(CATALOGUE_SCHEMA_PATH),
		version: CATALOGUE_FORMAT_VERSION,
		locales: [...localeTags],
		// The editor hint of a vendor file says nothing about the vendor.
		vendors: catalogue.vendors.map(({ $schema: _hint, ...vendor }) => vendor),
	};
}

/** The envelope, declared with zod like the rest of the catalogue; vendors are checked by the vendor schema. */
const envelopeSchema = z
	.strictObject({
		$schema: z.string().describe('URL path of this JSON Schema.'),
		version: z
			.literal(CATALOGUE_FORMAT_VERSION)
			.describe('Format version; changes only when the shape changes incompatibly.'),
		locales: z
			.array(z.enum(localeTags))
			.min(1)
			.describe('The locales every text is written in, default first.'),
		vendors: z
			.array(z.unknown())
			.describe('Every vendor, sorted by id; each one is a valid vendor file.'),
	})
	.describe('The Plan Atlas catalogue: every vendor in one document.');

/** The JSON Schema of /catalogue.json (draft-07), generated from zod; vendors refer to the vendor schema. */
export function catalogueJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(envelopeSchema, { target: 'draft-7', io: 'output' }) as Record<
		string,
		unknown
	> & { properties: Record<string, Record<string, unknown>> };
	const vendorRef = VENDOR_SCHEMA_PATH.slice(VENDOR_SCHEMA_PATH.lastIndexOf('/') + 1);
	schema.properties.vendors = { ...schema.properties.vendors, items: { $ref: vendorRef } };
	return {
		...schema,
		$id: `https://plan-atlas.invalid${CATALOGUE_SCHEMA_PATH}`,
		title: 'Plan Atlas catalogue',
	};
}
