/** Dated versions of a vendor's terms: when the current terms took effect, and earlier versions. */
import { z } from 'zod';
import { isIsoDate } from '#lib/time/days.ts';
import { sourceSchema } from './provenance.ts';

/**
 * When terms took effect: a day (YYYY-MM-DD), or a month (YYYY-MM) where the vendor gives only a
 * month; a month counts from its first day.
 */
export const effectiveDateSchema = z
	.string({ error: 'expected a date written YYYY-MM-DD, or YYYY-MM for a month' })
	.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, {
		error: 'expected a date written YYYY-MM-DD, or YYYY-MM for a month',
		abort: true,
	})
	.refine((d) => isIsoDate(d.length === 7 ? `${d}-01` : d), {
		error: 'expected a date that exists on the calendar',
	});

/**
 * An earlier version of the terms, written as what differed from the next newer one. `changes` has
 * the keys of a vendor file: an object is merged key by key, `null` removes a key; a list of items
 * with ids (tiers, calendars, levels…) is merged by id, an item `{ id, removed: true }` removes one;
 * a list of targets is merged by kind, level, request type and conditions (`removed: true` removes
 * one); any other list is replaced whole.
 */
export const termsVersionSchema = z.strictObject({
	effective: effectiveDateSchema.describe(
		'When this version took effect: YYYY-MM-DD, or YYYY-MM where the vendor gives only a month.'
	),
	sources: z
		.array(sourceSchema)
		.min(1, 'expected at least one source document')
		.optional()
		.describe("The documents of this version; absent: the vendor's sources."),
	changes: z
		.record(z.string(), z.unknown())
		.describe(
			'How this version differed from the next newer one, with the keys of a vendor file (see the README, "Dated terms").'
		),
});
