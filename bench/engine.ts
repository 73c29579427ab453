/**
 * Engine throughput: deadlines computed per second for targets from 15 minutes to 30 business days,
 * on business hours (with holidays, in a DST zone) and on 24x7 coverage. Prints figures; asserts nothing.
 * Usage: npm run bench:engine [-- --seconds 1]
 */
import { parseArgs } from 'node:util';
import 'temporal-polyfill/global';
import type { Duration, Target } from '#lib/catalogue/schema.ts';
import type { CalendarRules } from '#lib/time/clock.ts';
import { computeDeadlines } from '#lib/sla/deadlines.ts';

const seconds =
	Number(parseArgs({ options: { seconds: { type: 'string', default: '1' } } }).values.seconds) || 1;
const calendars: CalendarRules[] = [
	{
		id: 'business-hours',
		type: 'weekly',
		zone: 'customer',
		hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
		holidays: ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01', '2027-04-05', '2027-05-03'],
	},
	{ id: 'always', type: 'always' },
];
const sizes: Duration[] = [
	{ value: 15, unit: 'minutes' },
	{ value: 4, unit: 'hours' },
	{ value: 1, unit: 'business-days' },
	{ value: 5, unit: 'business-days' },
	{ value: 30, unit: 'business-days' },
];
// Openings spread over a year, in a zone with DST.
const openings = Array.from({ length: 512 }, (_, i) =>
	Temporal.Instant.fromEpochMilliseconds(
		Date.UTC(2026, 0, 1) + ((i * 7919) % 365) * 86_400_000 + ((i * 104_729) % 86_400) * 1000
	).toZonedDateTimeISO('Europe/Warsaw')
);

const rows: string[][] = [['coverage', 'target', 'deadlines/s', 'µs each']];
for (const calendar of calendars) {
	for (const within of sizes) {
		const target: Target = { kind: 'resolution', within, clock: 'covered' };
		const tier = { id: 'bench', coverage: { default: calendar.id }, targets: [target] };
		const vendor = { id: 'bench', calendars };
		let count = 0;
		const end = performance.now() + seconds * 1000;
		while (performance.now() < end) {
			for (let i = 0; i < 64; i++)
				computeDeadlines({ vendor, tier, opened: openings[(count + i) % openings.length]! });
			count += 64;
		}
		const perSecond = count / seconds;
		rows.push([
			calendar.id,
			`${within.value} ${within.unit}`,
			Math.round(perSecond).toLocaleString('en'),
			(1e6 / perSecond).toFixed(1),
		]);
	}
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(
	`Deadline engine throughput (Node ${process.version}, temporal-polyfill, ${seconds} s per row)`
);
for (const row of rows)
	console.log(
		row.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')
	);
