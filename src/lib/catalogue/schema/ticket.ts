/**
 * What a ticket brings besides its severity that selects coverage and targets: attributes (product,
 * language, channel, a choice made when submitting), request types (licensing, billing) with their own
 * reply times, and the event that starts a target's clock.
 */
import { z } from 'zod';
import { slugSchema } from './ids.ts';
import { localizedTextSchema } from './text.ts';
import { referenceSchema } from './provenance.ts';

export const attributeKinds = ['product', 'language', 'channel', 'choice'] as const;

/** A property of a ticket that selects coverage or targets, with the values it can take. */
export const ticketAttributeSchema = z
	.strictObject({
		id: slugSchema.describe('Stable id; targets and coverage rules name it in "when".'),
		kind: z
			.enum(attributeKinds, { error: `expected a kind: ${attributeKinds.join(', ')}` })
			.describe(
				'product (product or deployment), language (of support), channel (how the ticket is sent), or choice (made by the customer when submitting).'
			),
		name: localizedTextSchema.describe('The question readers answer, e.g. "Deployment".'),
		values: z
			.array(z.strictObject({ id: slugSchema, name: localizedTextSchema }))
			.min(2, 'expected at least two values: an attribute with one value selects nothing'),
		default: slugSchema
			.optional()
			.describe(
				'Value used when the reader gives none (shown as assumed); without one, readers are asked.'
			),
		ref: referenceSchema.optional().describe('Where the attribute and its values come from.'),
	})
	.describe('A ticket attribute that selects coverage or targets.');

/**
 * Conditions on ticket attributes: attribute id → the value (or values) it must have. A target or
 * coverage rule with conditions applies only to tickets that meet all of them.
 */
export const conditionsSchema = z
	.record(slugSchema, z.union([slugSchema, z.array(slugSchema).min(1)]))
	.refine((when) => Object.keys(when).length > 0, { message: 'expected at least one condition' })
	.describe('Attribute id → value id (or a list of value ids) the ticket must have.');

/** A kind of request with its own reply times, besides problems ranked by severity. */
export const requestTypeSchema = z.strictObject({
	id: slugSchema.describe('Stable id; targets name it in "requestType".'),
	name: localizedTextSchema.describe('e.g. "Licensing and renewal questions".'),
	description: localizedTextSchema.optional(),
	ref: referenceSchema.optional().describe('Where this request type comes from.'),
});

export const clockStartEvents = ['opened', 'severity-assigned', 'first-response'] as const;

/**
 * When a target's clock starts: when the ticket is opened (submitted), when the vendor assigns its
 * severity, or (for updates) at the first response.
 */
export const clockStartSchema = z
	.strictObject({
		event: z
			.enum(clockStartEvents, { error: `expected an event: ${clockStartEvents.join(', ')}` })
			.describe(
				'opened (submitted), severity-assigned (when the vendor sets the severity or priority), first-response (updates only).'
			),
		ref: referenceSchema.describe('Where the terms say so, or the assumption that fills it in.'),
	})
	.describe('When the clock of a target starts.');
