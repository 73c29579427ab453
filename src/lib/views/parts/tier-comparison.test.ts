import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { PageRefs } from './page-refs.ts';
import { buildTierComparison, type TierComparisonView } from './tier-comparison.ts';

const t = echoTranslate;
const catalogue = fixtureCatalogue();
const orbit = fixtureVendor(catalogue, 'orbit');
const solo = fixtureVendor(catalogue, 'solo');
const duo = fixtureFolderVendor('plan-pages');

const table = (vendor: Vendor, tag: LocaleTag, highlight?: string) =>
	buildTierComparison(vendor, tag, t, new PageRefs(vendor, t, tag), {
		page: `/page/${vendor.id}/`,
		highlight,
	});
const rowOf = (view: TierComparisonView, anchor: string) => {
	const found = view.groups.flatMap((g) => g.rows).find((r) => r.anchor === anchor);
	if (!found) throw new Error(`no row ${anchor}`);
	return found;
};
const cellOf = (view: TierComparisonView, anchor: string, tier: string) =>
	rowOf(view, anchor).cells.find((c) => c.tierId === tier)!;

describe('the comparison of a vendor’s tiers', () => {
	const ko = table(orbit, 'ko', 'premium');

	test('has one column per tier with a stable anchor, linking to the tier page in the locale', () => {
		expect(ko.columns.map((c) => [c.anchor, c.name, c.href, c.highlighted])).toEqual([
			['tier-basic', '기본', '/ko/plans/orbit/basic/', false],
			['tier-premium', '프리미엄', '/ko/plans/orbit/premium/', true],
		]);
		expect(ko.columns[1]!.link).toBe('/ko/plans/orbit/?highlight=premium#tier-premium');
	});

	test('marks the columns a phone shows before the reader picks: the highlighted tier and its neighbour', () => {
		const trio: Vendor = { ...orbit, tiers: [...orbit.tiers, { ...orbit.tiers[1]!, id: 'gold' }] };
		const onPhone = (view: TierComparisonView) => view.columns.map((c) => [c.id, c.onPhone]);
		expect(onPhone(table(orbit, 'en'))).toEqual([
			['basic', true],
			['premium', true],
		]);
		expect(onPhone(table(trio, 'en'))).toEqual([
			['basic', true],
			['premium', true],
			['gold', false],
		]);
		expect(onPhone(table(trio, 'en', 'gold'))).toEqual([
			['basic', false],
			['premium', true],
			['gold', true],
		]);
	});

	test('groups the terms, each severity’s targets, the targets without a severity, then the categories', () => {
		expect(ko.groups.map((g) => [g.id, g.name])).toEqual([
			['terms', 'atlas.plans.termsGroup'],
			['targets-coverage-p1', 'atlas.plans.severityGroup{"severity":"P1","name":"긴급"}'],
			['targets-coverage-p2', 'atlas.plans.severityGroup{"severity":"P2","name":"높음"}'],
			['targets-coverage-p3', 'atlas.plans.severityGroup{"severity":"P3","name":"보통"}'],
			['targets', 'atlas.plans.targetsGroup'],
			['category-contact', '연락 방법'],
		]);
		expect(ko.groups[5]!.rows.map((r) => r.anchor)).toEqual([
			'feature-phone',
			'feature-contacts',
			'feature-channels',
			'feature-review',
		]);
		// Row links keep the page the table stands on.
		expect(rowOf(ko, 'feature-contacts').link).toBe('/page/orbit/#feature-contacts');
	});

	test('shows the response targets per severity, in kind order, with the coverage that counts them', () => {
		expect(ko.groups[1]!.rows.map((r) => r.anchor)).toEqual([
			'coverage-p1',
			'target-p1-first-response',
			'target-p1-update',
			'target-p1-resolution',
		]);
		expect(rowOf(ko, 'target-p1-first-response').cells.map((c) => c.value)).toEqual([
			{ kind: 'text', text: '3시간' },
			{ kind: 'text', text: '240분' },
		]);
		expect(cellOf(ko, 'target-p1-update', 'premium').value).toEqual({
			kind: 'text',
			text: 'atlas.cadence.everyHours{"count":2,"amount":"2"}',
		});
		expect(cellOf(ko, 'target-p2-update', 'premium').value).toEqual({
			kind: 'text',
			text: 'atlas.cadence.timesPerDay{"count":2}',
		});
		// The resolution target counts on the calendar, not on the covered hours: the cell says so.
		expect(cellOf(ko, 'target-p1-resolution', 'premium')).toMatchObject({
			value: { kind: 'text', text: 'atlas.duration.businessDays{"count":3}' },
			notes: ['atlas.plans.calendarClock'],
		});
		expect(cellOf(ko, 'target-p1-update', 'basic').value).toEqual({
			kind: 'mark',
			mark: 'no',
			label: 'atlas.tier.noTarget',
		});
		expect(rowOf(ko, 'coverage-p1').cells.map((c) => c.value)).toEqual([
			{ kind: 'text', text: '근무 시간' },
			{ kind: 'text', text: '연중무휴' },
		]);
		expect(cellOf(ko, 'coverage-p2', 'premium').value).toEqual({
			kind: 'text',
			text: '고객 업무 시간',
		});
	});

	test('names the level in each row of a level, so a linked row stands alone; other rows as they are', () => {
		expect(rowOf(ko, 'coverage-p1').name).toBe(
			'atlas.plans.rowAtLevel{"level":"P1","row":"atlas.tier.coverage"}'
		);
		expect(rowOf(ko, 'target-p2-first-response').name).toBe(
			'atlas.plans.rowAtLevel{"level":"P2","row":"atlas.target.kind.first-response"}'
		);
		expect(rowOf(table(orbit, 'en'), 'coverage').name).toBe('atlas.tier.coverage');
		expect(rowOf(table(orbit, 'en'), 'target-inquiry-response').name).toBe(
			'atlas.target.kind.inquiry-response'
		);
	});

	test('marks the assumption a coverage rests on, with its text, and not on calendars without one', () => {
		const basic = cellOf(ko, 'coverage-p1', 'basic').assumptions;
		expect(basic.map((a) => [a.id, a.href, a.text])).toEqual([
			['office-hours', '#assumption-office-hours', '사무실 기준으로 가정'],
		]);
		expect(cellOf(ko, 'coverage-p1', 'premium').assumptions).toEqual([]);
	});

	test('marks a target’s own assumption, but not again the one of the calendar that counts it', () => {
		const en = table(duo, 'en');
		expect(cellOf(en, 'target-s2-first-response', 'lite').assumptions.map((a) => a.id)).toEqual([
			'counting-clock',
		]);
		expect(cellOf(en, 'target-s2-first-response', 'plus').assumptions).toEqual([]);
		expect(cellOf(en, 'coverage-s2', 'lite').assumptions.map((a) => a.id)).toEqual([
			'weekday-hours',
		]);
	});

	test('cites a footnote every tier’s target shares once, on the row; others in their cell', () => {
		const en = table(duo, 'en');
		const shared = rowOf(en, 'target-s2-first-response');
		expect(shared.footnotes).toEqual([
			{
				number: 1,
				id: 'footnote-ref-by-email-1',
				href: '#footnote-by-email',
				label: 'atlas.plans.footnoteRef{"number":1}',
			},
		]);
		expect(shared.cells.map((c) => c.footnotes)).toEqual([[], [], []]);
		// Orbit's best-effort note qualifies only the basic P2 target: it stays in that cell.
		const row = rowOf(ko, 'target-p2-first-response');
		expect(row.footnotes).toEqual([]);
		expect(row.cells.map((c) => c.footnotes.map((f) => f.href))).toEqual([
			['#footnote-best-effort'],
			[],
		]);
		expect(rowOf(ko, 'feature-phone').footnotes.map((f) => f.id)).toEqual([
			'footnote-ref-best-effort-2',
		]);
	});

	test('marks rows and groups where every tier reads the same, for "show only differences"', () => {
		const en = table(duo, 'en');
		expect(rowOf(en, 'feature-email').same).toBe(true);
		expect(rowOf(en, 'feature-phone').same).toBe(false);
		// Two hours as a duration and as a text read the same, but Max promises 3 business days.
		expect(rowOf(en, 'feature-reply').cells.map((c) => c.value)).toEqual([
			{ kind: 'text', text: '2 hours' },
			{ kind: 'text', text: '2 hours' },
			{ kind: 'text', text: 'atlas.duration.businessDays{"count":3}' },
		]);
		expect(rowOf(en, 'feature-reply').same).toBe(false);
		expect(rowOf(en, 'coverage-s2').same).toBe(false);
		expect(rowOf(en, 'coverage-s1').same).toBe(false);
		expect(en.groups.find((g) => g.id === 'category-channels')!.same).toBe(false);
		expect(en.canCompare).toBe(true);
		// One tier: nothing to compare, and no row claims to read the same "in every tier".
		const one = table(solo, 'en');
		expect(one.canCompare).toBe(false);
		expect(one.groups.flatMap((g) => g.rows).some((r) => r.same)).toBe(false);
	});

	test('gives a target without a severity its own group, and every kind of feature value its words', () => {
		const en = table(orbit, 'en');
		expect(en.groups.find((g) => g.id === 'targets')!.rows.map((r) => r.anchor)).toEqual([
			'coverage',
			'target-inquiry-response',
		]);
		expect(rowOf(en, 'target-inquiry-response').cells.map((c) => c.value)).toEqual([
			{ kind: 'text', text: 'atlas.duration.businessDays{"count":1}' },
			{ kind: 'mark', mark: 'no', label: 'atlas.tier.noTarget' },
		]);
		expect(cellOf(en, 'feature-review', 'premium').value).toEqual({
			kind: 'text',
			text: 'atlas.value.method{"method":"Video call","frequency":"atlas.value.frequency.quarterly"}',
		});
		expect(cellOf(en, 'feature-contacts', 'basic').value).toEqual({
			kind: 'unknown',
			text: 'atlas.value.notStated',
		});
		expect(cellOf(en, 'feature-contacts', 'premium').value).toEqual({
			kind: 'text',
			text: 'atlas.value.number.at-most{"number":"4","unit":"people"}',
		});
		expect(rowOf(en, 'feature-phone').description).toBe('Call the desk');
	});

	test('lists availability, eligibility and add-ons as rows of the plan terms', () => {
		const en = table(orbit, 'en');
		expect(en.groups[0]!.rows.map((r) => r.anchor)).toEqual([
			'availability',
			'eligibility',
			'add-on-named-engineer',
		]);
		expect(cellOf(en, 'availability', 'basic')).toMatchObject({
			value: { kind: 'text', text: 'atlas.tier.availability.included' },
			notes: ['With every licence'],
		});
		expect(cellOf(en, 'availability', 'basic').assumptions.map((a) => a.id)).toEqual([
			'office-hours',
		]);
		expect(rowOf(en, 'eligibility').cells.map((c) => c.value)).toEqual([
			{ kind: 'list', items: ['Trial customers'] },
			{ kind: 'mark', mark: 'no', label: 'atlas.value.none' },
		]);
		expect(rowOf(en, 'add-on-named-engineer').cells.map((c) => c.value)).toEqual([
			{ kind: 'mark', mark: 'no', label: 'atlas.value.addOnUnavailable' },
			{ kind: 'text', text: 'atlas.value.addOnAvailable' },
		]);
		// Without eligibility or add-ons, availability is the only term.
		expect(table(solo, 'en').groups[0]!.rows.map((r) => r.anchor)).toEqual(['availability']);
	});
});

