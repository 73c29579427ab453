import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import { PageRefs } from './page-refs.ts';
import { buildTierOverview } from './tier-overview.ts';

const t = echoTranslate;
const orbit = fixtureVendor(fixtureCatalogue(), 'orbit');
const duo = fixtureFolderVendor('plan-pages');

const card = (vendor: Vendor, tierId: string) =>
	buildTierOverview(
		vendor,
		vendor.tiers.find((x) => x.id === tierId)!,
		'en',
		t,
		new PageRefs(vendor, t, 'en')
	);

describe('a tier’s card on the plan pages', () => {
	test('starts with the most severe first-response time and the coverage, split when severities differ', () => {
		const premium = card(orbit, 'premium');
		expect(premium.headline).toEqual({
			label: 'atlas.tier.headlineTarget.first-response{"severity":"P1"}',
			value: '240 minutes',
			assumptions: [],
		});
		// P1 runs round the clock, the rest on the customer's business hours.
		// One sentence: the names lose their capitals inside it, the sentence starts with one.
		expect(premium.coverage).toBe(
			'Atlas.home.coverageSplit{"coverage":"24x7","severities":"P1","other":"your business hours"}'
		);
		expect(premium.coverageAssumptions).toEqual([]);
		const plus = card(duo, 'plus');
		expect(plus.coverage).toBe(
			'Atlas.home.coverageSplit{"coverage":"24x7","severities":"S1","other":"weekdays"}'
		);
		// The assumed weekday hours count the other severities: the split coverage marks them.
		expect(plus.coverageAssumptions.map((a) => a.id)).toEqual(['weekday-hours']);
	});

	test('falls back to the tier’s first deadline, with the assumptions of its figure', () => {
		// Lite publishes nothing for S1: its S2 reply stands in, on an assumed counting clock.
		const lite = card(duo, 'lite');
		expect(lite.headline?.label).toBe('atlas.tier.headlineTarget.first-response{"severity":"S2"}');
		expect(lite.headline?.value).toBe('16 hours');
		expect(lite.headline?.assumptions.map((a) => a.id)).toEqual(['counting-clock']);
		expect(lite.coverage).toBe('Weekdays');
		expect(lite.coverageAssumptions.map((a) => a.id)).toEqual(['weekday-hours']);
	});

	test('says how the tier is obtained, for whom, with which add-ons, and the assumptions about it', () => {
		expect(card(orbit, 'basic')).toMatchObject({
			anchor: 'tier-basic-overview',
			name: 'Basic',
			href: '/plans/orbit/basic/',
			summary: 'Included help',
			availability: 'atlas.tier.availability.included',
			availabilityNote: 'With every licence',
			eligibility: ['Trial customers'],
			addOns: [],
		});
		expect(card(orbit, 'premium').addOns).toEqual(['Named engineer']);
		expect(card(orbit, 'basic').assumptions.map((a) => a.label)).toEqual([
			'atlas.plans.assumptionRef{"number":1}',
		]);
		expect(card(orbit, 'premium').assumptions).toEqual([]);
		// Numbered by the vendor's list: every-plan is the second assumption, plus-price the third.
		expect(card(duo, 'plus').assumptions.map((a) => [a.id, a.number])).toEqual([
			['every-plan', 2],
			['plus-price', 3],
		]);
	});
});
