import { describe, expect, test } from 'vitest';
import { latestToday } from './catalogue-files.ts';

describe('latestToday', () => {
	test('is the date at UTC+14, where a day begins first', () => {
		expect(latestToday(Temporal.Instant.from('2026-11-29T09:59:59Z'))).toBe('2026-11-29');
		expect(latestToday(Temporal.Instant.from('2026-11-29T10:00:00Z'))).toBe('2026-11-30');
		expect(latestToday(Temporal.Instant.from('2026-12-31T10:00:00Z'))).toBe('2027-01-01');
	});
});
