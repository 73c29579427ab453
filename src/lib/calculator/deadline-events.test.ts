import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { echoTranslate } from '../../../tests/support/echo-translate.ts';
import {
	englishOnly,
	fixtureCatalogue,
	fixtureFolderVendor,
} from '../../../tests/support/fixture-catalogue.ts';
import { buildCalculatorData } from '#lib/views/pages/calculator.ts';
import type { DeadlineView } from '#lib/views/parts/deadlines.ts';
import { deadlineEvents, icsFileName } from './deadline-events.ts';
import { buildIcs } from './ics.ts';
import { evaluate } from './state.ts';

const t = echoTranslate;
const page = {
	search: '?plan=orbit/basic&severity=P1',
	href: 'https://plans.example.org/calculator/?plan=orbit/basic&severity=P1',
};

/** A deadline as the calculator words it, with the parts the events use. */
const view = (kind: DeadlineView['kind'], extra: Partial<DeadlineView> = {}): DeadlineView => ({
	kind,
	label: `label:${kind}`,
	promise: '1 hour',
	coverage: 'Business hours',
	dueInstant: '2026-11-30T07:30:00Z',
	dueZoned: '2026-11-30T08:30:00+01:00[Europe/Warsaw]',
	dueText: 'Mon 30 Nov, 08:30',
	trace: ['Opened Friday 16:30.', 'Counted 1 hour of business hours.'],
	count: {
		zone: 'Europe/Warsaw',
		clockStartMs: Date.UTC(2026, 10, 27, 15, 30),
		dueMs: Date.UTC(2026, 10, 30, 7, 30),
		minutes: 60,
		spans: [],
	},
	...extra,
});

