import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureCatalogue, fixtureVendor } from '../../../../tests/support/fixture-catalogue.ts';
import type { Target } from '#lib/catalogue/schema.ts';
import { buildDirectory, buildHomeLinks } from './home.ts';

// Echoes the key and variables, so the test sees exactly what the view asked for.
const t = echoTranslate;
// Fixtures, not the example catalogue.
const catalogue = fixtureCatalogue();

describe('the home directory', () => {
	const directory = buildDirectory(catalogue, 'pl', t);
	const tier = (vendor: string, id: string) =>
		directory.find((v) => v.id === vendor)!.tiers.find((x) => x.id === id)!;

	test('lists every vendor and tier of the catalogue, linking to plan pages in the locale', () => {
		expect(directory.map((v) => [v.id, v.plansHref, v.tiers.map((x) => x.id)])).toEqual([
			['orbit', '/pl/plans/orbit/', ['basic', 'premium']],
			['solo', '/pl/plans/solo/', ['standard']],
		]);
		expect(tier('orbit', 'premium').href).toBe('/pl/plans/orbit/premium/');
	});

	test('shows the P1 first-response target with the coverage that counts it', () => {
		expect(tier('orbit', 'premium').headline).toEqual({
			label: 'atlas.tier.headlineTarget.first-response{"severity":"P1"}',
			value: '240 minut',
			assumptions: [],
		});
		// Round the clock for P1 only: the card says so instead of "24/7" alone, in one sentence
		// (the names lose their capitals inside it, the sentence starts with one).
		expect(tier('orbit', 'premium').coverage).toBe(
			'Atlas.home.coverageSplit{"coverage":"24/7","severities":"P1","other":"twoje godziny pracy"}'
		);
		expect(tier('orbit', 'basic').headline?.value).toBe('3 godziny');
		expect(tier('orbit', 'basic').coverage).toBe('Godziny biura');
	});

	test('without severities, shows the first reply; else the inquiry reply; else nothing', () => {
		expect(tier('solo', 'standard').headline).toEqual({
			// Named by its kind: there is no severity to name ("Pierwsza odpowiedź", not "… ()").
			label: 'atlas.target.kind.first-response',
			value: 'atlas.duration.businessDays{"count":1}',
			assumptions: [],
		});
		const solo = fixtureVendor(catalogue, 'solo');
		const withTargets = (targets: Target[]) =>
			buildDirectory(
				{ vendors: [{ ...solo, tiers: [{ ...solo.tiers[0]!, targets }] }] },
				'pl',
				t
			)[0]!.tiers[0]!.headline;
		expect(
			withTargets([
				{ kind: 'inquiry-response', within: { value: 2, unit: 'business-days' }, clock: 'covered' },
			])
		).toEqual({
			label: 'atlas.target.kind.inquiry-response',
			value: 'atlas.duration.businessDays{"count":2}',
			assumptions: [],
		});
		expect(withTargets([])).toBeUndefined();
	});
});

describe('the ways into the site from the home page', () => {
	test('lead to the calculator, the comparison, the plan finder and the general questions, in the locale', () => {
		expect(buildHomeLinks('zh-CN', t).map((l) => l.href)).toEqual([
			'/zh-cn/calculator/',
			'/zh-cn/compare/',
			'/zh-cn/finder/',
			'/zh-cn/faq/',
		]);
	});
	test("lead to each vendor's severity guide and questions, where it has them", () => {
		const directory = buildDirectory(catalogue, 'en', t);
		for (const vendor of catalogue.vendors) {
			const hrefs = directory.find((v) => v.id === vendor.id)!.guides.map((g) => g.href);
			expect(hrefs.includes(`/severity/${vendor.id}/`)).toBe(Boolean(vendor.severities));
			expect(hrefs.includes(`/faq/${vendor.id}/`)).toBe(vendor.faq.length > 0);
		}
		expect(directory.flatMap((v) => v.guides).length).toBeGreaterThan(0);
	});
});
