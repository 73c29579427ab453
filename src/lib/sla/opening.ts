/**
 * When a ticket was opened: a local date and time in the customer's zone, turned into an instant.
 */
import { isIsoDate } from '#lib/time/days.ts';
import { isIanaZone } from '#lib/time/zones.ts';

/** What happened to a local time that a DST change makes special. */
export type OpeningAdjustment =
	/** The time does not exist (the clocks jumped over it); it moved forward by the gap. */
	| 'skipped-forward'
	/** The time occurs twice (the clocks fell back); the earlier of the two is used. */
	| 'ambiguous-earlier';

export interface Opening {
	/** The instant the ticket was opened, in the customer's zone. */
	at: Temporal.ZonedDateTime;
	/** Set when a DST change made the local time skipped or repeated. */
	adjustment?: OpeningAdjustment | undefined;
}

/** Why an opening time could not be read. */
export type OpeningError =
	{ error: 'invalid-zone'; value: string } | { error: 'invalid-time'; value: string };

/**
 * Minutes only, as the form's field (step 60) and deadlines in minutes have them: seconds would be
 * dropped or, as :60 (a leap second), silently read as :59.
 */
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * Reads `YYYY-MM-DDTHH:mm` (a date of years 0001 to 9999, no seconds) in `zone`. A time in a DST gap moves forward; a time that occurs twice
 * means the earlier instant (Temporal's "compatible" disambiguation); either is reported.
 */
export function parseOpening(local: string, zone: string): Opening | OpeningError {
	if (!isIanaZone(zone)) return { error: 'invalid-zone', value: zone };
	const match = LOCAL_TIME.exec(local.trim());
	// The date follows the one rule of dates (lib/time/days.ts), as the catalogue's and --holidays do.
	if (!match || !isIsoDate(match[1]!)) return { error: 'invalid-time', value: local };
	let plain: Temporal.PlainDateTime;
	try {
		plain = Temporal.PlainDateTime.from(local.trim(), { overflow: 'reject' });
	} catch {
		return { error: 'invalid-time', value: local };
	}
	const at = plain.toZonedDateTime(zone, { disambiguation: 'compatible' });
	const later = plain.toZonedDateTime(zone, { disambiguation: 'later' });
	let adjustment: OpeningAdjustment | undefined;
	if (!at.toPlainDateTime().equals(plain)) adjustment = 'skipped-forward';
	else if (!at.equals(later)) adjustment = 'ambiguous-earlier';
	return { at, adjustment };
}

/** Narrows a parse result. */
export function isOpeningError(value: Opening | OpeningError): value is OpeningError {
	return 'error' in value;
}
