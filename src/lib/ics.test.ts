import { describe, expect, test } from 'vitest';
import { parseIcs } from '../../tests/support/ics-reader.ts';
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
	test('parses back to the same event, with the deadline in UTC', () => {
		const [event] = parseIcs(text);
		expect(event).toMatchObject({
			UID: 'a@plan-atlas',
			DTSTART: '20261130T073000Z',
			DTSTAMP: '20261125T120000Z',
			DURATION: 'PT15M',
			SUMMARY: 'Pierwsza odpowiedź: Amanda, Standard; P1',
		});
		expect(event!.DESCRIPTION).toContain('\nTermin: pon., 30 lis 2026');
		expect(event!.DESCRIPTION!.endsWith('ą'.repeat(60))).toBe(true);
	});
	test('folding never splits a multi-byte character', () => {
		const folded = foldLine(`SUMMARY:${'首次响应'.repeat(20)}`);
		expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'首次响应'.repeat(20)}`);
		for (const line of folded.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});
});