describe('deadlineEvents', () => {
	test('one 15-minute event per deadline at its instant, saying when it is due and how, reminding an hour before and at the time', () => {
		const events = deadlineEvents([view('first-response')], 'Orbit · Basic · P1', page, t);
		expect(events).toEqual([
			{
				uid: '?plan=orbit/basic&severity=P1#first-response-0@plan-atlas',
				startMs: Date.UTC(2026, 10, 30, 7, 30),
				durationMinutes: 15,
				summary:
					'atlas.calc.ics.summary{"kind":"label:first-response","plan":"Orbit · Basic · P1"}',
				description: [
					'atlas.format.label{"label":"atlas.calc.label.due"}Mon 30 Nov, 08:30',
					'Opened Friday 16:30.',
					'Counted 1 hour of business hours.',
					page.href,
				].join('\n'),
				url: page.href,
				alarms: [60, 0],
			},
		]);
	});

	test('an update cadence gives one event per listed time, numbered in its id', () => {
		const updates = [
			{ instant: '2026-11-30T07:30:00Z', text: 'first' },
			{ instant: '2026-11-30T11:30:00Z', text: 'second' },
		];
		const events = deadlineEvents(
			[view('first-response'), view('update', { updates })],
			'Orbit · Basic · P1',
			page,
			t
		);
		expect(events.map((e) => [e.uid, new Date(e.startMs).toISOString()])).toEqual([
			['?plan=orbit/basic&severity=P1#first-response-0@plan-atlas', '2026-11-30T07:30:00.000Z'],
			['?plan=orbit/basic&severity=P1#update-0@plan-atlas', '2026-11-30T07:30:00.000Z'],
			['?plan=orbit/basic&severity=P1#update-1@plan-atlas', '2026-11-30T11:30:00.000Z'],
		]);
		expect(events[2]!.description).toMatch(/^atlas\.format\.label\{.*\}second\n/);
		// The second time is explained from the first, not by the first's trace.
		expect(events[2]!.description!.split('\n').slice(1)).toEqual([
			'atlas.calc.ics.nextUpdate{"n":2,"total":2,"previous":"first","promise":"1 hour"}',
			page.href,
		]);
		expect(events[1]!.description).toContain('Counted 1 hour of business hours.');
	});

	test('the same inputs give the same ids; other inputs, other ids', () => {
		const once = deadlineEvents([view('resolution')], 'x', page, t);
		const again = deadlineEvents([view('resolution')], 'x', page, t);
		const other = deadlineEvents([view('resolution')], 'x', { ...page, search: '?plan=a/b' }, t);
		expect(again.map((e) => e.uid)).toEqual(once.map((e) => e.uid));
		expect(other[0]!.uid).not.toBe(once[0]!.uid);
	});

	test("a real result's deadlines make a calendar that an iCalendar parser reads back", () => {
		const vendors = buildCalculatorData(fixtureCatalogue(), 'en', t);
		const input = { plan: 'orbit/basic', severity: 'P1', opened: '2026-11-27T16:30' };
		const outcome = evaluate(vendors, { ...input, tz: 'Europe/Warsaw' }, 'en', t);
		if (!outcome.ok) throw new Error('the fixture input is valid');
		const { views, summary } = outcome.result;
		const events = deadlineEvents(views, summary, page, t);
		const parsed = new ICAL.Component(ICAL.parse(buildIcs(events, Date.UTC(2026, 10, 27))))
			.getAllSubcomponents('vevent')
			.map((v) => new ICAL.Event(v));
		expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual(
			views.flatMap((v) =>
				(v.updates ?? [{ instant: v.dueInstant }]).map((u) => new Date(u.instant).toISOString())
			)
		);
		expect(parsed.length).toBeGreaterThan(0);
		// Each event explains itself (no two say the same) and reminds an hour before and when due.
		const descriptions = parsed.map((e) => e.description);
		expect(new Set(descriptions).size).toBe(parsed.length);
		for (const event of parsed) {
			expect(event.description.split('\n').at(-1)).toBe(page.href);
			const triggers = event.component
				.getAllSubcomponents('valarm')
				.map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
			expect(triggers).toEqual([-3600, 0]);
		}
	});

	test('says where a target comes from and what chose it, where the result says so', () => {
		const vendors = buildCalculatorData({ vendors: [fixtureFolderVendor('terms')] }, 'en', t);
		// Keystone Basic with the Guard add-on, which lifts it to Premium's terms.
		const input = {
			plan: 'keystone/basic',
			addons: 'guard',
			severity: 'P1',
			opened: '2026-12-04T16:30',
			tz: 'Europe/Warsaw',
		};
		const outcome = evaluate(vendors, input, 'en', t);
		if (!outcome.ok) throw new Error('the fixture input is valid');
		const { views, summary, terms } = outcome.result;
		const [event] = deadlineEvents(views, summary, page, t, terms);
		expect(event!.description!.split('\n').slice(0, 2)).toEqual([
			`atlas.format.label{"label":"atlas.calc.label.due"}${views[0]!.dueText}`,
			'atlas.calc.origin.addOn{"addOn":"Guard"}',
		]);
		// An add-on name not yet translated (a phrase of pieces) is written as its words.
		const english = buildCalculatorData(
			{ vendors: [englishOnly(fixtureFolderVendor('terms'))] },
			'pl',
			t
		);
		const inPolish = evaluate(english, input, 'pl', t);
		if (!inPolish.ok) throw new Error('the fixture input is valid');
		const [polishEvent] = deadlineEvents(
			inPolish.result.views,
			inPolish.result.summary,
			page,
			t,
			inPolish.result.terms
		);
		expect(polishEvent!.description!.split('\n')[1]).toBe(
			'atlas.calc.origin.addOn{"addOn":"Guard"}'
		);
		// Without them, the due time and the trace alone.
		expect(deadlineEvents(views, summary, page, t)[0]!.description!.split('\n')[1]).toBe(
			views[0]!.trace[0]
		);
	});
});

describe('icsFileName', () => {
	test('keeps letters and digits of any script, joins the rest with hyphens, in lower case', () => {
		expect(icsFileName('Acme · Standard · P1')).toBe('plan-atlas-acme-standard-p1.ics');
		expect(icsFileName('아만다 · 스탠다드 · P1')).toBe('plan-atlas-아만다-스탠다드-p1.ics');
		expect(icsFileName('Orbit (EU) / Basic')).toBe('plan-atlas-orbit-eu-basic.ics');
	});
});
