import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs, foldLine } from './ics.ts';

describe('buildIcs', () => {
	const text = buildIcs(
		[
			{
				uid: 'a@plan-atlas',
				startMs: Date.UTC(2026, 10, 30, 7, 30),
				durationMinutes: 15,
				summary: 'Pierwsza odpowiedź: Amanda, Standard; P1',
				description:
					'Zgłoszenie otwarto: 27 lis 2026, 16:30.\nTermin: pon., 30 lis 2026, 08:30 CET — liczone według godzin pracy (pon.–pt. 08:00–17:00), z założeniem, że ' +
					'ą'.repeat(60),
				url: 'https://example.test/pl/calculator/?plan=amanda/standard&severity=P1',
			},
		],
		Date.UTC(2026, 10, 25, 12, 0)
	);
	test('is a VCALENDAR with CRLF line endings and the required properties', () => {
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});
	test('no line is longer than 75 octets', () => {
		for (const line of text.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});
	test('an independent iCalendar parser (ical.js) reads back the same event, in UTC', () => {
		const calendar = new ICAL.Component(ICAL.parse(text));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		const events = calendar.getAllSubcomponents('vevent');
		expect(events).toHaveLength(1);
		const event = new ICAL.Event(events[0]);
		expect(event.uid).toBe('a@plan-atlas');
		expect(event.startDate.zone?.tzid).toBe('UTC');
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-30T07:30:00.000Z');
		expect(event.duration.toSeconds()).toBe(15 * 60);
		expect(
			(events[0]!.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()
		).toBe('2026-11-25T12:00:00.000Z');
		// Commas, semicolons and line breaks come back as written; folding leaves no trace.
		expect(event.summary).toBe('Pierwsza odpowiedź: Amanda, Standard; P1');
		expect(event.description).toBe(
			'Zgłoszenie otwarto: 27 lis 2026, 16:30.\nTermin: pon., 30 lis 2026, 08:30 CET — liczone według godzin pracy (pon.–pt. 08:00–17:00), z założeniem, że ' +
				'ą'.repeat(60)
		);
		expect(events[0]!.getFirstPropertyValue('url')).toBe(
			'https://example.test/pl/calculator/?plan=amanda/standard&severity=P1'
		);
	});
	test('each reminder is a display alarm the parser reads as a trigger before the start', () => {
		const withAlarms = buildIcs(
			[
				{
					uid: 'b@plan-atlas',
					startMs: Date.UTC(2026, 10, 30, 7, 30),
					durationMinutes: 15,
					summary: 'First response due',
					alarms: [60, 0],
				},
			],
			Date.UTC(2026, 10, 25, 12, 0)
		);
		const event = new ICAL.Component(ICAL.parse(withAlarms)).getFirstSubcomponent('vevent')!;
		const alarms = event.getAllSubcomponents('valarm');
		expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
		expect(alarms.map((a) => a.getFirstPropertyValue('description'))).toEqual([
			'First response due',
			'First response due',
		]);
		expect(
			alarms.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())
		).toEqual([-3600, 0]);
		// Without reminders, no alarm.
		expect(text).not.toContain('VALARM');
	});
	test('folding never splits a multi-byte character', () => {
		const folded = foldLine(`SUMMARY:${'首次响应'.repeat(20)}`);
		expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'首次响应'.repeat(20)}`);
		for (const line of folded.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});
});
