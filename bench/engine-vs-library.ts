/**
 * Our deadline engine beside an established business-hours library, dayjs-business-time (a Day.js
 * plugin), on the workload both can express: business-hours targets (15 minutes to 40 hours of
 * covered time) on Mon–Fri 09:00–17:00 in one fixed zone with the same holidays, for tickets opened
 * at whole minutes over a year. Prints deadlines per second of each, the ratio, and how many
 * deadlines agree, with the disagreements sorted by cause. Prints figures; asserts nothing.
 *
 * Day.js computes in the process's local zone, so this script sets TZ to the calendar's zone before
 * Day.js is loaded (Node reads TZ when it changes).
 * Usage: npm run bench:engine-vs-library [-- --seconds 1]
 */
const ZONE = 'Europe/Warsaw';
process.env.TZ = ZONE;

import { parseArgs } from 'node:util';
import 'temporal-polyfill/global';
import dayjs from 'dayjs';
import businessTime from 'dayjs-business-time';
import type { Target } from '#lib/catalogue/schema.ts';
import type { CalendarRules } from '#lib/time/clock.ts';
import { computeDeadlines } from '#lib/sla/deadlines.ts';
import { formatSpread } from './spread.ts';

const { values: options } = parseArgs({
	options: {
		seconds: { type: 'string', default: '1' },
		rounds: { type: 'string', default: '7' },
	},
});
/** Seconds each side runs in one round, and rounds of the two side by side (taking turns to go first). */
const seconds = Number(options.seconds) || 1;
const rounds = Math.max(1, Math.round(Number(options.rounds)) || 7);
const holidays = [
	'2026-01-01',
	'2026-01-06',
	'2026-04-06',
	'2026-05-01',
	'2026-12-24',
	'2026-12-25',
	'2026-12-31',
	'2027-01-01',
];

// The same coverage, once per side.
const calendars: CalendarRules[] = [
	{
		id: 'business-hours',
		type: 'weekly',
		zone: ZONE,
		hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
		holidays,
	},
];
dayjs.extend(businessTime);
dayjs.setHolidays(holidays);
const day = [{ start: '09:00:00', end: '17:00:00' }];
dayjs.setBusinessTime({
	sunday: null,
	monday: day,
	tuesday: day,
	wednesday: day,
	thursday: day,
	friday: day,
	saturday: null,
});

// Tickets opened at whole minutes (Day.js counts whole minutes), spread over a year with both DST changes.
const openedMs = Array.from(
	{ length: 2048 },
	(_, i) => Date.UTC(2026, 0, 1) + ((i * 7919) % 365) * 86_400_000 + ((i * 104_729) % 1440) * 60_000
);
// Openings exactly at opening and closing time and on DST-change days, where rules differ most.
for (const [date, time] of [
	['2026-03-27', '17:00'],
	['2026-03-30', '09:00'],
	['2026-10-23', '16:59'],
	['2026-10-26', '08:59'],
	['2026-12-23', '17:00'],
	['2026-06-12', '16:45'],
] as const) {
	openedMs.push(
		Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE).epochMilliseconds
	);
}
const opened = openedMs.map((ms) =>
	Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(ZONE)
);
const targetMinutes = [15, 4 * 60, 8 * 60, 40 * 60];

const ours = (minutes: number, i: number) => {
	const target: Target = {
		kind: 'resolution',
		within: { value: minutes, unit: 'minutes' },
		clock: 'covered',
	};
	return computeDeadlines({
		vendor: { id: 'bench', calendars },
		tier: { id: 'bench', coverage: { default: 'business-hours' }, targets: [target] },
		opened: opened[i]!,
	})[0]!.due.epochMilliseconds;
};
const theirs = (minutes: number, i: number) =>
	dayjs(openedMs[i]!).addBusinessMinutes(minutes).valueOf();

/** Deadlines per second of one side, over `seconds` per target size. */
function throughput(run: (minutes: number, i: number) => number): number {
	let count = 0;
	let elapsed = 0;
	for (const minutes of targetMinutes) {
		const start = performance.now();
		const end = start + (seconds * 1000) / targetMinutes.length;
		let i = 0;
		while (performance.now() < end) {
			for (let k = 0; k < 32; k++) run(minutes, i++ % opened.length);
			count += 32;
		}
		elapsed += performance.now() - start;
	}
	return count / (elapsed / 1000);
}

const local = (ms: number) =>
	Temporal.Instant.fromEpochMilliseconds(ms)
		.toZonedDateTimeISO(ZONE)
		.toPlainDateTime()
		.toString({ smallestUnit: 'minute' });
const causes = new Map<string, string[]>();
let agree = 0;
let total = 0;
for (const minutes of targetMinutes) {
	for (let i = 0; i < opened.length; i++) {
		const a = ours(minutes, i);
		const b = theirs(minutes, i);
		total++;
		if (a === b) {
			agree++;
			continue;
		}
		const at = opened[i]!;
		const ourDue = Temporal.Instant.fromEpochMilliseconds(a).toZonedDateTimeISO(ZONE);
		const cause =
			ourDue.hour === 17 && ourDue.minute === 0
				? 'deadline at closing time: we say 17:00, the library moves it to the next opening'
				: at.hour === 17 && at.minute === 0
					? 'opened exactly at closing time'
					: 'other';
		const list = causes.get(cause) ?? [];
		list.push(
			`opened ${local(openedMs[i]!)} +${minutes} min: ours ${local(a)}, library ${local(b)}`
		);
		causes.set(cause, list);
	}
}

// Interleaved rounds: a drift of the machine's speed touches both sides of a round alike.
const ourRates: number[] = [];
const theirRates: number[] = [];
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
	let ourRate: number;
	let theirRate: number;
	if (round % 2 === 0) {
		ourRate = throughput(ours);
		theirRate = throughput(theirs);
	} else {
		theirRate = throughput(theirs);
		ourRate = throughput(ours);
	}
	ourRates.push(ourRate);
	theirRates.push(theirRate);
	ratios.push(ourRate / theirRate);
}
const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(
	`Deadline engine vs dayjs-business-time (Node ${process.version}, ${ZONE}, Mon–Fri 09:00–17:00, ${holidays.length} holidays)`
);
console.log(
	`  workload: ${opened.length} openings × targets of ${targetMinutes.map((m) => (m < 60 ? `${m} min` : `${m / 60} h`)).join(', ')} of covered time`
);
console.log(`  ${rounds} interleaved rounds of ${seconds} s a side; median (min–max):`);
console.log(
	`  Plan Atlas engine (temporal-polyfill): ${formatSpread(ourRates, 0, '', fmt)} deadlines/s`
);
console.log(
	`  dayjs-business-time:                   ${formatSpread(theirRates, 0, '', fmt)} deadlines/s`
);
console.log(`  ratio (ours / library), per round:     ${formatSpread(ratios, 2, 'x')}`);
console.log(
	`  agreement: ${agree} of ${total} deadlines identical (${((agree / total) * 100).toFixed(1)} %)`
);
for (const [cause, cases] of causes) {
	console.log(`  ${cases.length} differ: ${cause}`);
	for (const c of cases.slice(0, 3)) console.log(`      ${c}`);
}