describe('the comparison of tiers with real vendors’ kinds of terms', () => {
	// Keystone (tests/fixtures/terms): a tier without support, a tier that includes another, targets
	// and calendars selected by ticket attributes, a request type, add-ons that set or lift targets.
	const keystone = fixtureFolderVendor('terms');
	const en = table(keystone, 'en');
	const said = (anchor: string) =>
		rowOf(en, anchor).cells.map((c) => [
			c.tierId,
			c.value,
			c.notes,
			c.cases.map((x) => `${x.when} → ${x.value}`),
			c.addOns,
		]);

	test('groups each level’s targets, then each request type’s, from every tier’s resolved terms', () => {
		expect(en.groups.map((g) => [g.id, g.rows.map((r) => r.anchor)])).toEqual([
			['terms', ['availability', 'add-on-rapid', 'add-on-guard']],
			['targets-coverage-p1', ['coverage-p1', 'target-p1-first-response']],
			['targets-coverage-p2', ['coverage-p2', 'target-p2-first-response']],
			// No tier has a P3 or P4 target, but two offer those levels: the first response row says so.
			['targets-coverage-p3', ['coverage-p3', 'target-p3-first-response']],
			['targets-coverage-p4', ['coverage-p4', 'target-p4-first-response']],
			[
				'targets-coverage-request-licensing',
				['coverage-request-licensing', 'target-request-licensing-inquiry-response'],
			],
		]);
		expect(en.groups.at(-1)!.name).toBe(
			'atlas.plans.requestTypeGroup{"name":"Licensing questions"}'
		);
	});

	test('a target selected by an attribute reads "depends on" with a line per value; add-ons beside', () => {
		expect(said('target-p1-first-response')).toEqual([
			['basic', { kind: 'absent', text: 'atlas.plans.notOffered' }, [], [], []],
			[
				'enterprise',
				{ kind: 'text', text: 'atlas.plans.dependsOn{"attributes":"deployment"}' },
				[],
				[
					'Cloud → 8 hoursatlas.format.parenthetical{"note":"atlas.commitment.target"}',
					'Server → 4 hours',
				],
				[],
			],
			[
				'premium',
				{
					kind: 'text',
					text: 'atlas.bound.lessThan{"duration":"30 minutes"}atlas.format.parenthetical{"note":"atlas.commitment.guaranteed"}',
				},
				[],
				[],
				['atlas.plans.withAddOn{"amount":"15 minutes","addOn":"Rapid Response"}'],
			],
		]);
	});

	test('an inherited target says where it comes from; levels offered without a target say so', () => {
		expect(said('target-request-licensing-inquiry-response').map((c) => c.slice(0, 3))).toEqual([
			['basic', { kind: 'absent', text: 'atlas.plans.notOffered' }, []],
			['enterprise', { kind: 'text', text: '8 hours' }, ['atlas.plans.startsNote.opened']],
			[
				'premium',
				{ kind: 'text', text: '8 hours' },
				['atlas.plans.includedFrom{"tier":"Enterprise"}', 'atlas.plans.startsNote.opened'],
			],
		]);
		expect(rowOf(en, 'target-p3-first-response').cells.map((c) => c.value)).toEqual([
			{ kind: 'absent', text: 'atlas.plans.notOffered' },
			{ kind: 'unknown', text: 'atlas.plans.offeredNoTarget' },
			{ kind: 'unknown', text: 'atlas.plans.offeredNoTarget' },
		]);
		// Enterprise and Premium read the same at P3; the tier without support does not.
		expect(rowOf(en, 'target-p3-first-response').cells.map((c) => c.variant)).toEqual([0, 1, 1]);
	});

	test('coverage says a tier has no support, or the calendar per attribute value', () => {
		expect(said('coverage-p2').map((c) => c.slice(0, 4))).toEqual([
			['basic', { kind: 'absent', text: 'atlas.plans.noSupport' }, [], []],
			[
				'enterprise',
				{ kind: 'text', text: 'atlas.plans.dependsOn{"attributes":"support language"}' },
				[],
				['English → Business hours', 'Japanese → Tokyo business hours'],
			],
			[
				'premium',
				{
					kind: 'text',
					text: 'atlas.plans.dependsOn{"attributes":"support language and hours chosen at submission"}',
				},
				[],
				[
					'Round the clock → 24x7',
					'English, Business hours → Business hours',
					'Japanese, Business hours → Tokyo business hours',
				],
			],
		]);
	});

	test('an add-on that lifts a plan says to which tier’s terms, where it is sold', () => {
		expect(rowOf(en, 'add-on-guard').cells.map((c) => [c.value, c.notes])).toEqual([
			[
				{ kind: 'text', text: 'atlas.value.addOnAvailable' },
				['atlas.plans.liftsTo{"tier":"Premium"}'],
			],
			[
				{ kind: 'text', text: 'atlas.value.addOnAvailable' },
				['atlas.plans.liftsTo{"tier":"Premium"}'],
			],
			[{ kind: 'mark', mark: 'no', label: 'atlas.value.addOnUnavailable' }, []],
		]);
	});
});
