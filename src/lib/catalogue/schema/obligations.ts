/** Terms around the targets: what the customer must do, and what the vendor owes when it misses. */
import { z } from 'zod';
import { severityIdSchema, slugSchema } from './ids.ts';
import { localizedTextSchema } from './text.ts';
import { referenceSchema } from './provenance.ts';

/** Something the customer must do for a target to hold, and what happens otherwise. */
export const dutySchema = z.strictObject({
	id: slugSchema,
	text: localizedTextSchema.describe(
		'What the customer must do, e.g. be reachable around the clock.'
	),
	tiers: z.array(slugSchema).optional().describe('Tier ids it applies to; absent for every tier.'),
	severities: z
		.array(severityIdSchema)
		.optional()
		.describe('Severity ids it applies to; absent for every level.'),
	downgradeTo: severityIdSchema
		.optional()
		.describe('The level the ticket is handled at when the customer does not do it.'),
	ref: referenceSchema.optional().describe('Where the duty comes from.'),
});

export const creditBases = ['monthly-fee', 'quarterly-fee', 'annual-fee'] as const;
export const creditPeriods = ['month', 'quarter', 'year'] as const;

/** A service credit the vendor owes when it misses its targets. */
export const creditSchema = z.strictObject({
	id: slugSchema,
	tiers: z.array(slugSchema).optional().describe('Tier ids it applies to; absent for every tier.'),
	percent: z
		.number({ error: 'expected a number' })
		.positive('expected a percentage greater than zero')
		.max(100, 'expected at most 100 (per cent)')
		.describe('Credit as a percentage of the fee named in "of".'),
	of: z
		.enum(creditBases, { error: `expected a fee: ${creditBases.join(', ')}` })
		.describe('The fee the percentage is of.'),
	missedTargets: z
		.strictObject({
			moreThan: z.number().int('expected a whole number').min(0, 'expected 0 or more'),
			per: z.enum(creditPeriods, { error: `expected a period: ${creditPeriods.join(', ')}` }),
		})
		.describe('Owed when more than this many tickets miss a target in the period.'),
	claimWithinDays: z
		.number()
		.int('expected a whole number of days')
		.positive('expected at least 1 day')
		.max(366, 'expected at most 366 days')
		.optional()
		.describe('Days after the period within which the customer must claim it.'),
	note: localizedTextSchema.optional().describe('Anything else the terms attach to the credit.'),
	ref: referenceSchema.optional().describe('Where the credit comes from.'),
});
