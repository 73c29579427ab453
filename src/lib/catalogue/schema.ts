/**
 * The catalogue's shape, declared once. TypeScript types are inferred from these schemas, the editor
 * JSON Schema is generated from them (see json-schema.ts), and the validator parses with them.
 * Every object is strict so that a misspelt key fails instead of being silently ignored.
 */
import { z } from 'zod';
import { defaultLevelTerm, levelTerms } from '#lib/i18n/level-term.ts';
import { localeTags } from '#lib/i18n/locales.ts';
import { holidayRegions } from '#lib/sla/regions.ts';
import {
	isIanaZone,
	isIsoDate,
	isLanguageTag,
	minutesOfDay,
	weekdays,
	zoneProblem,
} from './values.ts';

export { isIanaZone, isIsoDate, minutesOfDay, weekdays };

/** Ids are stable slugs: they become URLs and anchors, so they never change once published. */
export const slugSchema = z
	.string({ error: 'expected an id (lower-case letters, digits and hyphens)' })
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'expected an id of lower-case letters, digits and hyphens, e.g. "named-contacts"'
	);

/** Severity ids keep the vendor's own spelling ("P1", "Severity 0"). */
export const severityIdSchema = z
	.string({ error: 'expected a severity id such as "P1"' })
	.regex(
		/^[A-Za-z0-9](?:[A-Za-z0-9 _-]*[A-Za-z0-9])?$/,
		'expected a severity id of letters, digits, spaces, "_" or "-", e.g. "P1" or "Severity 0"'
	);

/** Marker in the error text of a missing locale key; the error reporter gathers them per text. */
export const MISSING_TRANSLATION = 'missing translation';

/**
 * Markup that could run script or pull in other resources if a text ever reached a page unescaped.
 * Pages always escape catalogue text, so "<b>", "<img src=…>" or "a < b" simply show as typed; these
 * are rejected as well, as a second line of defence and because no support policy needs them:
 * - an opening or closing tag named script, style, iframe, frame, frameset, object, embed, applet,
 *   link, meta or base (`<script`, `</style`, `< iframe`: the name followed by anything but a letter,
 *   digit or hyphen, so `<scripts>` or `<meta-data>` pass);
 * - an event-handler attribute: "on" + letters + "=" after a space, "/" or a quote, somewhere after a
 *   "<" and a letter (`<img src=x onerror=…`, `<svg/onload =…`); prose without a tag before it, like
 *   "one = 1", and words that merely contain "on", like `<b>button=1`, pass;
 * - a `javascript:`, `vbscript:` or `data:text/html` URL (spaces allowed before the colon).
 * Letters match in either case. The rule is one regular expression so the editor JSON Schema carries it
 * as a `pattern` (JSON Schema patterns have no flags, hence the [Ss] classes).
 */
const anyCase = (word: string) =>
	[...word].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
const tagNames = [
	'script',
	'style',
	'iframe',
	'frameset',
	'frame',
	'object',
	'embed',
	'applet',
	'link',
	'meta',
	'base',
];
// `(?:\/\s*)?` rather than `\s*\/?\s*`: two adjacent `\s*` could split a long run of spaces in
// quadratically many ways before failing.
const dangerousTag = `<\\s*(?:\\/\\s*)?(?:${tagNames.map(anyCase).join('|')})(?![A-Za-z0-9-])`;
const eventHandler = `[\\s/"']${anyCase('on')}[A-Za-z]+\\s*=`;
const scriptUrl = `(?:${['javascript', 'vbscript'].map(anyCase).join('|')})\\s*:|${anyCase('data')}\\s*:\\s*${anyCase('text')}\\/${anyCase('html')}`;
const injection = [dangerousTag, `<[A-Za-z][\\s\\S]*?${eventHandler}`, scriptUrl].join('|');
/**
 * The same rule as one whole-text pattern, for the editor JSON Schema only (JSON Schema patterns have
 * no flags, hence the [Ss] classes). Validation does not run it: on a long text with many tags its
 * backtracking takes time that grows with the square of the length.
 */
const noHtmlInjection = new RegExp(`^(?![\\s\\S]*(?:${injection}))`);
const tagOrUrl = new RegExp(`${dangerousTag}|${scriptUrl}`);
const handlerPattern = new RegExp(eventHandler);
const tagStart = /<[A-Za-z]/;

/**
 * The first script-like markup in a text (see above), as the error message quotes it, or undefined.
 * Linear in the length of the text: each part of the rule is searched for once, left to right, and
 * an event handler only after the first `<` + letter.
 */
