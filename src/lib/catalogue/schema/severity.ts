/** A vendor's severity (or priority) scheme: its levels and an impact × urgency matrix. */
import { z } from 'zod';
import { severityIdSchema, slugSchema } from './ids.ts';
import { localizedTextSchema } from './text.ts';
import { referenceSchema } from './provenance.ts';
import { defaultLevelTerm, levelTerms } from '../level-terms.ts';

/** One severity level of the vendor's scheme. */
export const severityLevelSchema = z.strictObject({
	id: severityIdSchema,
	name: localizedTextSchema.describe('e.g. "Critical".'),
	definition: localizedTextSchema,
	examples: z.array(localizedTextSchema).default([]),
	ref: referenceSchema.optional().describe('Where the definition comes from.'),
});

/** An impact × urgency grid that derives the severity level. */
export const severityMatrixSchema = z.strictObject({
	impacts: z
		.array(z.strictObject({ id: slugSchema, name: localizedTextSchema }))
		.min(1)
		.describe('Columns, highest impact first.'),
	urgencies: z
		.array(z.strictObject({ id: slugSchema, name: localizedTextSchema }))
		.min(1)
		.describe('Rows, highest urgency first.'),
	levels: z
		.record(slugSchema, z.record(slugSchema, severityIdSchema))
		.describe('levels[urgency][impact] = severity id.'),
});

/** The vendor's severity scheme. */
export const severitySchemeSchema = z.strictObject({
	/**
	 * The word the vendor's own documents use for these levels. Pages name the levels with it in every
	 * locale ("Priority guide", 优先级, 우선순위), so readers see their vendor's word.
	 */
	term: z
		.enum(levelTerms, { error: `expected a term: ${levelTerms.join(', ')}` })
		.default(defaultLevelTerm)
		.describe(
			`The word the vendor's documents use for its levels: ${levelTerms.join(' or ')} (default ${defaultLevelTerm}). Pages name the levels with it.`
		),
	levels: z.array(severityLevelSchema).min(1, 'expected at least one severity level'),
	matrix: severityMatrixSchema.optional(),
	note: localizedTextSchema.optional().describe('How the vendor assigns or changes severity.'),
});
