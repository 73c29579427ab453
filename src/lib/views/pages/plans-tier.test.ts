import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { cellPhrase } from '#lib/views/parts/comparison-cells.ts';
import { buildTierPage } from './plans-tier.ts';

const t = echoTranslate;
const orbit = fixtureVendor(fixtureCatalogue(), 'orbit');
const duo = fixtureFolderVendor('plan-pages');

describe('a tier page', () => {
	const page = buildTierPage(orbit, 'basic', 'pl', t);

	test('links back to the vendor and to the calculator with the tier preselected', () => {
		expect(page.vendorHref).toBe('/pl/plans/orbit/');
		expect(page.calculator).toEqual({
			href: '/pl/calculator/?plan=orbit/basic',
			label: 'atlas.plans.openCalculator{"tier":"Podstawowy"}',
		});
		expect(page.title).toBe('atlas.plans.tierTitle{"tier":"Podstawowy","vendor":"Orbit"}');
		expect(page.description).toBe('Pomoc w cenie');
	});

	test('lists each severity, then the targets without one, with the coverage and its assumption', () => {
		expect(page.targetKinds.map((k) => k.kind)).toEqual(['first-response', 'inquiry-response']);
		expect(
			page.targetRows.map((r) => [
				r.anchor,
				r.label,
				r.targets.map((x) => (x?.value.kind === 'text' ? x.value.text : x?.value)),
			])
		).toEqual([
			[
				'tier-coverage-p1',
				'atlas.plans.severityLabel{"severity":"P1","name":"Krytyczny"}',
				['3 godziny', undefined],
			],
			[
				'tier-coverage-p2',
				'atlas.plans.severityLabel{"severity":"P2","name":"Wysoki"}',
				['8 godzin', undefined],
			],
			[
				'tier-coverage-p3',
				'atlas.plans.severityLabel{"severity":"P3","name":"Normalny"}',
				['atlas.duration.businessDays{"count":2}', undefined],
			],
			[
				'tier-coverage',
				'atlas.plans.noSeverity',
				[undefined, 'atlas.duration.businessDays{"count":1}'],
			],
		]);
		expect(page.targetRows[0]!.coverage.value).toEqual({ kind: 'text', text: 'Godziny biura' });
		expect(page.targetRows[0]!.coverage.assumptions.map((a) => a.id)).toEqual(['office-hours']);
	});

	test('cites footnotes from the targets first, as they come first on the page', () => {
		expect(page.targetRows[1]!.targets[0]!.footnotes).toEqual([
			{
				number: 1,
				id: 'footnote-ref-best-effort-1',
				href: '#footnote-best-effort',
				label: 'atlas.plans.footnoteRef{"number":1}',
			},
		]);
		// The same note is cited again in the comparison (the P2 cell and the phone row).
		expect(page.footnotes.map((f) => f.backlinks.map((b) => b.href))).toEqual([
			['#footnote-ref-best-effort-1', '#footnote-ref-best-effort-2', '#footnote-ref-best-effort-3'],
		]);
	});

	test('notes a clock that runs on the calendar and marks a target’s own assumption', () => {
		const premium = buildTierPage(orbit, 'premium', 'en', t);
		expect(premium.targetKinds.map((k) => k.kind)).toEqual([
			'first-response',
			'update',
			'resolution',
		]);
		expect(premium.targetRows[0]!.targets[2]).toEqual({
			value: { kind: 'text', text: 'atlas.duration.businessDays{"count":3}' },
			notes: ['atlas.plans.calendarClock'],
			footnotes: [],
			assumptions: [],
			cases: [],
			addOns: [],
		});
		const lite = buildTierPage(duo, 'lite', 'en', t);
		// Lite has no S1 target: the row stays, empty, so the severities line up with the comparison.
		expect(lite.targetRows.map((r) => r.targets[0]?.value)).toEqual([
			undefined,
			{ kind: 'text', text: '16 hours' },
		]);
		expect(lite.targetRows[1]!.targets[0]!.assumptions.map((a) => a.id)).toEqual([
			'counting-clock',
		]);
	});

	test('highlights its own column, and a row link copied there keeps the tier page', () => {
		expect(page.table.columns.map((c) => c.highlighted)).toEqual([true, false]);
		const rows = page.table.groups.flatMap((g) => g.rows);
		expect(rows.find((r) => r.anchor === 'feature-phone')!.link).toBe(
			'/pl/plans/orbit/basic/#feature-phone'
		);
		expect(rows.find((r) => r.anchor === 'target-p1-first-response')!.link).toBe(
			'/pl/plans/orbit/basic/#target-p1-first-response'
		);
	});

	test('refuses a tier the vendor does not have', () => {
		expect(() => buildTierPage(orbit, 'gold', 'en', t)).toThrow(
			'Vendor "orbit" has no tier "gold"'
		);
	});
});

