import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureCatalogue } from '../../../../tests/support/fixture-catalogue.ts';
import { loadCatalogue } from '../../../node/catalogue-files.ts';
import { buildDirectory } from '#lib/views/pages/home.ts';
import { buildTierPage } from '#lib/views/pages/plans-tier.ts';
import { buildVendorPlans } from '#lib/views/pages/plans-vendor.ts';
import { tierKeyFacts } from './tier-key-facts.ts';

// Echoes the key and variables, so the test sees exactly what the view asked for.
const t = echoTranslate;
const markers = (ids: string[]) =>
	ids.map((id) => ({ id, number: 1, label: 'A1', reference: 'A1', text: id, href: `#${id}` }));

// A fixture whose catalogue marks its channels row (`role: channels`).
const relay = loadCatalogue('tests/fixtures/channels').vendors[0]!;
const tier = (id: string) => relay.tiers.find((x) => x.id === id)!;

describe("a tier's headline target", () => {
	test('names the severity it is for, and a target for any severity by its kind alone', () => {
		const orbit = fixtureCatalogue().vendors.find((v) => v.id === 'orbit')!;
		expect(tierKeyFacts(orbit, orbit.tiers[0]!, 'pl', t, markers).headline?.label).toBe(
			'atlas.tier.headlineTarget.first-response{"severity":"P1"}'
		);
		const anySeverity = {
			...orbit.tiers[0]!,
			targets: orbit.tiers[0]!.targets.map(({ severity: _, ...target }) => target),
		};
		expect(tierKeyFacts(orbit, anySeverity, 'pl', t, markers).headline?.label).toBe(
			'atlas.target.kind.first-response'
		);
	});
});

describe("a tier's channels among its key facts", () => {
	test("show the tier's value of the row marked `role: channels`, with its assumption", () => {
		const basic = tierKeyFacts(relay, tier('basic'), 'en', t, markers).channels;
		expect(basic?.value).toBe('Email');
		expect(basic?.assumptions.map((a) => a.id)).toEqual(['email-only']);
	});

	test('a list reads as one phrase in the locale (later items lose their capital); a value the source does not state says so', () => {
		expect(tierKeyFacts(relay, tier('plus'), 'en', t, markers).channels).toEqual({
			value: 'Email and phone',
			assumptions: [],
		});
		expect(tierKeyFacts(relay, tier('plus'), 'pl', t, markers).channels?.value).toBe(
			'E-mail i telefon'
		);
		expect(tierKeyFacts(relay, tier('plus'), 'zh-TW', t, markers).channels?.value).toBe(
			'電子郵件和電話'
		);
		expect(tierKeyFacts(relay, tier('max'), 'en', t, markers).channels?.value).toBe(
			'atlas.value.notStated'
		);
	});

	test('yes/no channel rows: the tier has the channels whose row says yes, named by the rows', () => {
		// The same vendor, its channels told as one yes/no row per channel instead of one row in words.
		const yesNo = structuredClone(relay);
		const features = yesNo.categories[0]!.features;
		features[0]!.role = 'channels'; // remote sessions: no, yes, yes
		features[1] = {
			...features[1]!,
			id: 'email',
			name: { en: 'Email', 'zh-CN': '邮件', 'zh-TW': '電子郵件', ko: '이메일', pl: 'E-mail' },
			values: { basic: true, plus: true, max: false },
		};
		const words = (id: string) => tierKeyFacts(yesNo, tier(id), 'en', t, markers).channels?.value;
		expect(words('basic')).toBe('Email');
		expect(words('plus')).toBe('Remote sessions and email');
		expect(words('max')).toBe('Remote sessions');
		yesNo.categories[0]!.features[0]!.values.max = false;
		expect(words('max')).toBe('atlas.value.notStated');
	});

	test('a vendor that marks no channels row shows none, not a placeholder', () => {
		for (const vendor of fixtureCatalogue().vendors)
			for (const x of vendor.tiers)
				expect(tierKeyFacts(vendor, x, 'en', t, markers).channels, `${vendor.id}/${x.id}`).toBe(
					undefined
				);
	});

	test('home cards, plan overviews and tier pages say the same', () => {
		const home = buildDirectory({ vendors: [relay] }, 'ko', t)[0]!.tiers;
		const plans = buildVendorPlans(relay, 'ko', t).tiers;
		const page = buildTierPage(relay, 'basic', 'ko', t).tier;
		expect(home.map((x) => x.channels?.value)).toEqual([
			'이메일',
			'이메일 및 전화',
			'atlas.value.notStated',
		]);
		expect(plans.map((x) => x.channels?.value)).toEqual(home.map((x) => x.channels?.value));
		expect(page.channels?.value).toBe('이메일');
		// Markers link to the list on the plan page itself, and from the home page to the plan page.
		expect(page.channels?.assumptions.map((a) => a.href)).toEqual(['#assumption-email-only']);
		expect(home[0]!.channels?.assumptions.map((a) => a.href)).toEqual([
			'/ko/plans/relay/#assumption-email-only',
		]);
	});
});
