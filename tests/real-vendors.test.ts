/**
 * Four real vendors' published support terms as catalogue files (tests/fixtures/real/): each one
 * validates, and deadlines worked out by hand from the quoted words come out of the engine. Each case
 * says its reasoning in one line above it; where a case rests on an assumption of the file, the
 * comment names it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tierTerms } from '#lib/catalogue/query.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import { validateVendorFile } from '#lib/catalogue/validate.ts';
import { computeDeadlines } from '#lib/sla/deadlines.ts';
import { latestToday } from '../src/node/catalogue-files.ts';
import { regionHolidaysLookup } from '../src/node/holiday-files.ts';

const VENDORS = ['github', 'gitlab', 'atlassian', 'azure'] as const;
const regionData = regionHolidaysLookup();

function validate(id: string) {
	const file = `tests/fixtures/real/${id}.yaml`;
	return validateVendorFile(
		{ file, text: readFileSync(file, 'utf8') },
		{ today: latestToday(), regionData }
	);
}

const vendors = new Map<string, Vendor>();
function vendor(id: string): Vendor {
	const known = vendors.get(id);
	if (known) return known;
	const result = validate(id);
	if (!result.ok)
		throw new Error(result.issues.map((i) => `${i.line}:${i.column} ${i.message}`).join('\n'));
	vendors.set(id, result.value);
	return result.value;
}

/** A ticket: the plan (tier and add-ons), what selects its targets, and when it was opened. */
interface Ticket {
	tier: string;
	addOns?: string[];
	severity?: string;
	requestType?: string;
	attributes?: Record<string, string>;
	/** When the ticket was submitted, e.g. 2026-03-10T09:00[UTC]. */
	opened: string;
	/** When a later clock-start event (the vendor setting the priority) happened. */
	startedAt?: string;
}

function deadlines(vendorId: string, ticket: Ticket) {
	const v = vendor(vendorId);
	const tier = v.tiers.find((t) => t.id === ticket.tier);
	if (!tier) throw new Error(`no tier ${ticket.tier} in ${vendorId}`);
	return computeDeadlines({
		vendor: v,
		plan: tierTerms(v, tier, ticket.addOns),
		severity: ticket.severity,
		requestType: ticket.requestType,
		attributes: ticket.attributes,
		opened: Temporal.ZonedDateTime.from(ticket.opened),
		startedAt: ticket.startedAt ? Temporal.ZonedDateTime.from(ticket.startedAt) : undefined,
		regionData,
	});
}

/** The one first-response deadline of a ticket, as an ISO string in the customer's zone. */
function firstResponse(vendorId: string, ticket: Ticket) {
	const list = deadlines(vendorId, ticket);
	expect(list.map((d) => d.kind)).toEqual(['first-response']);
	return list[0]!;
}

const levelsOf = (vendorId: string, tierId: string, addOns: string[] = []) => {
	const v = vendor(vendorId);
	return tierTerms(
		v,
		v.tiers.find((t) => t.id === tierId)!,
		addOns
	).levels;
};

describe('real vendors: the files validate', () => {
	test.each(VENDORS)('%s.yaml has no problems', (id) => {
		const result = validate(id);
		expect(result.issues).toEqual([]);
		expect(result.ok).toBe(true);
	});
});

