/**
 * A small RFC 5545 (iCalendar) writer for deadline reminders. Deadlines are instants, so times are
 * written in UTC ("Z"), which every calendar shows in its user's own zone; no VTIMEZONE is needed.
 */

/** One event: a deadline. */
export interface IcsEvent {
	/** Globally unique and stable for the same deadline, so re-importing updates instead of duplicating. */
	uid: string;
	/** The deadline instant, epoch milliseconds. */
	startMs: number;
	/** Length of the calendar entry in minutes. */
	durationMinutes: number;
	summary: string;
	description?: string | undefined;
	url?: string | undefined;
	/** Reminders, each in minutes before the start (0: at the start). */
	alarms?: readonly number[] | undefined;
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per line, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// Continuation lines start with a space, which counts towards their 75 octets.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** UTC date-time in iCalendar's basic format: 20261130T073000Z. */
function icsUtc(epochMs: number): string {
	return Temporal.Instant.fromEpochMilliseconds(epochMs)
		.toString({ smallestUnit: 'second' })
		.replace(/[-:]/g, '');
}

/**
 * A complete VCALENDAR with one VEVENT per deadline, each with a display alarm per reminder, CRLF
 * line endings.
 */
export function buildIcs(events: readonly IcsEvent[], nowMs: number): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Plan Atlas//SLA deadline calculator//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
	];
	for (const event of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}`,
			`DTSTAMP:${icsUtc(nowMs)}`,
			`DTSTART:${icsUtc(event.startMs)}`,
			`DURATION:PT${Math.max(1, Math.round(event.durationMinutes))}M`,
			`SUMMARY:${escapeText(event.summary)}`
		);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		if (event.url) lines.push(`URL:${event.url}`);
		for (const before of event.alarms ?? [])
			lines.push(
				'BEGIN:VALARM',
				'ACTION:DISPLAY',
				`DESCRIPTION:${escapeText(event.summary)}`,
				`TRIGGER:${before > 0 ? '-' : ''}PT${Math.round(before)}M`,
				'END:VALARM'
			);
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
