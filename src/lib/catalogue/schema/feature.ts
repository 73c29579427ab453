/** Comparison rows: a capability with each tier's value, grouped in categories. */
import { z } from 'zod';
import { slugSchema } from './ids.ts';
import { localizedTextSchema } from './text.ts';
import { durationSchema } from './target.ts';
import { referenceSchema } from './provenance.ts';

export const frequencies = [
	'on-request',
	'daily',
	'weekly',
	'biweekly',
	'monthly',
	'quarterly',
	'twice-yearly',
	'yearly',
] as const;

/**
 * A tier's value for a feature. `true`/`false` mean included / not included; `null` means the source
 * does not say (shown as "not stated", never guessed).
 */
export const featureValueSchema = z.union(
	[
		z.boolean(),
		z.null(),
		z.discriminatedUnion(
			'kind',
			[
				z.strictObject({
					kind: z.literal('number'),
					value: z.number({ error: 'expected a number' }),
					qualifier: z.enum(['exactly', 'at-most', 'at-least', 'about']).default('exactly'),
					unit: localizedTextSchema.optional().describe('What is counted, e.g. "hours a week".'),
				}),
				z.strictObject({ kind: z.literal('text'), text: localizedTextSchema }),
				z.strictObject({ kind: z.literal('duration'), duration: durationSchema }),
				z.strictObject({
					kind: z.literal('method'),
					method: localizedTextSchema.describe('How it is delivered, e.g. "video call".'),
					frequency: z.enum(frequencies, {
						error: `expected a frequency: ${frequencies.join(', ')}`,
					}),
				}),
				z.strictObject({ kind: z.literal('list'), items: z.array(localizedTextSchema).min(1) }),
			],
			{ error: 'expected kind: number, text, duration, method or list' }
		),
	],
	{ error: 'expected true, false, null, or an object with a "kind"' }
);

/**
 * What a feature row means beyond its own line in the comparison, for the views that need it by
 * meaning rather than by id: `channels` holds each tier's ways of reaching support, shown among the
 * tier's key facts, from one row naming them in words or from yes/no rows, one per channel;
 * `named-contacts` whether (or how many) named contacts a tier has; `account-manager` whether it
 * includes an account manager (technical or not). The comparison across vendors and the plan
 * finder read the last two.
 */
export const featureRoles = ['channels', 'named-contacts', 'account-manager'] as const;
export type FeatureRole = (typeof featureRoles)[number];

/** A row of the comparison: one capability, with each tier's value. */
export const featureSchema = z.strictObject({
	id: slugSchema.describe('Stable id; becomes the row anchor, e.g. #feature-named-contacts.'),
	name: localizedTextSchema,
	description: localizedTextSchema.optional(),
	role: z
		.enum(featureRoles, { error: `expected a role: ${featureRoles.join(', ')}` })
		.optional()
		.describe(
			'"channels": this row holds each tier\'s contact channels, shown among the tier\'s key facts on the home page and plan pages: either one row whose values name them (text, list or null), or yes/no rows, one per channel, named by the row. "named-contacts": whether (or how many) named contacts each tier has. "account-manager": whether each tier includes an account manager, technical or not. The comparison across vendors and the plan finder read these two.'
		),
	values: z
		.record(slugSchema, featureValueSchema)
		.describe('Value per tier id; every tier needs one.'),
	footnotes: z.array(slugSchema).optional().describe('Ids of footnotes that qualify this row.'),
	ref: referenceSchema.optional().describe('Where every value of this row comes from.'),
	refs: z
		.record(slugSchema, referenceSchema)
		.optional()
		.describe('Where one tier\'s value comes from, by tier id; overrides "ref" for that tier.'),
});

/** A group of feature rows. */
export const featureCategorySchema = z.strictObject({
	id: slugSchema,
	name: localizedTextSchema,
	features: z.array(featureSchema).min(1, 'expected at least one feature'),
});
