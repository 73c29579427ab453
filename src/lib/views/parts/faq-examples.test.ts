import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { loadCatalogue } from '../../../node/catalogue-files.ts';
import { minutesOfDay } from '#lib/time/weekdays.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import {
	buildWorkedExample,
	runWorkedExample,
	workedExampleIds,
	workedExamples,
	type WorkedExampleId,
} from './faq-examples.ts';

// A fixture that uses every optional part of the format, so every example finds a plan that shows it.
const catalogue = loadCatalogue('tests/fixtures/full');
const run = (id: WorkedExampleId) => {
	const found = runWorkedExample(catalogue, id);
	if (!found) throw new Error(`no plan of the fixture shows ${id}`);
	return found;
};
const first = (id: WorkedExampleId) => run(id).deadlines[0]!;
const local = (zdt: Temporal.ZonedDateTime) => zdt.toPlainDateTime().toString().slice(0, 16);

/** Each example must still show the rule the general FAQ says it shows, whatever the catalogue holds. */
describe('worked examples of the general FAQ', () => {
	test('every example runs on a real plan of the catalogue', () => {
		for (const id of workedExampleIds) expect(run(id).deadlines.length, id).toBeGreaterThan(0);
	});

	test('the plan is chosen from the catalogue: the first plan and severity that shows the rule', () => {
		expect(`${run('closing-time').tier.id} ${run('closing-time').severity}`).toBe('basic P1');
		expect(`${run('update-cadence').tier.id} ${run('update-cadence').severity}`).toBe('premium P1');
		// An inquiry reply does not depend on severity, so the example names none.
		expect(run('holidays').deadlines[0]!.kind).toBe('inquiry-response');
		expect(run('holidays').severity).toBeUndefined();
	});

	test('a catalogue with no plan that shows a rule leaves that example out', () => {
		const minimal = loadCatalogue('tests/fixtures/minimal');
		const shown = workedExampleIds.filter((id) => runWorkedExample(minimal, id));
		expect(shown).toEqual(['business-day-hours']);
		const t = (key: string) => key;
		expect(buildWorkedExample(minimal, 'outside-coverage', 'en', t)).toBeUndefined();
	});

	test('business days due at the end of a day do not stand for one day of covered hours', () => {
		// Keystone Enterprise P2 is due when business hours end on the first business day.
		const keystone = loadCatalogue('tests/fixtures/terms');
		expect(runWorkedExample(keystone, 'business-day-hours')).toBeUndefined();
		const counted = structuredClone(keystone);
		// Counted from the opening, so that only the way business days count decides (see below).
		counted.vendors[0]!.clockStart = { event: 'opened', ref: { source: 'terms' } };
		const p2 = counted.vendors[0]!.tiers[1]!.targets[2]!;
		if (p2.kind === 'update' || p2.within.count !== 'end-of-day') throw new Error('Keystone P2');
		delete p2.within.count;
		expect(runWorkedExample(counted, 'business-day-hours')?.tier.id).toBe('enterprise');
	});

	test('a plan on a region’s public holidays is not chosen: the page has no region data', () => {
		const minimal = loadCatalogue('tests/fixtures/minimal');
		const regional = structuredClone(minimal);
		for (const calendar of regional.vendors[0]!.calendars)
			if (calendar.type === 'weekly')
				calendar.holidays = { region: 'CN', dates: [], working: [], yearly: [] };
		// The same plan without the region shows an example; with it, no example picks it, and none throws.
		expect(runWorkedExample(minimal, 'business-day-hours')).toBeDefined();
		expect(workedExampleIds.filter((id) => runWorkedExample(regional, id))).toEqual([]);
	});

	test('a target whose clock starts when the vendor sets the level is not chosen: the example gives only the opening', () => {
		const keystone = loadCatalogue('tests/fixtures/terms');
		// Keystone's Enterprise P1 target (8 hours on business hours) would show the rule, but its clock
		// starts when the vendor sets the priority; counted from the opening it is.
		expect(runWorkedExample(keystone, 'outside-coverage')).toBeUndefined();
		const opened = structuredClone(keystone);
		opened.vendors[0]!.clockStart = { event: 'opened', ref: { source: 'terms' } };
		expect(runWorkedExample(opened, 'outside-coverage')).toMatchObject({
			tier: { id: 'enterprise' },
			severity: 'P1',
		});
	});

	test('opened outside coverage: the clock starts later, at the start of covered hours', () => {
		const d = first('outside-coverage');
		const { vendor, tier, severity } = run('outside-coverage');
		expect(d.clockStart.epochMilliseconds).toBeGreaterThan(
			run('outside-coverage').opening.at.epochMilliseconds
		);
		const calendar = resolveCalendar(vendor, tier, severity);
		if (calendar.type !== 'weekly') throw new Error('expected business hours');
		expect(calendar.hours.map((h) => h.from)).toContain(
			d.clockStart.toPlainTime().toString().slice(0, 5)
		);
	});

	test('closing time: the target runs out exactly when coverage closes', () => {
		const d = first('closing-time');
		const { vendor, tier, severity } = run('closing-time');
		const calendar = resolveCalendar(vendor, tier, severity);
		if (calendar.type !== 'weekly') throw new Error('expected business hours');
		expect(d.atClosing).toBe(true);
		expect(calendar.hours.map((h) => h.to)).toContain(d.due.toPlainTime().toString().slice(0, 5));
	});

	test('a business day on weekly hours is the covered length of one day', () => {
		const d = first('business-day-hours');
		const { vendor, tier } = run('business-day-hours');
		const calendar = resolveCalendar(vendor, tier);
		if (calendar.type !== 'weekly') throw new Error('expected business hours');
		const day = Math.max(...calendar.hours.map((h) => minutesOfDay(h.to) - minutesOfDay(h.from)));
		expect(d.counting).toBe('weekly-hours');
		expect(d.countedMinutes).toBe(day * (d.target.kind === 'update' ? 0 : d.target.within.value));
	});

	test('a business day on 24x7 is a whole weekday in the customer’s zone', () => {
		const d = first('business-day-24x7');
		expect(d.counting).toBe('whole-weekdays');
		expect(d.due.timeZoneId).toBe(workedExamples['business-day-24x7'].zone);
	});

	test('elapsed time across the spring change is one wall-clock hour longer', () => {
		const d = first('dst-elapsed');
		const opened = run('dst-elapsed').opening.at;
		const wallClockMinutes = opened
			.toPlainDateTime()
			.until(d.due.toPlainDateTime(), { largestUnit: 'minutes' }).minutes;
		expect(wallClockMinutes).toBe(d.countedMinutes + 60);
	});

	test('a time in the DST gap moves forward; a repeated time means the earlier instant', () => {
		const gap = run('dst-gap');
		expect(gap.opening.adjustment).toBe('skipped-forward');
		expect(local(gap.opening.at) > workedExamples['dst-gap'].opened).toBe(true);
		const repeated = run('dst-repeated');
		expect(repeated.opening.adjustment).toBe('ambiguous-earlier');
		const later = Temporal.PlainDateTime.from(
			workedExamples['dst-repeated'].opened
		).toZonedDateTime(workedExamples['dst-repeated'].zone, { disambiguation: 'later' });
		expect(repeated.opening.at.epochMilliseconds).toBeLessThan(later.epochMilliseconds);
	});

	test('holidays are skipped on business hours and ignored on 24x7', () => {
		expect(first('holidays').closedDates.length).toBeGreaterThan(0);
		const always = first('holidays-24x7');
		expect(always.counting).toBe('elapsed');
		expect(always.due.epochMilliseconds - run('holidays-24x7').opening.at.epochMilliseconds).toBe(
			always.countedMinutes * 60_000
		);
	});

	test('updates are counted from the first response', () => {
		const [response, update] = run('update-cadence').deadlines;
		expect(response!.kind).toBe('first-response');
		expect(update!.kind).toBe('update');
		expect(update!.trace).toContainEqual(
			expect.objectContaining({ step: 'cadence', from: 'first-response' })
		);
		expect(update!.due.epochMilliseconds).toBeGreaterThan(response!.due.epochMilliseconds);
	});

	test('the view formats the example for the locale', () => {
		const view = buildWorkedExample(catalogue, 'holidays', 'pl', echoTranslate)!;
		expect(view.plan).toContain('Orbit');
		// Polish short month names, e.g. "gru" for December; English would say "Dec".
		expect(view.deadlines[0]!.dueText).toMatch(/gru/);
		expect(view.extraClosed).toBeUndefined();
		expect(view.zone).toBe(workedExamples.holidays.zone);
	});

	test('the source field holds the citation alone: its label is the field name, not a "Source:" lead', () => {
		const t = (key: string, vars?: Record<string, string | number>) =>
			vars ? `${key}(${Object.values(vars).join('|')})` : key;
		const { provenance } = buildWorkedExample(catalogue, 'holidays', 'en', t)!.deadlines[0]!;
		expect(provenance.sourceText).toMatch(/^atlas\.source\.(line|none)/);
		expect(provenance.sourceValue).not.toMatch(/atlas\.source\.(line|none)\b/);
		if (provenance.source) expect(provenance.sourceText).toContain(provenance.sourceValue);
		else expect(provenance.sourceValue).toBe('atlas.source.noneValue');
	});
});
