/** Coverage calendars: weekly hours in a zone minus holidays, or round the clock. */
import { z, type RefinementCtx } from 'zod';
import { slugSchema } from './ids.ts';
import { localizedTextSchema } from './text.ts';
import { clockTimeSchema, ianaZoneSchema, isoDateSchema, weekdaySchema } from './time-values.ts';
import { referenceSchema } from './provenance.ts';
import { holidaySources, publicHolidayRules } from '#lib/time/clock.ts';
import { holidayRegions } from '#lib/time/regions.ts';
import { epochDay, isoWeekday, yearlyRuleDays, yearOfDay } from '#lib/time/days.ts';
import { minutesOfDay, weekdays } from '#lib/time/weekdays.ts';

/** One block of covered hours, applied on each of the listed days. */
export const hoursBlockSchema = z
	.strictObject({
		days: z
			.array(weekdaySchema)
			.min(1, 'expected at least one weekday')
			.superRefine((days, ctx) => {
				const seen = new Set<string>();
				days.forEach((day, index) => {
					if (seen.has(day))
						ctx.addIssue({
							code: 'custom',
							message: `expected each weekday once: ${day} is listed twice`,
							path: [index],
						});
					seen.add(day);
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
		overlappingHours(calendar.hours, ctx);
		checkHolidayDates(calendar, ctx);
	});

/** Reports blocks of hours that overlap on a day (a minute counted twice would double covered time). */
function overlappingHours(hours: readonly z.infer<typeof hoursBlockSchema>[], ctx: RefinementCtx) {
	// Per day, blocks sorted by start: a block overlaps one before it exactly when it starts before
	// the latest end so far. n·log n, however many blocks a file lists.
	const byDay = new Map<string, { from: number; to: number; index: number }[]>();
	hours.forEach((block, index) => {
		for (const day of new Set(block.days)) {
			const list = byDay.get(day) ?? [];
			list.push({ from: minutesOfDay(block.from), to: minutesOfDay(block.to), index });
			byDay.set(day, list);
		}
	});
	const clashes: { index: number; day: string; other: number }[] = [];
	for (const [day, list] of byDay) {
		list.sort((a, b) => a.from - b.from || a.index - b.index);
		let latest = list[0]!;
		for (const block of list.slice(1)) {
			if (block.from < latest.to)
				clashes.push({
					index: Math.max(block.index, latest.index),
					day,
					other: Math.min(block.index, latest.index),
				});
			if (block.to > latest.to) latest = block;
		}
	}
	clashes.sort((a, b) => a.index - b.index);
	for (const { index, day, other } of clashes) {
		const block = hours[index]!;
		ctx.addIssue({
			code: 'custom',
			message: `expected hours that do not overlap: ${day} ${block.from}-${block.to} overlaps hours block ${other + 1}`,
			path: ['hours', index],
		});
	}
}

/** The values of a list, and the index of each value's last occurrence for those listed more than once. */
function repeats(values: readonly string[]): { all: Set<string>; repeated: Map<string, number> } {
	const all = new Set<string>();
	const repeated = new Map<string, number>();
	values.forEach((value, index) => {
		if (all.has(value)) repeated.set(value, index);
		else all.add(value);
	});
	return { all, repeated };
}

/** What identifies a yearly rule: two rules for one date (or one nth weekday) are one too many. */
function yearlyRuleKey(rule: z.infer<typeof yearlyRuleSchema>): string {
	return 'day' in rule ? `${rule.month}/${rule.day}` : `${rule.month}/${rule.weekday}/${rule.nth}`;
}

/**
 * Closed dates, working dates and yearly rules, each listed once and never at odds: a working date is
 * a day the hours leave closed (a weekday without hours) that no listed date or yearly rule closes.
 * Linear in the number of dates (sets and maps, no search through lists).
 */
function checkHolidayDates(
	calendar: {
		hours: readonly { days: readonly string[] }[];
		holidays: readonly string[] | z.infer<typeof holidayRulesSchema>;
	},
	ctx: RefinementCtx
) {
	const list = Array.isArray(calendar.holidays);
	const rules = list ? undefined : (calendar.holidays as z.infer<typeof holidayRulesSchema>);
	const dates = rules ? rules.dates : (calendar.holidays as string[]);
	const at = list ? ['holidays'] : ['holidays', 'dates'];
	const closed = repeats(dates);
	for (const [date, index] of closed.repeated)
		ctx.addIssue({
			code: 'custom',
			message: `expected each holiday once: ${date} is listed twice`,
			path: [...at, index],
		});
	if (!rules) return;

	const firstRule = new Map<string, number>();
	let repeatedRule = false;
	rules.yearly.forEach((rule, index) => {
		const key = yearlyRuleKey(rule);
		const first = firstRule.get(key);
		if (first === undefined) firstRule.set(key, index);
		else {
			repeatedRule = true;
			ctx.addIssue({
				code: 'custom',
				message: `expected each yearly rule once: yearly rule ${first + 1} already closes ${'day' in rule ? `${rule.month}/${rule.day}` : `the same weekday of month ${rule.month}`}`,
				path: ['holidays', 'yearly', index],
			});
		}
	});

	for (const [date, index] of repeats(rules.working).repeated)
		ctx.addIssue({
			code: 'custom',
			message: `expected each working date once: ${date} is listed twice`,
			path: ['holidays', 'working', index],
		});
	const withHours = new Set(calendar.hours.flatMap((b) => b.days));
	// Yearly rules expanded once per year that working dates fall in (and the year before, whose
	// 31 December can move into it), only when there are both.
	const closedByRule = new Map<number, Map<number, number>>();
	const engineRules = holidaySources(rules).yearly;
	const ruleClosing = (day: number): number | undefined => {
		if (repeatedRule || rules.yearly.length === 0) return undefined;
		const year = yearOfDay(day);
		let days = closedByRule.get(year);
		if (!days) {
			days = new Map();
			for (const y of [year - 1, year])
				engineRules.forEach((rule, r) => {
					for (const d of yearlyRuleDays(rule, y)) if (!days!.has(d)) days!.set(d, r);
				});
			closedByRule.set(year, days);
		}
		return days.get(day);
	};
	rules.working.forEach((date, index) => {
		const path = ['holidays', 'working', index];
		const day = epochDay(date);
		const weekday = weekdays[isoWeekday(day) - 1]!;
		const rule = closed.all.has(date) ? undefined : ruleClosing(day);
		if (closed.all.has(date))
			ctx.addIssue({
				code: 'custom',
				message: `expected a date that is either closed or working: ${date} is also listed under "dates"`,
				path,
			});
		else if (rule !== undefined)
			ctx.addIssue({
				code: 'custom',
				message: `expected a date that is either closed or working: yearly rule ${rule + 1} closes ${date}`,
				path,
			});
		else if (withHours.has(weekday))
			ctx.addIssue({
				code: 'custom',
				message: `expected a working date on a day the hours leave closed: ${date} is a ${weekday}, which has hours already`,
				path,
			});
	});
}

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
