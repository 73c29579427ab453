import { describe, expect, test } from 'vitest';
import { fixtureFolderVendor } from '../../../tests/support/fixture-catalogue.ts';
import { attributesThatMatter, clockStartOf, planTerms, selectTargets } from './plan-terms.ts';
import { tierTerms } from './query.ts';

// Fixture vendor keystone (tests/fixtures/terms): enterprise offers P1–P4 with targets for P1 (8 h;
// 4 h on server deployments), P2 (end of the first business day) and licensing questions; premium
// includes enterprise and sets its own P1 (< 30 min, 24x7) and P2 (4 h); basic offers no levels.
// Add-ons: rapid (P1 in 15 minutes, premium) and guard (lifts basic or enterprise to premium).
const vendor = fixtureFolderVendor('terms');
const tier = (id: string) => vendor.tiers.find((t) => t.id === id)!;
const summary = (terms: ReturnType<typeof tierTerms>) =>
	terms.targets.map((p) => ({
		kind: p.target.kind,
		level: p.target.severity ?? p.target.requestType,
		when: p.target.when,
		origin: `${p.origin.from}:${p.origin.id}`,
	}));

describe('a plan’s terms', () => {
	test('a tier alone: its own targets, offered levels as listed', () => {
		const terms = tierTerms(vendor, tier('enterprise'));
		expect(summary(terms)).toEqual([
			{ kind: 'first-response', level: 'P1', when: undefined, origin: 'tier:enterprise' },
			{
				kind: 'first-response',
				level: 'P1',
				when: { deployment: 'server' },
				origin: 'tier:enterprise',
			},
			{ kind: 'first-response', level: 'P2', when: undefined, origin: 'tier:enterprise' },
			{ kind: 'inquiry-response', level: 'licensing', when: undefined, origin: 'tier:enterprise' },
		]);
		expect(terms.levels).toEqual(['P1', 'P2', 'P3', 'P4']);
	});

	test('an including tier replaces every inherited target of a level it sets, and keeps the rest', () => {
		const terms = tierTerms(vendor, tier('premium'));
		expect(summary(terms)).toEqual([
			{
				kind: 'inquiry-response',
				level: 'licensing',
				when: undefined,
				origin: 'included:enterprise',
			},
			{ kind: 'first-response', level: 'P1', when: undefined, origin: 'tier:premium' },
			{ kind: 'first-response', level: 'P2', when: undefined, origin: 'tier:premium' },
		]);
		// Offered levels come with the included tier; the including tier's coverage governs all.
		expect(terms.levels).toEqual(['P1', 'P2', 'P3', 'P4']);
		expect(terms.targets.every((p) => p.coverage === tier('premium').coverage)).toBe(true);
	});

	test('a tier without technical support offers no level and needs no coverage', () => {
		const terms = tierTerms(vendor, tier('basic'));
		expect(terms).toMatchObject({ targets: [], levels: [], coverage: undefined });
	});

	test('an add-on that lifts a plan gives it the other tier’s terms, marked as the add-on’s', () => {
		const terms = tierTerms(vendor, tier('basic'), ['guard']);
		expect(terms.tierId).toBe('basic');
		expect(terms.levels).toEqual(['P1', 'P2', 'P3', 'P4']);
		expect(new Set(terms.targets.map((p) => `${p.origin.from}:${p.origin.id}`))).toEqual(
			new Set(['add-on:guard'])
		);
		expect(terms.targets).toHaveLength(3);
	});

	test('a lift keeps the plan’s own target for a level the other tier sets none for', () => {
		const target = (severity: string, hours: number) => ({
			kind: 'first-response' as const,
			severity,
			within: { value: hours, unit: 'hours' as const },
			clock: 'covered' as const,
		});
		const coverage = { default: 'hours' };
		const owner = {
			levelIds: ['P1', 'P2'],
			tiers: [
				{ id: 'low', coverage, targets: [target('P1', 8), target('P2', 24)] },
				{ id: 'high', coverage, targets: [target('P1', 1)] },
			],
			addOns: [{ id: 'lift', liftsTo: 'high' }],
		};
		const terms = planTerms(owner, owner.tiers[0]!, ['lift']);
		expect(
			terms.targets.map((p) => [
				p.target.severity,
				'within' in p.target ? p.target.within : undefined,
				p.origin.from,
			])
		).toEqual([
			['P2', { value: 24, unit: 'hours' }, 'tier'],
			['P1', { value: 1, unit: 'hours' }, 'add-on'],
		]);
	});

	test('an add-on with targets replaces the ones it matches, counted on its own coverage', () => {
		const terms = tierTerms(vendor, tier('premium'), ['rapid']);
		const p1 = terms.targets.filter((p) => p.target.severity === 'P1');
		expect(p1).toHaveLength(1);
		expect(p1[0]).toMatchObject({
			origin: { from: 'add-on', id: 'rapid' },
			at: { owner: 'add-on', id: 'rapid', index: 0 },
			target: { within: { value: 15, unit: 'minutes' } },
			coverage: { default: 'always' },
		});
	});
});

describe('which targets a ticket meets', () => {
	const enterprise = tierTerms(vendor, tier('enterprise'));
	const within = (list: ReturnType<typeof selectTargets>) =>
		list.map((p) => `${p.target.kind} ${'within' in p.target ? p.target.within.value : ''}`);

	test('the matching target with the most conditions wins; without a match, the plain one', () => {
		expect(
			within(selectTargets(enterprise, { severity: 'P1', attributes: { deployment: 'server' } }))
		).toEqual(['first-response 4']);
		expect(
			within(selectTargets(enterprise, { severity: 'P1', attributes: { deployment: 'cloud' } }))
		).toEqual(['first-response 8']);
		expect(within(selectTargets(enterprise, { severity: 'P1' }))).toEqual(['first-response 8']);
	});

	test('a request type meets only its own targets; a level offered without a target meets none', () => {
		expect(within(selectTargets(enterprise, { requestType: 'licensing' }))).toEqual([
			'inquiry-response 8',
		]);
		expect(selectTargets(enterprise, { severity: 'P4' })).toEqual([]);
	});

	test('the attributes that decide a ticket’s answer, by level', () => {
		expect(attributesThatMatter(enterprise, { severity: 'P1' }).sort()).toEqual([
			'deployment',
			'language',
		]);
		const premium = tierTerms(vendor, tier('premium'));
		expect(attributesThatMatter(premium, { severity: 'P1' })).toEqual([]);
		expect(attributesThatMatter(premium, { severity: 'P2' }).sort()).toEqual(['hours', 'language']);
	});

	test('when the clock starts: a target’s own word, else the vendor’s; updates at the first response', () => {
		const [licensing] = selectTargets(enterprise, { requestType: 'licensing' });
		expect(clockStartOf(licensing!.target, vendor.clockStart).event).toBe('opened');
		const [p1] = selectTargets(enterprise, { severity: 'P1' });
		expect(clockStartOf(p1!.target, vendor.clockStart)).toMatchObject({
			event: 'severity-assigned',
			start: vendor.clockStart,
		});
		expect(clockStartOf(p1!.target, undefined)).toEqual({ event: 'opened' });
		expect(
			clockStartOf(
				{ kind: 'update', every: { value: 1, unit: 'hours' }, clock: 'covered' },
				vendor.clockStart
			)
		).toEqual({ event: 'first-response' });
	});
});
