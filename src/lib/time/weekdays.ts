/** Weekdays and times of day as the catalogue writes them. */

/** Days of the week as the catalogue writes them, Monday first. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A day of the week as the catalogue writes it. */
export type Weekday = (typeof weekdays)[number];

/** Minutes since midnight of an HH:MM string. */
export function minutesOfDay(time: string): number {
	const [h, m] = time.split(':').map(Number) as [number, number];
	return h * 60 + m;
}
