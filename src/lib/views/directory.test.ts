import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import type { Translate } from '../i18n/translate.ts';
import { buildDirectory } from './directory.ts';

// Echoes the key and variables, so the test sees exactly what the view asked for.
const t: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);
const catalogue = loadCatalogue('content/vendors');

describe('the home directory', () => {
	const directory = buildDirectory(catalogue, 'pl', t);
	const tier = (vendor: string, id: string) =>
		directory.find((v) => v.id === vendor)!.tiers.find((x) => x.id === id)!;

	test('lists every vendor and tier of the catalogue, linking to plan pages in the locale', () => {
		expect(directory.map((v) => [v.id, v.plansHref, v.tiers.map((x) => x.id)])).toEqual([
			['amanda', '/pl/plans/amanda/', ['standard', 'premium']],
			['ptc', '/pl/plans/ptc/', ['tsam', 'saas-standard', 'saas-premium']],
			['tableau', '/pl/plans/tableau/', ['standard', 'extended', 'premium']],
			['wati', '/pl/plans/wati/', ['pro']],
		]);
		expect(tier('ptc', 'saas-premium').href).toBe('/pl/plans/ptc/saas-premium/');
	});
	test('shows the P1 first-response target with the coverage that counts it', () => {
		const premium = tier('tableau', 'premium');
		expect(premium.headline).toEqual({
			label: 'atlas.tier.headlineTarget.first-response{"severity":"P1"}',
			value: '30 minut',
			assumptions: [],
		});
		const calendars = catalogue.vendors.find((v) => v.id === 'tableau')!.calendars;
		const name = (id: string) => calendars.find((c) => c.id === id)!.name.pl;
		// Round the clock for the severities it names only; the rest on business hours, marked.
		expect(premium.coverage).toBe(
			`atlas.home.coverageSplit${JSON.stringify({ coverage: name('always'), severities: 'P1 i P2', other: name('business-hours') })}`
		);
		expect(premium.coverageAssumptions.map((a) => a.id)).toEqual(['business-hours']);
		expect(tier('tableau', 'extended').coverage).toContain('"severities":"P1"');
		expect(tier('tableau', 'standard').coverage).toBe(name('business-hours'));
		expect(tier('tableau', 'standard').headline?.assumptions.map((a) => a.id)).toEqual([
			'counting-clock',
		]);
		expect(tier('tableau', 'standard').availabilityAssumptions[0]?.text).toBe(
			catalogue.vendors
				.find((v) => v.id === 'tableau')!
				.assumptions.find((a) => a.id === 'plan-availability')!.text.pl
		);
		expect(tier('amanda', 'standard').headline?.value).toBe('1 godzina');
		expect(tier('wati', 'pro').headline?.value).toBe('45 minut');
	});
	test('falls back to the inquiry reply target where there are no severities', () => {
		expect(tier('ptc', 'saas-premium').headline).toEqual({
			label: 'atlas.tier.headlineTarget.inquiry-response{"severity":""}',
			value: 'atlas.duration.businessDays{"count":1}',
			assumptions: [],
		});
		expect(tier('ptc', 'tsam').headline).toBeUndefined();
	});
});
