/** Tiers a vendor sells or includes, and add-ons bought on top of them. */
import { z } from 'zod';
import { slugSchema } from './ids.ts';
import { localizedTextSchema } from './text.ts';
import { coverageSchema, targetSchema } from './target.ts';
import { referenceSchema } from './provenance.ts';

/** A plan, tier or offering the vendor sells or includes. */
export const tierSchema = z.strictObject({
	id: slugSchema.describe('Stable id; part of the plan page URL.'),
	name: localizedTextSchema,
	summary: localizedTextSchema.describe('One or two sentences on what the tier is for.'),
	availability: z
		.enum(['included', 'purchase'], { error: 'expected "included" or "purchase"' })
		.describe('Included with the product, or bought separately.'),
	availabilityNote: localizedTextSchema
		.optional()
		.describe('Who gets it or with what it is included.'),
	eligibility: z
		.array(localizedTextSchema)
		.optional()
		.describe("Others the tier's terms also apply to (e.g. trial customers)."),
	coverage: coverageSchema,
	targets: z.array(targetSchema).default([]),
	availabilityRef: referenceSchema
		.optional()
		.describe('Where "included" or "purchase" comes from.'),
});

/** An extra bought on top of a tier. */
export const addOnSchema = z.strictObject({
	id: slugSchema,
	name: localizedTextSchema,
	description: localizedTextSchema,
	availableFor: z.array(slugSchema).min(1).describe('Tier ids the add-on can be bought with.'),
});
