import { describe, expect, test } from 'vitest';
import {
	fixtureFolderVendor,
	fixtureVendor,
	fixtureCatalogue,
} from '../../../tests/support/fixture-catalogue.ts';
import { tierTerms } from '#lib/catalogue/query.ts';
import { computeDeadlines } from './deadlines.ts';

// Fixture vendor keystone (tests/fixtures/terms), worked by hand. Friday 4 December 2026, Warsaw is
// UTC+1; business hours are Mon–Fri 09:00–17:00 in the customer's zone, Tokyo's in Asia/Tokyo. The
// vendor starts the clock when it sets the priority; licensing questions count from opening.
const vendor = fixtureFolderVendor('terms');
const tier = (id: string) => vendor.tiers.find((t) => t.id === id)!;
const at = (local: string, zone = 'Europe/Warsaw') =>
	Temporal.PlainDateTime.from(local).toZonedDateTime(zone);

function due(
	tierId: string,
	ticket: {
		severity?: string;
		requestType?: string;
		attributes?: Record<string, string>;
		addOns?: string[];
		startedAt?: string;
	},
	opened = '2026-12-04T16:30'
) {
	return computeDeadlines({
		vendor,
		plan: tierTerms(vendor, tier(tierId), ticket.addOns),
		severity: ticket.severity,
		requestType: ticket.requestType,
		attributes: ticket.attributes,
		startedAt: ticket.startedAt ? at(ticket.startedAt) : undefined,
		opened: at(opened),
	});
}
const dueAt = (list: ReturnType<typeof due>) => list.map((d) => d.due.toString());

describe('deadlines under real vendors’ kinds of terms', () => {
	test('a clock that starts when the priority is set counts from that time, when given', () => {
		// Premium P1: < 30 minutes, 24x7. Priority set at 16:50 → 17:20; not given → from 16:30.
		const given = due('premium', { severity: 'P1', startedAt: '2026-12-04T16:50' });
		expect(dueAt(given)).toEqual(['2026-12-04T17:20:00+01:00[Europe/Warsaw]']);
		expect(given[0]!.startEvent).toEqual({ event: 'severity-assigned', stated: true, given: true });
		const missing = due('premium', { severity: 'P1' });
		expect(dueAt(missing)).toEqual(['2026-12-04T17:00:00+01:00[Europe/Warsaw]']);
		expect(missing[0]!.trace).toContainEqual(
			expect.objectContaining({ step: 'start-event', event: 'severity-assigned', given: false })
		);
	});

	test('a choice made at submission selects the calendar', () => {
		// Premium P2, 4 hours: round the clock → 20:30; business hours → 30 min Friday + 3 h 30 Monday.
		const round = due('premium', { severity: 'P2', attributes: { hours: 'round-the-clock' } });
		expect(dueAt(round)).toEqual(['2026-12-04T20:30:00+01:00[Europe/Warsaw]']);
		expect(round[0]!.calendarSelectedBy).toEqual({ hours: 'round-the-clock' });
		const business = due('premium', { severity: 'P2', attributes: { hours: 'business' } });
		expect(dueAt(business)).toEqual(['2026-12-07T12:30:00+01:00[Europe/Warsaw]']);
	});

	test('a language selects the vendor’s own hours in its own zone', () => {
		// Japanese support, Tokyo 09:00–17:00: Fri 16:30 Warsaw is Sat 00:30 in Tokyo, so the clock
		// starts Mon 09:00 JST (01:00 Warsaw); 4 hours later is 13:00 JST, 05:00 in Warsaw.
		const list = due('premium', {
			severity: 'P2',
			attributes: { hours: 'business', language: 'ja' },
		});
		expect(dueAt(list)).toEqual(['2026-12-07T05:00:00+01:00[Europe/Warsaw]']);
		expect(list[0]!.calendarId).toBe('tokyo');
	});

	test('a product attribute selects a more specific target', () => {
		// Enterprise P1: 8 business hours, 4 on server deployments; from Fri 16:30.
		expect(
			dueAt(due('enterprise', { severity: 'P1', attributes: { deployment: 'server' } }))
		).toEqual(['2026-12-07T12:30:00+01:00[Europe/Warsaw]']);
		const cloud = due('enterprise', { severity: 'P1', attributes: { deployment: 'cloud' } });
		expect(dueAt(cloud)).toEqual(['2026-12-07T16:30:00+01:00[Europe/Warsaw]']);
		expect(cloud[0]!.selectedBy).toBeUndefined();
	});

	test('"by the end of the first business day" from inside and before hours', () => {
		expect(dueAt(due('enterprise', { severity: 'P2' }))).toEqual([
			'2026-12-07T17:00:00+01:00[Europe/Warsaw]',
		]);
		expect(dueAt(due('enterprise', { severity: 'P2' }, '2026-12-04T07:00'))).toEqual([
			'2026-12-04T17:00:00+01:00[Europe/Warsaw]',
		]);
	});

	test('a request type has its own reply time and its own clock start', () => {
		// Licensing: 8 business hours from opening, whatever time the priority was set.
		const list = due('enterprise', { requestType: 'licensing', startedAt: '2026-12-04T16:50' });
		expect(dueAt(list)).toEqual(['2026-12-07T16:30:00+01:00[Europe/Warsaw]']);
		expect(list[0]!.startEvent).toEqual({ event: 'opened', stated: true, given: false });
	});

	test('a level offered without a target has no deadline', () => {
		expect(due('enterprise', { severity: 'P4' })).toEqual([]);
	});

	test('add-ons: one sets a faster target, one lifts a plan to another tier’s terms', () => {
		const rapid = due('premium', { severity: 'P1', addOns: ['rapid'] });
		expect(dueAt(rapid)).toEqual(['2026-12-04T16:45:00+01:00[Europe/Warsaw]']);
		expect(rapid[0]!.origin).toEqual({ from: 'add-on', id: 'rapid' });
		const lifted = due('basic', { severity: 'P1', addOns: ['guard'] });
		expect(dueAt(lifted)).toEqual(['2026-12-04T17:00:00+01:00[Europe/Warsaw]']);
		expect(lifted[0]!.origin).toEqual({ from: 'add-on', id: 'guard' });
	});

	test('an included tier’s target counts on the including tier’s coverage', () => {
		const list = due('premium', { requestType: 'licensing' });
		expect(list[0]!.origin).toEqual({ from: 'included', id: 'enterprise' });
		expect(dueAt(list)).toEqual(['2026-12-07T16:30:00+01:00[Europe/Warsaw]']);
	});

	test('terms that do not say when the clock starts: counted from opening, and the trace says so', () => {
		const solo = fixtureVendor(fixtureCatalogue(), 'solo');
		const [first] = computeDeadlines({
			vendor: solo,
			tier: solo.tiers[0]!,
			severity: solo.severities?.levels[0]?.id,
			opened: at('2026-12-04T10:00'),
		});
		expect(first!.trace[1]).toMatchObject({ step: 'start-event', event: 'opened', stated: false });
	});
});