describe('GitHub', () => {
	// GitHub: Urgent on Premium, ticket opened 09:00 UTC, priority set 09:12 UTC, 30 min 24x7 from priority set → 09:42.
	test('the Premium clock starts when GitHub sets the priority', () => {
		const d = firstResponse('github', {
			tier: 'premium',
			severity: 'Urgent',
			opened: '2026-03-10T09:00[UTC]',
			startedAt: '2026-03-10T09:12[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-10T09:42:00+00:00[UTC]');
		expect(d.startEvent).toEqual({ event: 'severity-assigned', stated: true, given: true });
		expect(d.target.commitment).toBe('guaranteed');
		expect(d.calendarId).toBe('always');
	});

	// GitHub: same Urgent ticket with no time given for the priority → the engine counts from the opening, 09:00 + 30 min → 09:30, and says the time was not given.
	test('without the time the priority was set, the opening stands in (and says so)', () => {
		const d = firstResponse('github', {
			tier: 'premium',
			severity: 'Urgent',
			opened: '2026-03-10T09:00[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-10T09:30:00+00:00[UTC]');
		expect(d.startEvent).toEqual({ event: 'severity-assigned', stated: true, given: false });
	});

	// GitHub: High on Premium Plus, priority set Fri 25 Dec 22:00 UTC, 4 hours 24x7 with no holiday limit → Sat 26 Dec 02:00.
	test('Premium Plus High runs through Christmas night', () => {
		const d = firstResponse('github', {
			tier: 'premium-plus',
			severity: 'High',
			opened: '2026-12-25T21:50[UTC]',
			startedAt: '2026-12-25T22:00[UTC]',
		});
		expect(d.due.toString()).toBe('2026-12-26T02:00:00+00:00[UTC]');
	});

	// GitHub: High on Enterprise in Japanese, opened Fri 25 Dec 10:00 JST; 24 h on Mon–Fri 09:00–17:00 Tokyo (assumption japanese-response-time): Fri 7 h, Dec 28–Jan 3 closed, Mon 4 Jan 8 h, Tue 5 Jan 8 h, Wed 6 Jan 1 h → Wed 6 Jan 10:00 JST.
	test('Japanese-language tickets count on Tokyo hours and skip 28 December to 3 January', () => {
		const d = firstResponse('github', {
			tier: 'enterprise',
			severity: 'High',
			attributes: { language: 'ja' },
			opened: '2026-12-25T10:00[Asia/Tokyo]',
		});
		expect(d.calendarId).toBe('japanese-hours');
		expect(d.calendarSelectedBy).toEqual({ language: 'ja' });
		expect(d.due.toString()).toBe('2027-01-06T10:00:00+09:00[Asia/Tokyo]');
		expect(d.closedDates).toEqual([
			'2026-12-28',
			'2026-12-29',
			'2026-12-30',
			'2026-12-31',
			'2027-01-01',
		]);
	});

	// GitHub: the same ticket in English, 24 h on Mon–Fri around the clock in the customer's zone (assumption english-hours): Fri 10:00–24:00 is 14 h, weekend closed, Mon 28 Dec 00:00 + 10 h → 10:00 JST.
	test('the same ticket in English counts weekdays around the clock', () => {
		const d = firstResponse('github', {
			tier: 'enterprise',
			severity: 'High',
			attributes: { language: 'en' },
			opened: '2026-12-25T10:00[Asia/Tokyo]',
		});
		expect(d.calendarId).toBe('english-weekdays');
		expect(d.due.toString()).toBe('2026-12-28T10:00:00+09:00[Asia/Tokyo]');
	});

	// GitHub: Normal on Enterprise in English, opened Wed 25 Nov 2026 12:00 New York; 12 h Wed, Thanksgiving (4th Thu, 26 Nov) and the fourth Friday (27 Nov) closed, weekend closed, Mon 30 Nov + 12 h → 12:00.
	test('English support closes on the U.S. holidays of GitHub’s table', () => {
		const d = firstResponse('github', {
			tier: 'enterprise',
			severity: 'Normal',
			opened: '2026-11-25T12:00[America/New_York]',
		});
		expect(d.due.toString()).toBe('2026-11-30T12:00:00-05:00[America/New_York]');
		expect(d.closedDates).toEqual(['2026-11-26', '2026-11-27']);
	});

	// GitHub: Normal on Premium has no Premium figure; Premium includes Enterprise Support's 24 h, counted on Premium's hours ("For tickets you submit, support is available 24 hours a day, 7 days per week"): Sat 7 Mar 10:00 UTC → Sun 8 Mar 10:00.
	test('Premium includes Enterprise Support’s standard response time for Normal, on its own hours', () => {
		const d = firstResponse('github', {
			tier: 'premium',
			severity: 'Normal',
			opened: '2026-03-07T10:00[UTC]',
		});
		expect(d.origin).toEqual({ from: 'included', id: 'enterprise' });
		expect(d.calendarId).toBe('always');
		expect(d.due.toString()).toBe('2026-03-08T10:00:00+00:00[UTC]');
	});

	// GitHub: Urgent on Enterprise Support (GitHub Enterprise Server) is taken 24x7 but has no published response time → no deadline, yet the level is offered.
	test('Urgent is offered on Enterprise Support without a published target', () => {
		expect(
			deadlines('github', {
				tier: 'enterprise',
				severity: 'Urgent',
				attributes: { product: 'ghes' },
				opened: '2026-03-10T09:00[UTC]',
			})
		).toEqual([]);
		expect(levelsOf('github', 'enterprise')).toEqual(['Urgent', 'High', 'Normal', 'Low']);
	});
});

describe('GitLab', () => {
	// GitLab: Emergency on Priority Support through the emergency form, Sun 8 Mar 03:00 UTC, 30 minutes 24x7 → 03:30.
	test('an emergency through the emergency form is answered around the clock', () => {
		const d = firstResponse('gitlab', {
			tier: 'priority',
			severity: 'Severity 1',
			attributes: { channel: 'emergency' },
			opened: '2026-03-08T03:00[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-08T03:30:00+00:00[UTC]');
		expect(d.calendarId).toBe('always');
		expect(d.calendarSelectedBy).toEqual({ channel: 'emergency' });
		expect(d.selectedBy).toEqual({ channel: 'emergency' });
	});

	// GitLab: Emergency-level ticket sent through the web form: the page gives the 30 minutes to emergency support only (assumption emergency-channel) → no deadline.
	test('an Emergency-level ticket through the web form has no published target', () => {
		expect(
			deadlines('gitlab', {
				tier: 'priority',
				severity: 'Severity 1',
				attributes: { channel: 'web-form' },
				opened: '2026-03-08T03:00[UTC]',
			})
		).toEqual([]);
		expect(levelsOf('gitlab', 'priority')).toContain('Severity 1');
	});

	// GitLab: Highly Degraded through the web form, Tue 10 Mar 10:00 UTC, 4 hours 24x5 inside a weekday → 14:00.
	test('Highly Degraded through the web form counts 4 hours on 24x5', () => {
		const d = firstResponse('gitlab', {
			tier: 'priority',
			severity: 'Severity 2',
			attributes: { channel: 'web-form' },
			opened: '2026-03-10T10:00[UTC]',
		});
		expect(d.calendarId).toBe('weekdays');
		expect(d.due.toString()).toBe('2026-03-10T14:00:00+00:00[UTC]');
	});

	// GitLab: Highly Degraded, Fri 13 Mar 22:00 UTC; 24x5 read as Mon 00:00–Fri 24:00 in the customer's zone (assumption staffing-hours): 2 h Fri, 2 h Mon → Mon 16 Mar 02:00.
	test('a Friday-night web-form ticket waits for Monday on the assumed 24x5', () => {
		const d = firstResponse('gitlab', {
			tier: 'priority',
			severity: 'Severity 2',
			attributes: { channel: 'web-form' },
			opened: '2026-03-13T22:00[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-16T02:00:00+00:00[UTC]');
	});

	// GitLab: Licensing and Renewals Problems, any plan, Wed 11 Mar 09:00 UTC, "within 8 hours on business days (24x5)" → 17:00.
	test.each(['priority', 'standard-legacy'])(
		'a licensing question on %s has its own 8-hour reply time',
		(tier) => {
			const d = firstResponse('gitlab', {
				tier,
				requestType: 'licensing',
				opened: '2026-03-11T09:00[UTC]',
			});
			expect(d.target.requestType).toBe('licensing');
			expect(d.due.toString()).toBe('2026-03-11T17:00:00+00:00[UTC]');
		}
	);

	// GitLab: Standard (Legacy), any severity, Mon 9 Mar 10:00 UTC, "within 24 hours 24x5" → Tue 10 Mar 10:00.
	test('Standard Support (Legacy) replies within 24 hours 24x5 whatever the severity', () => {
		const d = firstResponse('gitlab', {
			tier: 'standard-legacy',
			severity: 'Severity 3',
			opened: '2026-03-09T10:00[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-10T10:00:00+00:00[UTC]');
	});
});

describe('Atlassian', () => {
	// Atlassian: L1 on Premium, Sat 7 Mar 10:00 UTC, "1 hour", 24/7 for high impact issues (assumption high-impact-levels) → 11:00.
	test('Premium L1 runs around the clock', () => {
		const d = firstResponse('atlassian', {
			tier: 'premium',
			severity: 'L1',
			opened: '2026-03-07T10:00[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-07T11:00:00+00:00[UTC]');
	});

	// Atlassian: L1 on Enterprise, Sun 8 Mar 23:50 UTC, 30 minutes, 24/7 for all technical issues → Mon 00:20.
	test('Enterprise L1 crosses midnight', () => {
		const d = firstResponse('atlassian', {
			tier: 'enterprise',
			severity: 'L1',
			opened: '2026-03-08T23:50[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-09T00:20:00+00:00[UTC]');
	});

	// Atlassian: L1 on Standard, Sat 7 Mar 10:00 UTC, "2 business hours" on 9/5 read as Mon–Fri 09:00–17:00 (assumption regional-hours) → Mon 9 Mar 11:00.
	test('Standard L1 waits for business hours', () => {
		const d = firstResponse('atlassian', {
			tier: 'standard',
			severity: 'L1',
			opened: '2026-03-07T10:00[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-09T11:00:00+00:00[UTC]');
	});

	// Atlassian: the same Standard L1 ticket with Atlassian Guard, "the same level of support as Premium": 1 hour 24/7 → Sat 11:00.
	test('Atlassian Guard lifts a Standard plan to Premium-level support', () => {
		const d = firstResponse('atlassian', {
			tier: 'standard',
			addOns: ['guard'],
			severity: 'L1',
			opened: '2026-03-07T10:00[UTC]',
		});
		expect(d.origin).toEqual({ from: 'add-on', id: 'guard' });
		expect(d.due.toString()).toBe('2026-03-07T11:00:00+00:00[UTC]');
	});

	// Atlassian: L3 on Standard, Tue 10 Mar 15:00 UTC, "1 business day" = 8 covered hours (assumption regional-hours): 2 h Tue, 6 h Wed → Wed 15:00.
	test('Standard L3 counts one business day of regional hours', () => {
		const d = firstResponse('atlassian', {
			tier: 'standard',
			severity: 'L3',
			opened: '2026-03-10T15:00[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-11T15:00:00+00:00[UTC]');
	});

	// Atlassian: Government Cloud L1, Fri 6 Feb 17:00 PST, "2 business hours" on Mon–Fri 06:00–18:00 PST (assumption government-hours): 1 h Fri, 1 h Mon → Mon 9 Feb 07:00 PST.
	test('Government Cloud L1 counts its own support hours', () => {
		const d = firstResponse('atlassian', {
			tier: 'government-cloud',
			severity: 'L1',
			opened: '2026-02-06T17:00[America/Los_Angeles]',
		});
		expect(d.due.toString()).toBe('2026-02-09T07:00:00-08:00[America/Los_Angeles]');
	});
});

describe('Microsoft Azure', () => {
	// Azure: Severity A on Standard, submitted Sat 7 Mar 10:00 UTC, "< 1 hr", 24x7, clock from submission → before 11:00.
	test('Standard Severity A is answered in less than an hour, from submission', () => {
		const d = firstResponse('azure', {
			tier: 'standard',
			severity: 'A',
			opened: '2026-03-07T10:00[UTC]',
		});
		expect(d.due.toString()).toBe('2026-03-07T11:00:00+00:00[UTC]');
		expect(d.target.bound).toBe('less-than');
		expect(d.startEvent).toEqual({ event: 'opened', stated: true, given: false });
	});

	// Azure: Severity A on Premier with Azure Rapid Response, Sun 8 Mar 02:00 UTC, "< 15 min" → before 02:15 (Premier alone: "< 1 hr" → 03:00).
	test('Azure Rapid Response sets Severity A to 15 minutes', () => {
		const ticket = { tier: 'premier', severity: 'A', opened: '2026-03-08T02:00[UTC]' };
		const rapid = firstResponse('azure', { ...ticket, addOns: ['rapid-response'] });
		expect(rapid.due.toString()).toBe('2026-03-08T02:15:00+00:00[UTC]');
		expect(rapid.origin).toEqual({ from: 'add-on', id: 'rapid-response' });
		expect(firstResponse('azure', ticket).due.toString()).toBe('2026-03-08T03:00:00+00:00[UTC]');
	});

	// Azure: Severity B on Standard chosen 24x7, Fri 6 Mar 16:00 UTC, 4 hours (assumptions standard-b-target, b-hours-choice) around the clock → 20:00.
	test('Severity B with 24x7 chosen runs around the clock', () => {
		const d = firstResponse('azure', {
			tier: 'standard',
			severity: 'B',
			attributes: { 'b-hours': 'around-the-clock' },
			opened: '2026-03-06T16:00[UTC]',
		});
		expect(d.calendarId).toBe('always');
		expect(d.due.toString()).toBe('2026-03-06T20:00:00+00:00[UTC]');
	});

	// Azure: the same Severity B ticket with business hours chosen, Mon–Fri 09:00–17:00 (assumption business-hours): 1 h Fri, 3 h Mon → Mon 9 Mar 12:00.
	test('Severity B with business hours chosen waits for Monday', () => {
		const d = firstResponse('azure', {
			tier: 'standard',
			severity: 'B',
			attributes: { 'b-hours': 'business-hours' },
			opened: '2026-03-06T16:00[UTC]',
		});
		expect(d.calendarId).toBe('business-hours');
		expect(d.due.toString()).toBe('2026-03-09T12:00:00+00:00[UTC]');
	});

	// Azure: Severity A on Developer is "N/A": not offered, so no deadline and no level.
	test('Developer does not offer Severity A', () => {
		expect(
			deadlines('azure', { tier: 'developer', severity: 'A', opened: '2026-03-07T10:00[UTC]' })
		).toEqual([]);
		expect(levelsOf('azure', 'developer')).toEqual([]);
	});
});