export function findHtmlInjection(text: string): string | undefined {
	const direct = tagOrUrl.exec(text);
	const open = tagStart.exec(text);
	let handler: RegExpExecArray | null = null;
	if (open) {
		handlerPattern.lastIndex = 0;
		handler = handlerPattern.exec(text.slice(open.index + 2));
	}
	// The leftmost match wins, as in the one-pattern rule: a handler's match starts at its "<".
	if (direct && (!handler || !open || direct.index <= open.index)) return direct[0];
	if (handler) return handler[0].slice(1);
	return direct?.[0];
}
/** Marker at the start of the error for script-like markup in a text. */
export const HTML_INJECTION = 'HTML injection';

/** The error for a text with script-like markup, quoting the markup found. */
function htmlInjectionMessage(input: unknown): string {
	const found = typeof input === 'string' ? findHtmlInjection(input) : undefined;
	return `${HTML_INJECTION}${found ? ` "${found}"` : ''}: expected plain text without <script>, <style>, <iframe>, <frame>, <object>, <embed>, <applet>, <link>, <meta> or <base> tags, on…= event handlers, or javascript:, vbscript: or data:text/html URLs`;
}

/** A non-empty text, trimmed, without script-like markup; `typeError` words a missing or non-text value. */
function textSchema(typeError: (issue: { input: unknown }) => string) {
	return z
		.string({ error: typeError })
		.trim()
		.min(1, 'expected non-empty text')
		.refine((text) => findHtmlInjection(text) === undefined, {
			error: (issue) => htmlInjectionMessage(issue.input),
		})
		.meta({ pattern: noHtmlInjection.source });
}

/** Plain text a reader sees that is the same in every locale (a brand name, a document title). */
export const plainTextSchema = textSchema(() => 'expected text');

const translation = textSchema((issue) =>
	issue.input === undefined ? MISSING_TRANSLATION : 'expected text'
).meta({
	// One definition in the editor JSON Schema, referenced by every text, instead of a copy of the pattern in each.
	id: 'translation',
	description:
		'Text in one locale, shown as typed (never as markup); <script>, <style>, frames, <object>, <embed>, <link>, <meta>, <base>, on…= event handlers and javascript: URLs are rejected.',
});

/** A human-readable text in every published locale (keys are BCP-47 tags: en, zh-CN, zh-TW, ko, pl). */
export const localizedTextSchema = z
	.strictObject(
		Object.fromEntries(localeTags.map((tag) => [tag, translation])) as Record<
			(typeof localeTags)[number],
			typeof translation
		>,
		{
			error: (issue) =>
				issue.code === 'invalid_type'
					? `expected a text in every locale (${localeTags.join(', ')})`
					: undefined,
		}
	)
	.describe(`A text written in every locale: ${localeTags.join(', ')}.`);

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDateSchema = z
	.string({ error: 'expected a date written YYYY-MM-DD' })
	// abort: a date not written YYYY-MM-DD gets that one error, not also "a date that exists".
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD', abort: true })
	.refine(isIsoDate, 'expected a date that exists on the calendar');

/** A wall-clock time, HH:MM on a 24-hour clock; 24:00 is allowed as the end of a day. */
export const clockTimeSchema = z
	.string({ error: 'expected a time written HH:MM' })
	.regex(
		/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,
		'expected a time written HH:MM, from 00:00 to 24:00'
	);

/** An IANA time zone name such as "Europe/Warsaw". */
export const ianaZoneSchema = z
	.string({ error: 'expected an IANA time zone name such as "Europe/Warsaw"' })
	.refine(isIanaZone, {
		error: (issue) =>
			zoneProblem(String(issue.input)) ?? 'expected an IANA time zone name such as "Europe/Warsaw"',
	});

/** A day of the week, as three lower-case letters. */
export const weekdaySchema = z.enum(weekdays, {
	error: `expected a weekday: ${weekdays.join(', ')}`,
});

/**
 * Where a value comes from: a source document (by id, optionally with a locator in the source's own
 * words), an assumption (by id) for what the source does not state, or both (a figure the source gives,
 * read in a way it does not spell out).
 */
export const referenceSchema = z
	.strictObject({
		source: slugSchema
			.optional()
			.describe("Id of the source document that states the value (see the vendor's sources)."),
		locator: plainTextSchema
			.optional()
			.describe('Where in the source, in its own words: section, table, row.'),
		assumption: slugSchema
			.optional()
			.describe('Id of the assumption that fills in what the source does not state.'),
	})
	.refine((r) => r.source !== undefined || r.assumption !== undefined, {
		message: 'expected "source", "assumption" or both',
	})
	.refine((r) => r.locator === undefined || r.source !== undefined, {
		message: 'expected "source" beside "locator": a locator points into a source',
		path: ['locator'],
	})
	.describe(
		'Provenance: a source (with an optional locator), an assumption, or both. A vendor with a single source may leave it out where that source states the value.'
	);

