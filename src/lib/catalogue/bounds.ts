/**
 * Bounds that keep every validated catalogue computable: no target needs more covered time than the
 * deadline engine walks through (it gives up after twenty years of days), and no weekly calendar's
 * holidays leave it without covered time for a whole year.
 */
import type { ReferenceProblem } from './cross-references.ts';
import { isIsoDate, minutesOfDay, weekdays } from './values.ts';
import type { Calendar, Duration, Vendor, WeeklyCalendar } from './schema.ts';

/** A target may need at most this many years of a calendar's weekly covered time. */
export const MAX_TARGET_YEARS = 5;

/** Covered minutes in one week of a weekly calendar (holidays aside). */
function weeklyMinutes(calendar: WeeklyCalendar): number {
	return calendar.hours.reduce(
		(sum, block) => sum + (minutesOfDay(block.to) - minutesOfDay(block.from)) * block.days.length,
		0
	);
}

/** Covered minutes of the longest day: one business day on this calendar (as the engine counts it). */
function businessDayMinutes(calendar: WeeklyCalendar): number {
	const byDay = new Map<string, number>();
	for (const block of calendar.hours)
		for (const day of block.days)
			byDay.set(day, (byDay.get(day) ?? 0) + minutesOfDay(block.to) - minutesOfDay(block.from));
	return Math.max(0, ...byDay.values());
}

/** Covered minutes a duration asks for on a weekly calendar. */
function neededMinutes(duration: Duration, calendar: WeeklyCalendar): number {
	if (duration.unit === 'minutes') return duration.value;
	if (duration.unit === 'hours') return duration.value * 60;
	return duration.value * businessDayMinutes(calendar);
}

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * Whether holidays close every covered day of some 365-day stretch. Only a stretch that starts and
 * ends among the holidays can, so the walk goes from the first holiday to the last, one day at a time.
 */
function closedForAYear(calendar: WeeklyCalendar): string | undefined {
	const covered = new Set(calendar.hours.flatMap((b) => b.days));
	// Listed dates only: a region's holidays and yearly rules are a few days a year.
	const listed = Array.isArray(calendar.holidays) ? calendar.holidays : calendar.holidays.dates;
	const closed = new Set(listed.filter(isIsoDate).map(dayNumber));
	if (closed.size < covered.size * 52) return undefined;
	const days = [...closed].sort((a, b) => a - b);
	let streakStart = days[0]!;
	for (let day = days[0]!; day <= days.at(-1)! + 1; day++) {
		// Day 0 was a Thursday.
		const weekday = weekdays[(((day + 3) % 7) + 7) % 7]!;
		if (!covered.has(weekday)) continue;
		if (!closed.has(day)) streakStart = day + 1;
		else if (day - streakStart >= 364)
			return new Date(streakStart * 86_400_000).toISOString().slice(0, 10);
	}
	return undefined;
}

/** Problems with targets or calendars the engine could not honour. */
export function checkBounds(vendor: Vendor): ReferenceProblem[] {
	const problems: ReferenceProblem[] = [];
	const calendars = new Map<string, Calendar>(vendor.calendars.map((c) => [c.id, c]));
	vendor.calendars.forEach((calendar, index) => {
		if (calendar.type !== 'weekly') return;
		const from = closedForAYear(calendar);
		if (from)
			problems.push({
				path: ['calendars', index, 'holidays'],
				message: `expected covered time in every year: the holidays close every covered day for a year from ${from}`,
			});
	});
	vendor.tiers.forEach((tier, t) => {
		// Every calendar the tier can use: a target may be counted on any of them.
		const ids = new Set([tier.coverage.default, ...Object.values(tier.coverage.severities ?? {})]);
		const weekly = [...ids]
			.map((id) => calendars.get(id))
			.filter((c): c is WeeklyCalendar => c?.type === 'weekly');
		tier.targets.forEach((target, i) => {
			if (target.clock === 'calendar') return;
			const key = target.kind === 'update' ? 'every' : 'within';
			const duration = target.kind === 'update' ? target.every : target.within;
			if (!duration) return;
			for (const calendar of weekly) {
				const perWeek = weeklyMinutes(calendar);
				const years = neededMinutes(duration, calendar) / (perWeek * 52);
				if (years > MAX_TARGET_YEARS) {
					problems.push({
						path: ['tiers', t, 'targets', i, key],
						message: `expected a target reachable within ${MAX_TARGET_YEARS} years of calendar "${calendar.id}" (${perWeek / 60} covered hours a week); this one needs about ${Math.round(years)} years`,
					});
					break;
				}
			}
		});
	});
	return problems;
}
