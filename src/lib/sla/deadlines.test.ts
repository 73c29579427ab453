import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extendedFixtureCatalogue } from '../../../tests/support/fixture-catalogue.ts';
import { readRegionHolidays } from '../../node/holiday-files.ts';
import { validateVendorFile } from '#lib/catalogue/validate.ts';
import { parsePlanId } from '#lib/routes.ts';
import { computeDeadlines } from './deadlines.ts';
import { isOpeningError, parseOpening } from './opening.ts';
import type { HolidayRegion, RegionHolidays } from '#lib/time/regions.ts';
import type { CalendarRules } from '#lib/time/clock.ts';

// Fixture vendors (tests/fixtures/): orbit's basic tier counts on office hours, Mon–Fri 08:00–17:00
// in Warsaw, closed 24 and 25 December 2026; its premium tier is 24x7 for P1 and the customer's
// Mon–Fri 09:00–17:00 otherwise. Solo counts Mon–Fri 09:00–17:00 in the customer's zone. Tempo's
// weekdays (09:00–17:00, customer's zone) close on 1 January (moved to Monday from a weekend) and on
// 25 December every year; its S1 is 24x7 with updates twice a day.
const catalogue = extendedFixtureCatalogue();

function deadlines(
	plan: string,
	severity: string | undefined,
	opened: string,
	zone: string,
	extraClosed: string[] = [],
	region?: HolidayRegion | RegionHolidays
) {
	const { vendorId, tierId } = parsePlanId(plan)!;
	const vendor = catalogue.vendors.find((v) => v.id === vendorId)!;
	const tier = vendor.tiers.find((t) => t.id === tierId)!;
	const opening = parseOpening(opened, zone);
	if (isOpeningError(opening)) throw new Error(opening.error);
	return computeDeadlines({
		vendor,
		tier,
		severity,
		opened: opening.at,
		openingAdjustment: opening.adjustment,
		extraClosed,
		region: typeof region === 'string' ? readRegionHolidays(region) : region,
	});
}
const due = (list: ReturnType<typeof deadlines>, kind: string) =>
	list.find((d) => d.kind === kind)?.due.toString();