/** One block of covered hours, applied on each of the listed days. */
export const hoursBlockSchema = z
	.strictObject({
		days: z
			.array(weekdaySchema)
			.min(1, 'expected at least one weekday')
			.superRefine((days, ctx) => {
				days.forEach((day, index) => {
					if (days.indexOf(day) !== index)
						ctx.addIssue({
							code: 'custom',
							message: `expected each weekday once: ${day} is listed twice`,
							path: [index],
						});
				});
			})
			.describe('The weekdays these hours apply to.'),
		from: clockTimeSchema.describe('Start of coverage, wall-clock time in the calendar zone.'),
		to: clockTimeSchema.describe(
			'End of coverage (exclusive), wall-clock time in the calendar zone; 24:00 for midnight.'
		),
	})
	.refine((b) => minutesOfDay(b.from) < minutesOfDay(b.to), {
		message: 'expected "from" to be earlier than "to"',
		path: ['to'],
	});

/**
 * The zone a weekly calendar's hours are read in: a fixed IANA zone, "customer" (the customer's own
 * local time, taken from the calculator's time zone).
 */
export const calendarZoneSchema = z.union([z.literal('customer'), ianaZoneSchema], {
	error: 'expected "customer" or an IANA time zone name such as "Europe/Warsaw"',
});

const monthSchema = z
	.number({ error: 'expected a month number from 1 to 12' })
	.int('expected a month number from 1 to 12')
	.min(1, 'expected a month number from 1 to 12')
	.max(12, 'expected a month number from 1 to 12')
	.describe('Month, 1 (January) to 12 (December).');

/** Days in each month of a leap year: 29 February is allowed and closes only leap years. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date closed every year: a month and a day, optionally moved to Monday when on a weekend. */
export const yearlyDateRuleSchema = z
	.strictObject({
		month: monthSchema,
		day: z
			.number({ error: 'expected a day of the month from 1 to 31' })
			.int('expected a day of the month from 1 to 31')
			.min(1, 'expected a day of the month from 1 to 31')
			.max(31, 'expected a day of the month from 1 to 31')
			.describe('Day of the month.'),
		weekend: z
			.literal('monday', { error: 'expected "monday" (the only way a date moves)' })
			.optional()
			.describe(
				'"monday": when the date falls on a Saturday or Sunday, the Monday after is closed instead.'
			),
		name: localizedTextSchema.optional().describe('The holiday, as readers see it in the trace.'),
	})
	.refine((r) => r.day <= (MONTH_DAYS[r.month - 1] ?? 31), {
		message: 'expected a day that exists in that month',
		path: ['day'],
	})
	.describe('Closed on this month and day every year, e.g. { month: 12, day: 25 }.');

/** A weekday closed every year: the nth (or last) given weekday of a month. */
export const yearlyWeekdayRuleSchema = z
	.strictObject({
		month: monthSchema,
		weekday: weekdaySchema.describe('The weekday, e.g. thu.'),
		nth: z
			.union(
				[z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)],
				{
					error: 'expected 1, 2, 3, 4 or 5, or -1 for the last',
				}
			)
			.describe('Which one in the month: 1 to 5, or -1 for the last.'),
		name: localizedTextSchema.optional().describe('The holiday, as readers see it in the trace.'),
	})
	.describe(
		'Closed on the nth weekday of a month every year, e.g. { month: 11, weekday: thu, nth: 4 }.'
	);

/** A yearly holiday rule. */
export const yearlyRuleSchema = z.union([yearlyDateRuleSchema, yearlyWeekdayRuleSchema], {
	error: 'expected a yearly rule: { month, day } or { month, weekday, nth }',
});

/** Holidays as rules: a region's public holidays, dated closures and working dates, yearly rules. */
export const holidayRulesSchema = z
	.strictObject({
		region: z
			.enum(holidayRegions, { error: `expected a region: ${holidayRegions.join(', ')}` })
			.optional()
			.describe(
				'Public holidays (and official make-up working days) of a region, from the generated data in content/holidays/.'
			),
		dates: z.array(isoDateSchema).default([]).describe('Closed dates, YYYY-MM-DD.'),
		working: z
			.array(isoDateSchema)
			.default([])
			.describe("Weekend dates that are working days, with the first covered weekday's hours."),
		yearly: z.array(yearlyRuleSchema).default([]).describe('Dates closed every year.'),
	})
	.describe('Holidays: a region, dates, working dates and yearly rules.');

