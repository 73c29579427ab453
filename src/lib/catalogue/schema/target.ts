/** Targets: durations, the clock that counts them, deadlines and update cadence, and which calendar applies. */
import { z } from 'zod';
import { severityIdSchema, slugSchema } from './ids.ts';
import { referenceSchema } from './provenance.ts';
import { clockStartSchema, conditionsSchema } from './ticket.ts';

export const durationUnits = ['minutes', 'hours', 'business-days'] as const;
export const businessDayCounts = ['covered-time', 'end-of-day'] as const;

/** The largest value of each unit, and the step its values come in. */
const DURATION_BOUNDS = {
	minutes: { max: 525_600, steps: 1, stepMessage: 'expected a whole number of minutes' },
	hours: { max: 8_760, steps: 60, stepMessage: 'expected hours that make whole minutes, e.g. 1.5' },
	'business-days': {
		max: 366,
		steps: 2,
		stepMessage: 'expected whole or half business days, e.g. 2 or 0.5',
	},
} as const;
/** An amount of time: minutes, hours, or business days (one business day = one day's covered hours). */
export const durationSchema = z
	.strictObject({
		value: z
			.number({ error: 'expected a number' })
			.positive('expected a duration greater than zero')
			.describe('How many units.'),
		unit: z
			.enum(durationUnits, { error: `expected a unit: ${durationUnits.join(', ')}` })
			.describe('minutes, hours or business-days.'),
		count: z
			.enum(businessDayCounts, {
				error: `expected a count: ${businessDayCounts.join(', ')}`,
			})
			.optional()
			.describe(
				'For business days only: "covered-time" (default) counts N days\' worth of covered hours from the clock start; "end-of-day" falls due when covered hours end on the Nth business day (the day the clock starts counts as the first only when the ticket arrived before that day\'s hours began).'
			),
	})
	.superRefine((duration, ctx) => {
		if (duration.count !== undefined && duration.unit !== 'business-days')
			ctx.addIssue({
				code: 'custom',
				message: 'expected "count" only on a duration in business-days',
				path: ['count'],
			});
		else if (duration.count === 'end-of-day' && !Number.isInteger(duration.value))
			ctx.addIssue({
				code: 'custom',
				message: 'expected whole business days with count "end-of-day"',
				path: ['value'],
			});
		// Whole minutes (and half business days) keep the engine's arithmetic exact; a year is more than
		// any support target needs.
		const bound = DURATION_BOUNDS[duration.unit];
		if (duration.value > bound.max)
			ctx.addIssue({
				code: 'custom',
				message: `expected at most ${bound.max} ${duration.unit} (a year)`,
				path: ['value'],
			});
		else if (!Number.isInteger(duration.value * bound.steps))
			ctx.addIssue({ code: 'custom', message: bound.stepMessage, path: ['value'] });
	});

export const commitments = ['guaranteed', 'target', 'best-effort'] as const;
export const bounds = ['within', 'less-than'] as const;

export const clocks = ['covered', 'calendar'] as const;
/** Which clock counts a target: covered time (coverage hours only) or calendar (elapsed) time. */
export const clockSchema = z.enum(clocks, { error: `expected a clock: ${clocks.join(', ')}` });

const targetBase = {
	severity: severityIdSchema
		.optional()
		.describe(
			'Severity id this target applies to; absent for targets that do not depend on severity.'
		),
	requestType: slugSchema
		.optional()
		.describe(
			"Id of the request type (see the vendor's requestTypes) this target applies to instead of a severity."
		),
	when: conditionsSchema
		.optional()
		.describe(
			'Ticket attributes this target applies to, e.g. { deployment: server }; the most specific matching target wins.'
		),
	starts: clockStartSchema
		.optional()
		.describe('When the clock starts, where it differs from the vendor\'s "clockStart".'),
	commitment: z
		.enum(commitments, { error: `expected a commitment: ${commitments.join(', ')}` })
		.optional()
		.describe(
			'How firm the figure is, as the terms word it: guaranteed, a target, or best effort. Absent when they do not say.'
		),
	bound: z
		.enum(bounds, { error: `expected a bound: ${bounds.join(', ')}` })
		.optional()
		.describe(
			'"less-than" where the terms write "< 1 hour"; absent for "within" (at most the duration).'
		),
	clock: clockSchema
		.default('covered')
		.describe('"covered" counts only coverage hours; "calendar" counts elapsed time.'),
	footnotes: z.array(slugSchema).optional().describe('Ids of footnotes that qualify this target.'),
	ref: referenceSchema.optional().describe('Where the figure comes from.'),
	clockRef: referenceSchema
		.optional()
		.describe(
			'Where the counting clock (covered or elapsed time) comes from; required for a target in minutes or hours on weekly coverage.'
		),
};

/** A deadline measured from when the ticket was opened. */
export const deadlineTargetSchema = z.strictObject({
	kind: z
		.enum(['first-response', 'resolution', 'inquiry-response'])
		.describe('What must happen by the deadline.'),
	within: durationSchema.describe('How long the vendor has.'),
	...targetBase,
});

/** How often the vendor sends updates once it has first responded. */
export const updateTargetSchema = z
	.strictObject({
		kind: z.literal('update'),
		every: durationSchema.optional().describe('Interval between updates, e.g. 24 hours.'),
		timesPerDay: z
			.number()
			.int('expected a whole number')
			.positive('expected at least 1')
			.max(96, 'expected at most 96 updates a day (one every 15 minutes)')
			.optional()
			.describe('Updates a day, e.g. 2 for "twice a day".'),
		...targetBase,
	})
	.refine((t) => (t.every === undefined) !== (t.timesPerDay === undefined), {
		message: 'expected exactly one of "every" or "timesPerDay"',
	});

/** A support target of a tier. */
export const targetSchema = z.discriminatedUnion(
	'kind',
	[updateTargetSchema, deadlineTargetSchema],
	{
		error: 'expected a target whose kind is first-response, update, resolution or inquiry-response',
	}
);

/** A calendar that applies to tickets with certain attributes (and, optionally, severities). */
export const coverageRuleSchema = z.strictObject({
	when: conditionsSchema,
	severities: z
		.array(severityIdSchema)
		.optional()
		.describe('Severity ids the rule applies to; absent for every level.'),
	calendar: slugSchema.describe('Calendar id that applies.'),
	ref: referenceSchema.optional().describe('Where the terms say so.'),
});

/** Which coverage calendar applies, by default and for particular severities or ticket attributes. */
export const coverageSchema = z.strictObject({
	default: slugSchema.describe(
		'Calendar id for every severity not listed below, and for targets without a severity.'
	),
	severities: z
		.record(severityIdSchema, slugSchema)
		.optional()
		.describe('Calendar id per severity id, e.g. { P1: always }.'),
	rules: z
		.array(coverageRuleSchema)
		.optional()
		.describe(
			'Calendars selected by ticket attributes, e.g. Japanese-language tickets on Tokyo hours; the first rule that matches wins over "severities" and "default".'
		),
});
