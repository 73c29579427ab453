/** Tiers a vendor sells or includes, and add-ons bought on top of them. */
import { z } from 'zod';
import { severityIdSchema, slugSchema } from './ids.ts';
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
	includes: slugSchema
		.optional()
		.describe(
			'Id of a tier whose targets and coverage this tier includes (e.g. a premium tier supplemental to an enterprise one); its own targets replace those they match.'
		),
	includesRef: referenceSchema
		.optional()
		.describe('Where the terms say the tier includes the other.'),
	levels: z
		.array(severityIdSchema)
		.optional()
		.describe(
			'Severity ids the tier offers. Absent: the levels its targets name. A level listed without a target is offered with no published target.'
		),
	levelsRef: referenceSchema.optional().describe('Where the levels the tier offers come from.'),
	coverage: coverageSchema
		.optional()
		.describe('Which calendar applies; needed when the tier (or a tier it includes) has targets.'),
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
	liftsTo: slugSchema
		.optional()
		.describe(
			"Id of a tier whose targets and coverage apply to holders of the add-on instead of their own tier's."
		),
	targets: z
		.array(targetSchema)
		.optional()
		.describe("Targets the add-on sets; each replaces the tier's target it matches."),
	coverage: coverageSchema.optional().describe("Coverage the add-on's targets count on."),
	ref: referenceSchema.optional().describe('Where the add-on and its terms come from.'),
});