/**
 * Whose public holidays close a weekly calendar, as its terms say: the customer's region's, only the
 * vendor's own list, none (holidays are working days), or unstated (the terms are silent).
 */
export const publicHolidayRules = ['customer-region', 'vendor-list', 'none', 'unstated'] as const;

/** Whether a calendar's holidays list any closed day (dates, yearly rules or a region). */
function hasListedHolidays(
	holidays: readonly string[] | z.infer<typeof holidayRulesSchema>
): boolean {
	if (Array.isArray(holidays)) return holidays.length > 0;
	const rules = holidays as z.infer<typeof holidayRulesSchema>;
	return Boolean(rules.region) || rules.dates.length > 0 || rules.yearly.length > 0;
}

/** Coverage by weekly hours (e.g. Mon–Fri 08:00–17:00) in a zone, minus holidays. */
export const weeklyCalendarSchema = z
	.strictObject({
		id: slugSchema.describe('Stable id, referenced by tiers.'),
		type: z.literal('weekly'),
		name: localizedTextSchema.describe(
			'How readers see this coverage, e.g. "Business hours (Mon–Fri 08:00–17:00)".'
		),
		zone: calendarZoneSchema.describe(
			'"customer" for the customer\'s local time, or a fixed IANA zone.'
		),
		hours: z
			.array(hoursBlockSchema)
			.min(1, 'expected at least one block of hours')
			.describe('Weekly covered hours.'),
		holidays: z
			.union([z.array(isoDateSchema), holidayRulesSchema], {
				error: 'expected a list of dates, or { region, dates, working, yearly }',
			})
			.default([])
			.describe(
				'Whole days without coverage, in the calendar zone: a list of dates, or { region, dates, working, yearly }.'
			),
		publicHolidays: z
			.enum(publicHolidayRules, {
				error: `expected whose public holidays close these hours: ${publicHolidayRules.join(', ')}`,
			})
			.default('unstated')
			.describe(
				"Whose public holidays close these hours, as the terms say: 'customer-region' (the customer's region's, which the reader chooses), 'vendor-list' (only those listed under holidays), 'none' (holidays are working days), or 'unstated' (the terms are silent: only the listed ones count, and readers may see what their region's holidays would change; say so in the calendar's assumption)."
			),
		assumption: slugSchema
			.optional()
			.describe(
				'Id of the assumption that states what the source leaves open about this calendar.'
			),
		ref: referenceSchema.optional().describe('Where these hours come from.'),
	})
	.superRefine((calendar, ctx) => {
		// Terms that count holidays as working days cannot also list closed days.
		if (calendar.publicHolidays === 'none' && hasListedHolidays(calendar.holidays))
			ctx.addIssue({
				code: 'custom',
				message:
					'expected no holidays: publicHolidays "none" says the terms count public holidays as working days',
				path: ['publicHolidays'],
			});
		// Blocks on the same day must not overlap: a minute counted twice would double covered time.
		const seen: { day: string; from: number; to: number; index: number }[] = [];
		calendar.hours.forEach((block, index) => {
			const from = minutesOfDay(block.from);
			const to = minutesOfDay(block.to);
			for (const day of block.days) {
				const clash = seen.find(
					(s) => s.day === day && s.index !== index && from < s.to && s.from < to
				);
				if (clash) {
					ctx.addIssue({
						code: 'custom',
						message: `expected hours that do not overlap: ${day} ${block.from}-${block.to} overlaps hours block ${clash.index + 1}`,
						path: ['hours', index],
					});
				}
				seen.push({ day, from, to, index });
			}
		});
		const dates = Array.isArray(calendar.holidays) ? calendar.holidays : calendar.holidays.dates;
		const at = Array.isArray(calendar.holidays) ? ['holidays'] : ['holidays', 'dates'];
		const duplicates = dates.filter((d, i) => dates.indexOf(d) !== i);
		for (const d of new Set(duplicates)) {
			ctx.addIssue({
				code: 'custom',
				message: `expected each holiday once: ${d} is listed twice`,
				path: [...at, dates.lastIndexOf(d)],
			});
		}
	});

/** Round-the-clock coverage: every minute counts, holidays included (24x7x365). */
export const alwaysCalendarSchema = z.strictObject({
	id: slugSchema.describe('Stable id, referenced by tiers.'),
	type: z.literal('always'),
	name: localizedTextSchema.describe('How readers see this coverage, e.g. "24x7".'),
	ref: referenceSchema.optional().describe('Where round-the-clock coverage is stated.'),
});