describe('deadlines from the fixture catalogues', () => {
	test('orbit basic P1 (3 h) opened Friday 16:30 in Warsaw is due Monday 10:30', () => {
		const result = deadlines('orbit/basic', 'P1', '2026-11-27T16:30', 'Europe/Warsaw');
		expect(due(result, 'first-response')).toBe('2026-11-30T10:30:00+01:00[Europe/Warsaw]');
		const first = result[0]!;
		expect(first.clockStart.toString()).toBe('2026-11-27T16:30:00+01:00[Europe/Warsaw]');
		expect(first.trace.map((s) => s.step)).toEqual([
			'opened',
			'clock-start',
			'count',
			'span',
			'closed',
			'span',
			'due',
		]);
		// The trace shows what was counted and what was skipped, in the customer's zone.
		const spans = first.trace.flatMap((s) =>
			s.step === 'span' ? [`${s.from.toPlainTime()}–${s.to.toPlainTime()} ${s.minutes}`] : []
		);
		expect(spans).toEqual(['16:30:00–17:00:00 30', '08:00:00–10:30:00 150']);
		expect(first.trace.find((s) => s.step === 'closed')).toMatchObject({
			reasons: ['weekend'],
			until: Temporal.ZonedDateTime.from('2026-11-30T08:00:00+01:00[Europe/Warsaw]'),
		});
	});
	test('opened on Saturday, the clock starts on Monday at 08:00', () => {
		const [first] = deadlines('orbit/basic', 'P1', '2026-11-28T11:00', 'Europe/Warsaw');
		expect(first!.clockStart.toString()).toBe('2026-11-30T08:00:00+01:00[Europe/Warsaw]');
		expect(first!.trace).toContainEqual(
			expect.objectContaining({ step: 'clock-start', outsideCoverage: true })
		);
		expect(first!.due.toString()).toBe('2026-11-30T11:00:00+01:00[Europe/Warsaw]');
	});
	test('a target used up at closing time is due at closing time: 8 h from Tuesday 09:00', () => {
		const [first] = deadlines('orbit/basic', 'P2', '2026-11-24T09:00', 'Europe/Warsaw');
		expect(first!.due.toString()).toBe('2026-11-24T17:00:00+01:00[Europe/Warsaw]');
		expect(first!.atClosing).toBe(true);
	});
	test('one business day on Mon–Fri 09:00–17:00 is 8 covered hours: Tuesday 10:00 → Wednesday 10:00', () => {
		const [reply] = deadlines('solo/standard', undefined, '2026-11-24T10:00', 'America/Chicago');
		expect(reply!.kind).toBe('first-response');
		expect(reply!.countedMinutes).toBe(480);
		expect(reply!.due.toString()).toBe('2026-11-25T10:00:00-06:00[America/Chicago]');
	});
	test('holidays in the catalogue and extra closed dates are skipped', () => {
		// One business day on 08:00–17:00 is 9 h: 7 h on Wednesday 23 December, 2 h on Monday 28.
		const [reply] = deadlines('orbit/basic', 'P3', '2026-12-23T10:00', 'Europe/Warsaw').filter(
			(d) => d.kind === 'inquiry-response'
		);
		expect(reply!.countedMinutes).toBe(540);
		expect(reply!.due.toString()).toBe('2026-12-28T10:00:00+01:00[Europe/Warsaw]');
		expect(reply!.closedDates).toEqual(['2026-12-24', '2026-12-25']);
		const [withExtra] = deadlines('orbit/basic', 'P3', '2026-12-23T10:00', 'Europe/Warsaw', [
			'2026-12-28',
		]).filter((d) => d.kind === 'inquiry-response');
		expect(withExtra!.due.toString()).toBe('2026-12-29T10:00:00+01:00[Europe/Warsaw]');
	});
	test('tempo closes 25 December every year: Friday 2028-12-22 16:00 Berlin is due Tuesday 2028-12-26 16:00', () => {
		const [reply] = deadlines('tempo/steady', undefined, '2028-12-22T16:00', 'Europe/Berlin');
		expect(reply!.kind).toBe('inquiry-response');
		expect(reply!.due.toString()).toBe('2028-12-26T16:00:00+01:00[Europe/Berlin]');
		expect(reply!.closedDates).toEqual(['2028-12-25']);
	});
	test('a yearly date on a Saturday closes the Monday after: 1 January 2028 closes 3 January', () => {
		const [reply] = deadlines('tempo/steady', undefined, '2027-12-31T16:00', 'Europe/Berlin');
		expect(reply!.due.toString()).toBe('2028-01-04T16:00:00+01:00[Europe/Berlin]');
		expect(reply!.closedDates).toEqual(['2028-01-03']);
		expect(reply!.holidays[0]!.name?.pl).toBe('Nowy Rok');
	});
	test('a region adds its public holidays: Poland closes 11 November', () => {
		// Orbit premium P2: 2 h on the customer's 09:00–17:00, from Tuesday 16:00.
		const without = deadlines('orbit/premium', 'P2', '2026-11-10T16:00', 'Europe/Warsaw');
		expect(due(without, 'first-response')).toBe('2026-11-11T10:00:00+01:00[Europe/Warsaw]');
		const withRegion = deadlines(
			'orbit/premium',
			'P2',
			'2026-11-10T16:00',
			'Europe/Warsaw',
			[],
			'PL'
		);
		const first = withRegion.find((d) => d.kind === 'first-response')!;
		expect(first.due.toString()).toBe('2026-11-12T10:00:00+01:00[Europe/Warsaw]');
		expect(first.holidays).toEqual([
			expect.objectContaining({ date: '2026-11-11', origin: 'region', region: 'PL' }),
		]);
		expect(first.holidays[0]!.name?.pl).toBe('Narodowe Święto Niepodległości');
	});
	test('China counts its make-up Saturday 10 October 2026 as a working day', () => {
		// Solo: one business day (8 h) from Friday 16:00: 1 h on Friday, 7 h on the next working day.
		const [reply] = deadlines(
			'solo/standard',
			undefined,
			'2026-10-09T16:00',
			'Asia/Shanghai',
			[],
			'CN'
		);
		expect(reply!.workingDates.map((d) => d.date)).toEqual(['2026-10-10']);
		expect(reply!.due.toString()).toBe('2026-10-10T16:00:00+08:00[Asia/Shanghai]');
		const [without] = deadlines('solo/standard', undefined, '2026-10-09T16:00', 'Asia/Shanghai');
		expect(without!.due.toString()).toBe('2026-10-12T16:00:00+08:00[Asia/Shanghai]');
	});
	test('a year outside the region data is reported, not treated as having no holidays', () => {
		// China's data cut to 2024–2026 here (the committed data grows each year): 1 h on 31 December
		// 2026, the other 7 h on 1 January 2027, a year the data does not cover.
		const china = readRegionHolidays('CN');
		const upTo2026 = <T>(dates: Readonly<Record<string, T>>) =>
			Object.fromEntries(Object.entries(dates).filter(([date]) => date < '2027'));
		const [reply] = deadlines('solo/standard', undefined, '2026-12-31T16:00', 'Asia/Shanghai', [], {
			...china,
			years: [2024, 2026],
			closed: upTo2026(china.closed),
			working: upTo2026(china.working),
		});
		expect(reply!.due.toString()).toBe('2027-01-01T16:00:00+08:00[Asia/Shanghai]');
		expect(reply!.uncoveredYears).toEqual([{ region: 'CN', years: [2027], covered: [2024, 2026] }]);
		expect(reply!.trace).toContainEqual(
			expect.objectContaining({ step: 'region-years', region: 'CN', years: [2027] })
		);
	});
	test('the reader’s region does not apply to a calendar in a vendor’s fixed zone', () => {
		const office: CalendarRules = {
			id: 'office',
			type: 'weekly',
			zone: 'Europe/Warsaw',
			hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' }],
			holidays: [],
		};
		const [first] = computeDeadlines({
			vendor: { id: 'x', calendars: [office] },
			tier: {
				id: 't',
				coverage: { default: 'office' },
				targets: [
					{ kind: 'first-response', within: { value: 3, unit: 'hours' }, clock: 'covered' },
				],
			},
			opened: Temporal.ZonedDateTime.from('2026-11-10T15:00:00+01:00[Europe/Warsaw]'),
			region: readRegionHolidays('PL'),
		});
		expect(first!.due.toString()).toBe('2026-11-11T09:00:00+01:00[Europe/Warsaw]');
	});
	test('24x7 coverage ignores holidays and counts elapsed time', () => {
		// Orbit premium P1: 240 minutes round the clock, across Christmas and a closed date.
		const result = deadlines('orbit/premium', 'P1', '2026-12-25T23:50', 'Europe/Warsaw', [
			'2026-12-26',
		]);
		expect(due(result, 'first-response')).toBe('2026-12-26T03:50:00+01:00[Europe/Warsaw]');
	});
	test('a 4 h 24x7 target across the spring DST change ends 5 wall-clock hours later', () => {
		const result = deadlines('orbit/premium', 'P1', '2026-03-28T23:00', 'Europe/Warsaw');
		expect(due(result, 'first-response')).toBe('2026-03-29T04:00:00+02:00[Europe/Warsaw]');
	});
	test('business days on a 24x7 tier are whole Monday–Friday days in the customer’s zone', () => {
		// Orbit premium P1 resolution: 3 business days on the calendar clock.
		const result = deadlines('orbit/premium', 'P1', '2026-11-27T10:00', 'Asia/Taipei');
		expect(due(result, 'first-response')).toBe('2026-11-27T14:00:00+08:00[Asia/Taipei]');
		// 14 h left on Friday, 24 h on Monday and on Tuesday, 10 h on Wednesday.
		expect(due(result, 'resolution')).toBe('2026-12-02T10:00:00+08:00[Asia/Taipei]');
		expect(result.find((d) => d.kind === 'resolution')!.counting).toBe('whole-weekdays');
		// Opened on Saturday, three business days end on Wednesday night at midnight.
		expect(
			due(deadlines('orbit/premium', 'P1', '2026-11-28T10:00', 'Asia/Taipei'), 'resolution')
		).toBe('2026-12-03T00:00:00+08:00[Asia/Taipei]');
	});
	test('coverage can differ per severity: orbit premium is 24x7 for P1 only', () => {
		const p1 = deadlines('orbit/premium', 'P1', '2026-11-28T10:00', 'Asia/Seoul');
		const p2 = deadlines('orbit/premium', 'P2', '2026-11-28T10:00', 'Asia/Seoul');
		expect(due(p1, 'first-response')).toBe('2026-11-28T14:00:00+09:00[Asia/Seoul]');
		expect(due(p2, 'first-response')).toBe('2026-11-30T11:00:00+09:00[Asia/Seoul]');
		expect(p1[0]!.calendarId).toBe('always');
		expect(p2[0]!.calendarId).toBe('local');
	});
	test('update cadence lists update times after the first response: twice a day on 24x7 is every 12 h', () => {
		// Tempo S1: first response within 1 h round the clock, then updates twice a day.
		const result = deadlines('tempo/steady', 'S1', '2026-11-24T10:00', 'Europe/Warsaw');
		expect(due(result, 'first-response')).toBe('2026-11-24T11:00:00+01:00[Europe/Warsaw]');
		const update = result.find((d) => d.kind === 'update')!;
		expect(update.updates!.map(String)).toEqual([
			'2026-11-24T23:00:00+01:00[Europe/Warsaw]',
			'2026-11-25T11:00:00+01:00[Europe/Warsaw]',
			'2026-11-25T23:00:00+01:00[Europe/Warsaw]',
		]);
		expect(update.trace).toContainEqual({ step: 'cadence', minutes: 720, from: 'first-response' });
	});
	test('only the targets of the chosen severity, plus severity-free ones, apply', () => {
		expect(
			deadlines('orbit/basic', 'P3', '2026-11-24T10:00', 'Europe/Warsaw').map((d) => [
				d.kind,
				d.severity,
			])
		).toEqual([
			['first-response', 'P3'],
			['inquiry-response', undefined],
		]);
	});
});

