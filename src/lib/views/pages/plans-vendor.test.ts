import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { buildVendorPlans } from './plans-vendor.ts';

const t = echoTranslate;
const orbit = fixtureVendor(fixtureCatalogue(), 'orbit');
const duo = fixtureFolderVendor('plan-pages');

describe('a vendor’s plans page', () => {
	test('has its title, a card per tier and the comparison, whose row links keep this page', () => {
		const page = buildVendorPlans(orbit, 'ko', t);
		expect(page.title).toBe('atlas.plans.title{"vendor":"Orbit"}');
		expect(page.summary).toBe('Orbit 지원');
		expect(page.tiers.map((x) => x.href)).toEqual([
			'/ko/plans/orbit/basic/',
			'/ko/plans/orbit/premium/',
		]);
		const phone = page.table.groups
			.flatMap((g) => g.rows)
			.find((r) => r.anchor === 'feature-phone');
		expect(phone!.link).toBe('/ko/plans/orbit/#feature-phone');
		expect(page.table.columns.some((c) => c.highlighted)).toBe(false);
		expect(
			buildVendorPlans(orbit, 'ko', t, 'basic').table.columns.map((c) => c.highlighted)
		).toEqual([true, false]);
	});

	test('numbers footnotes in the order the page cites them, linking back to each citation', () => {
		const page = buildVendorPlans(orbit, 'en', t);
		// Cited in the basic P2 cell, then on the phone row.
		expect(page.footnotes).toEqual([
			{
				id: 'best-effort',
				anchor: 'footnote-best-effort',
				number: 1,
				text: 'Best effort',
				backlinks: [
					{
						href: '#footnote-ref-best-effort-1',
						label: 'atlas.plans.footnoteBackNth{"number":1,"index":1}',
					},
					{
						href: '#footnote-ref-best-effort-2',
						label: 'atlas.plans.footnoteBackNth{"number":1,"index":2}',
					},
				],
			},
		]);
	});

	test('cites a footnote shared by a row once, and lists an uncited footnote after the cited ones', () => {
		const page = buildVendorPlans(duo, 'en', t);
		expect(page.footnotes.map((f) => [f.id, f.number, f.backlinks])).toEqual([
			[
				'by-email',
				1,
				[{ href: '#footnote-ref-by-email-1', label: 'atlas.plans.footnoteBack{"number":1}' }],
			],
			['unused', 2, []],
		]);
	});
});

describe('a vendor’s plans page with real vendors’ kinds of terms', () => {
	const keystone = fixtureFolderVendor('terms');

	test('says when the clock starts and lists every duty and credit with the plans they concern', () => {
		const page = buildVendorPlans(keystone, 'en', t);
		expect(page.terms.clockStart).toEqual({
			text: 'atlas.plans.clockStart.severity-assigned.priority',
			source:
				'atlas.source.line{"source":"atlas.source.citationLocated{\\"title\\":\\"Keystone support terms\\",\\"date\\":\\"Nov 30, 2026\\",\\"locator\\":\\"When the clock starts\\"}"}',
			assumptions: [],
		});
		expect(page.terms.duties.map((d) => [d.id, d.scope, d.consequence])).toEqual([
			[
				'reachable',
				'atlas.plans.dutyLevels{"levels":"P1"}',
				'atlas.plans.dutyDowngrade{"level":"atlas.plans.severityLabel{\\"severity\\":\\"P2\\",\\"name\\":\\"High\\"}"}',
			],
		]);
		expect(page.terms.credits.map((c) => [c.id, c.scope])).toEqual([
			['missed', 'atlas.plans.appliesTo{"count":1,"tiers":"Premium"}'],
		]);
	});

	test('cards state the headline’s commitment, and that a tier has no technical support', () => {
		const page = buildVendorPlans(keystone, 'en', t);
		expect(page.tiers.map((x) => [x.id, x.headline?.value, x.headline?.note, x.coverage])).toEqual([
			['basic', undefined, undefined, 'atlas.plans.noSupport'],
			[
				'enterprise',
				'8 hoursatlas.format.parenthetical{"note":"atlas.commitment.target"}',
				'atlas.plans.dependsOn{"attributes":"deployment"}',
				'Business hours',
			],
			[
				'premium',
				'atlas.bound.lessThan{"duration":"30 minutes"}atlas.format.parenthetical{"note":"atlas.commitment.guaranteed"}',
				undefined,
				// sentenceStart capitalises the echoed key.
				'Atlas.home.coverageSplit{"coverage":"24x7","severities":"P1","other":"business hours"}',
			],
		]);
	});
});
