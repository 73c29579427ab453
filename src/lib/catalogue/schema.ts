/**
 * The catalogue's shape, declared once and composed here from its parts (schema/*.ts). TypeScript
 * types are inferred from these schemas, the editor JSON Schema is generated from them (see
 * json-schema.ts), and the validator parses with them. Every object is strict so that a misspelt key
 * fails instead of being silently ignored.
 */
import { z } from 'zod';
import { slugSchema } from './schema/ids.ts';
import { localizedTextSchema, plainTextSchema } from './schema/text.ts';
import type {
	holidayRulesSchema,
	weeklyCalendarSchema,
	yearlyRuleSchema,
} from './schema/calendar.ts';
import { calendarSchema } from './schema/calendar.ts';
import type {
	deadlineTargetSchema,
	durationSchema,
	targetSchema,
	updateTargetSchema,
} from './schema/target.ts';
import type { featureSchema, featureValueSchema } from './schema/feature.ts';
import { featureCategorySchema } from './schema/feature.ts';
import { addOnSchema, tierSchema } from './schema/tier.ts';
import { clockStartSchema, requestTypeSchema, ticketAttributeSchema } from './schema/ticket.ts';
import { creditSchema, dutySchema } from './schema/obligations.ts';
import { effectiveDateSchema, termsVersionSchema } from './schema/versions.ts';
import type { severityLevelSchema } from './schema/severity.ts';
import { severitySchemeSchema } from './schema/severity.ts';
import {
	referenceSchema,
	assumptionSchema,
	faqEntrySchema,
	footnoteSchema,
	sourceSchema,
} from './schema/provenance.ts';

/** One vendor: its tiers, severities, coverage, features and texts. One YAML file per vendor. */
export const vendorSchema = z
	.strictObject({
		$schema: z.string().optional().describe('Editor hint; ignored by the site.'),
		id: slugSchema.describe('Stable id; must match the file name.'),
		name: plainTextSchema.describe('Brand name, written the same in every locale.'),
		summary: localizedTextSchema,
		sources: z.array(sourceSchema).min(1, 'expected at least one source document'),
		howToOpenTicket: localizedTextSchema.optional(),
		notes: z
			.array(
				z.strictObject({
					id: slugSchema,
					text: localizedTextSchema,
					ref: referenceSchema.optional().describe('Where the note comes from.'),
				})
			)
			.optional()
			.describe('Terms that are not a tier of their own (e.g. community users).'),
		severities: severitySchemeSchema.optional(),
		requestTypes: z
			.array(requestTypeSchema)
			.optional()
			.describe('Kinds of request with their own reply times besides severity levels.'),
		attributes: z
			.array(ticketAttributeSchema)
			.optional()
			.describe(
				'Ticket attributes (product, language, channel, a choice at submission) that select coverage or targets.'
			),
		clockStart: clockStartSchema
			.optional()
			.describe(
				"When the clock of the vendor's deadline targets starts, unless a target says otherwise. Absent: at opening, stated nowhere (readers are told)."
			),
		duties: z
			.array(dutySchema)
			.optional()
			.describe('What the customer must do for targets to hold.'),
		credits: z
			.array(creditSchema)
			.optional()
			.describe('Service credits owed when targets are missed.'),
		calendars: z.array(calendarSchema).min(1, 'expected at least one coverage calendar'),
		tiers: z.array(tierSchema).min(1, 'expected at least one tier'),
		addOns: z.array(addOnSchema).optional(),
		categories: z.array(featureCategorySchema).default([]),
		assumptions: z.array(assumptionSchema).default([]),
		footnotes: z.array(footnoteSchema).default([]),
		faq: z.array(faqEntrySchema).default([]),
		effective: effectiveDateSchema
			.optional()
			.describe('When these (the current) terms took effect, where known.'),
		effectiveRef: referenceSchema
			.optional()
			.describe(
				'Where the effective date comes from: the source that states it, or the assumption that fills it in where the vendor dates its terms nowhere.'
			),
		history: z
			.array(termsVersionSchema)
			.optional()
			.describe(
				'Earlier versions of the terms, newest first, each written as what differed from the next newer one.'
			),
	})
	.describe('A vendor of the Plan Atlas catalogue.');

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Duration = z.infer<typeof durationSchema>;
export type WeeklyCalendar = z.infer<typeof weeklyCalendarSchema>;
export type HolidayRules = z.infer<typeof holidayRulesSchema>;
export type YearlyHolidayRule = z.infer<typeof yearlyRuleSchema>;
export type Calendar = z.infer<typeof calendarSchema>;
export type Target = z.infer<typeof targetSchema>;
export type DeadlineTarget = z.infer<typeof deadlineTargetSchema>;
export type UpdateTarget = z.infer<typeof updateTargetSchema>;
export type FeatureValue = z.infer<typeof featureValueSchema>;
export type Feature = z.infer<typeof featureSchema>;
export type FeatureCategory = z.infer<typeof featureCategorySchema>;
export type Tier = z.infer<typeof tierSchema>;
export type SeverityLevel = z.infer<typeof severityLevelSchema>;
export type Vendor = z.infer<typeof vendorSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Assumption = z.infer<typeof assumptionSchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type TicketAttribute = z.infer<typeof ticketAttributeSchema>;
export type RequestType = z.infer<typeof requestTypeSchema>;
export type ClockStart = z.infer<typeof clockStartSchema>;
export type Duty = z.infer<typeof dutySchema>;
export type TermsVersion = z.infer<typeof termsVersionSchema>;
export type Credit = z.infer<typeof creditSchema>;
export type AddOn = z.infer<typeof addOnSchema>;
export type Conditions = NonNullable<Target['when']>;
/** The whole catalogue: vendors in a stable order (by id). */
export type Catalogue = { vendors: Vendor[] };