describe('a fixed coverage zone', () => {
	const vendor = (() => {
		const file = 'src/lib/catalogue/fixtures/valid-minimal.yaml';
		const result = validateVendorFile({ file, text: readFileSync(file, 'utf8') });
		if (!result.ok) throw new Error('fixture invalid');
		return result.value;
	})();
	test('counts the vendor’s hours in its own zone, whatever the customer’s zone', () => {
		const opening = parseOpening('2026-11-24T08:00', 'America/New_York');
		if (isOpeningError(opening)) throw new Error();
		const [resolution] = computeDeadlines({
			vendor,
			tier: vendor.tiers[0]!,
			severity: 'P2',
			opened: opening.at,
		});
		// 08:00 New York is 14:00 in Warsaw: 3 h left on Tuesday, 5 h on Wednesday → Wednesday 14:00 Warsaw.
		expect(resolution!.coverageZone).toBe('Europe/Warsaw');
		expect(resolution!.due.toString()).toBe('2026-11-25T08:00:00-05:00[America/New_York]');
	});
});

describe('parseOpening', () => {
	test('a time in the spring DST gap moves forward and says so', () => {
		const opening = parseOpening('2026-03-29T02:30', 'Europe/Warsaw');
		expect(opening).toMatchObject({ adjustment: 'skipped-forward' });
		expect(!isOpeningError(opening) && opening.at.toString()).toBe(
			'2026-03-29T03:30:00+02:00[Europe/Warsaw]'
		);
	});
	test('a time that occurs twice means the earlier one and says so', () => {
		const opening = parseOpening('2026-10-25T02:30', 'Europe/Warsaw');
		expect(opening).toMatchObject({ adjustment: 'ambiguous-earlier' });
		expect(!isOpeningError(opening) && opening.at.toString()).toBe(
			'2026-10-25T02:30:00+02:00[Europe/Warsaw]'
		);
	});
	test('an ordinary time has no adjustment', () => {
		expect(parseOpening('2026-11-27T16:30', 'Europe/Warsaw')).toMatchObject({
			adjustment: undefined,
		});
	});
	test('rejects unknown zones and impossible times', () => {
		expect(parseOpening('2026-11-27T16:30', 'Mars/Olympus')).toEqual({
			error: 'invalid-zone',
			value: 'Mars/Olympus',
		});
		expect(parseOpening('2026-02-30T16:30', 'Europe/Warsaw')).toEqual({
			error: 'invalid-time',
			value: '2026-02-30T16:30',
		});
		expect(parseOpening('tomorrow', 'Europe/Warsaw')).toEqual({
			error: 'invalid-time',
			value: 'tomorrow',
		});
		expect(parseOpening('2026-11-27T25:30', 'Europe/Warsaw')).toEqual({
			error: 'invalid-time',
			value: '2026-11-27T25:30',
		});
	});
});