/** A coverage calendar: when the support clock runs. */
export const calendarSchema = z.discriminatedUnion(
	'type',
	[weeklyCalendarSchema, alwaysCalendarSchema],
	{
		error: 'expected a calendar with type "weekly" or "always"',
	}
);

export const durationUnits = ['minutes', 'hours', 'business-days'] as const;

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
	})
	.superRefine((duration, ctx) => {
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

export const clocks = ['covered', 'calendar'] as const;
/** Which clock counts a target: covered time (coverage hours only) or calendar (elapsed) time. */
export const clockSchema = z.enum(clocks, { error: `expected a clock: ${clocks.join(', ')}` });

const targetBase = {
	severity: severityIdSchema
		.optional()
		.describe(
			'Severity id this target applies to; absent for targets that do not depend on severity.'
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

/** Which coverage calendar applies, by default and for particular severities. */
export const coverageSchema = z.strictObject({
	default: slugSchema.describe(
		'Calendar id for every severity not listed below, and for targets without a severity.'
	),
	severities: z
		.record(severityIdSchema, slugSchema)
		.optional()
		.describe('Calendar id per severity id, e.g. { P1: always }.'),
});

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
 * tier's key facts, from one row naming them in words or from yes/no rows, one per channel.
 */
export const featureRoles = ['channels'] as const;
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
			'"channels": this row holds each tier\'s contact channels, shown among the tier\'s key facts on the home page and plan pages: either one row whose values name them (text, list or null), or yes/no rows, one per channel, named by the row.'
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

/** A fact the source leaves open that the catalogue fills in; shown to readers as an assumption. */
export const assumptionSchema = z.strictObject({
	id: slugSchema,
	text: localizedTextSchema,
	tiers: z
		.array(slugSchema)
		.optional()
		.describe(
			'Tier ids it concerns as a whole (e.g. how the tier is obtained). Values it affects refer to it by id instead; an assumption with neither concerns the vendor as a whole.'
		),
});

export const footnoteSchema = z.strictObject({ id: slugSchema, text: localizedTextSchema });

export const faqEntrySchema = z.strictObject({
	id: slugSchema.describe('Stable id; becomes the question anchor.'),
	question: localizedTextSchema,
	answer: localizedTextSchema,
	ref: referenceSchema.optional().describe('Where the answer comes from.'),
});

/** The public document a vendor's facts come from. */
export const sourceSchema = z.strictObject({
	id: slugSchema.describe('Stable id; values refer to it as `ref: { source: <id> }`.'),
	title: plainTextSchema.describe('The document title as published, in its own language.'),
	publisher: plainTextSchema.describe('Who publishes the document, e.g. the vendor.'),
	language: z
		.string({ error: 'expected a BCP-47 language tag such as "en" or "zh-TW"' })
		.refine(isLanguageTag, {
			error: (issue) =>
				`expected a BCP-47 language tag such as "en" or "zh-TW"${typeof issue.input === 'string' && issue.input.includes('_') ? ` (with "-", not "_": "${issue.input.replaceAll('_', '-')}")` : ''}`,
		})
		.describe('BCP-47 tag of the document language.'),
	url: z
		.httpUrl({ error: 'expected an http:// or https:// address' })
		.optional()
		.describe('Where the document is published (http or https only: it becomes a link).'),
	retrieved: isoDateSchema.describe(
		'When the catalogue was last checked against the document (YYYY-MM-DD); not in the future.'
	),
	effective: isoDateSchema
		.optional()
		.describe('When the terms took effect, if the document says (YYYY-MM-DD).'),
});

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
			.array(z.strictObject({ id: slugSchema, text: localizedTextSchema }))
			.optional()
			.describe('Terms that are not a tier of their own (e.g. community users).'),
		severities: severitySchemeSchema.optional(),
		calendars: z.array(calendarSchema).min(1, 'expected at least one coverage calendar'),
		tiers: z.array(tierSchema).min(1, 'expected at least one tier'),
		addOns: z.array(addOnSchema).optional(),
		categories: z.array(featureCategorySchema).default([]),
		assumptions: z.array(assumptionSchema).default([]),
		footnotes: z.array(footnoteSchema).default([]),
		faq: z.array(faqEntrySchema).default([]),
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
/** The whole catalogue: vendors in a stable order (by id). */
export type Catalogue = { vendors: Vendor[] };