describe('a tier page with real vendors’ kinds of terms', () => {
	// Keystone (tests/fixtures/terms): Premium includes Enterprise; Basic has no technical support.
	const keystone = fixtureFolderVendor('terms');

	test('lists each level, then each request type, with the plan’s resolved targets', () => {
		const premium = buildTierPage(keystone, 'premium', 'en', t);
		expect(premium.noSupport).toBeUndefined();
		expect(premium.targetKinds.map((k) => k.kind)).toEqual(['first-response', 'inquiry-response']);
		const text = (cell: (typeof premium.targetRows)[number]['targets'][number]) =>
			cell && cellPhrase(cell.value, 'en');
		expect(premium.targetRows.map((r) => [r.anchor, r.label, r.targets.map(text)])).toEqual([
			[
				'tier-coverage-p1',
				'atlas.plans.severityLabel{"severity":"P1","name":"Urgent"}',
				[
					'atlas.bound.lessThan{"duration":"30 minutes"}atlas.format.parenthetical{"note":"atlas.commitment.guaranteed"}',
					undefined,
				],
			],
			[
				'tier-coverage-p2',
				'atlas.plans.severityLabel{"severity":"P2","name":"High"}',
				['4 hours', undefined],
			],
			[
				'tier-coverage-p3',
				'atlas.plans.severityLabel{"severity":"P3","name":"Normal"}',
				['atlas.plans.offeredNoTarget', undefined],
			],
			[
				'tier-coverage-p4',
				'atlas.plans.severityLabel{"severity":"P4","name":"Low"}',
				['atlas.plans.offeredNoTarget', undefined],
			],
			['tier-coverage-request-licensing', 'Licensing questions', [undefined, '8 hours']],
		]);
		// The add-on sold with the tier sets a faster P1 first response, shown beside the tier's own.
		expect(premium.targetRows[0]!.targets[0]!.addOns).toEqual([
			'atlas.plans.withAddOn{"amount":"15 minutes","addOn":"Rapid Response"}',
		]);
		expect(premium.targetRows[4]!.targets[1]!.notes).toEqual([
			'atlas.plans.includedFrom{"tier":"Enterprise"}',
			'atlas.plans.startsNote.opened',
		]);
		// When the clock starts, the duty and the credit that concern Premium.
		expect(premium.terms.clockStart?.text).toBe(
			'atlas.plans.clockStart.severity-assigned.priority'
		);
		expect(premium.terms.duties.map((d) => d.id)).toEqual(['reachable']);
		expect(premium.terms.credits.map((c) => c.id)).toEqual(['missed']);
	});

	test('a tier without technical support says so instead of empty target rows', () => {
		const basic = buildTierPage(keystone, 'basic', 'pl', t);
		expect(basic.targetRows).toEqual([]);
		expect(basic.targetKinds).toEqual([]);
		expect(basic.noSupport).toBe('atlas.plans.noSupportTier.priority{"tier":"Podstawowy"}');
		expect(basic.terms).toEqual({ duties: [], credits: [] });
		expect(basic.tier.coverage).toBe('atlas.plans.noSupport');
		expect(basic.tier.headline).toBeUndefined();
	});
});
