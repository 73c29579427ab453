/** Dates, times of day, time zones and weekdays as the catalogue writes them. */
import { z } from 'zod';
import { isIanaZone, zoneNameMessage } from '#lib/time/zones.ts';
import { FIRST_YEAR, isIsoDate, isoDateProblem, LAST_YEAR } from '#lib/time/days.ts';
import { weekdays } from '#lib/time/weekdays.ts';

/** The dates the catalogue, the command line and the calculator accept, in words. */
const DATE_RANGE = `${String(FIRST_YEAR).padStart(4, '0')}-01-01 to ${LAST_YEAR}-12-31`;

/** A calendar date, YYYY-MM-DD, that exists, in a year from 0001 to 9999 (see lib/time/days.ts). */
export const isoDateSchema = z
	.string({ error: 'expected a date written YYYY-MM-DD' })
	// abort: a date not written YYYY-MM-DD gets that one error, not also "a date that exists".
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD', abort: true })
	.refine(isIsoDate, {
		error: (issue) =>
			isoDateProblem(String(issue.input)) === 'year'
				? `expected a date from ${DATE_RANGE}`
				: 'expected a date that exists on the calendar',
	});

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
			zoneNameMessage(String(issue.input)) ??
			'expected an IANA time zone name such as "Europe/Warsaw"',
	});

/** A day of the week, as three lower-case letters. */
export const weekdaySchema = z.enum(weekdays, {
	error: `expected a weekday: ${weekdays.join(', ')}`,
});
