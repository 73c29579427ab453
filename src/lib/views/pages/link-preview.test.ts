import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureCatalogue, fixtureVendor } from '../../../../tests/support/fixture-catalogue.ts';
import {
	linkPreview,
	PREVIEW_HEIGHT,
	PREVIEW_WIDTH,
	previewFile,
	previewSubjectOfPath,
	previewSubjects,
	previewTree,
	type PreviewNode,
} from './link-preview.ts';

const catalogue = fixtureCatalogue();
const { vendors } = catalogue;
const orbit = fixtureVendor(catalogue, 'orbit');
const t = echoTranslate;

describe('link previews', () => {
	test('cover the comparison and every vendor’s plans, tier and severity pages', () => {
		const subjects = previewSubjects(vendors);
		expect(subjects[0]).toEqual({ kind: 'compare' });
		for (const vendor of vendors) {
			expect(subjects).toContainEqual({ kind: 'plans', vendorId: vendor.id });
			for (const tier of vendor.tiers)
				expect(subjects).toContainEqual({ kind: 'tier', vendorId: vendor.id, tierId: tier.id });
		}
		expect(subjects).toContainEqual({ kind: 'severity', vendorId: orbit.id });
	});

	test('live at one file per page and locale, and are found again from the page’s path', () => {
		const tier = { kind: 'tier', vendorId: 'orbit', tierId: 'premium' } as const;
		expect(previewFile(tier, 'zh-CN')).toBe('og/zh-cn/plans/orbit/premium.png');
		expect(previewFile({ kind: 'compare' }, 'en')).toBe('og/en/compare.png');
		expect(previewSubjectOfPath('/zh-cn/plans/orbit/premium/', vendors)).toEqual({
			subject: tier,
			tag: 'zh-CN',
		});
		expect(previewSubjectOfPath('/severity/orbit/', vendors)).toEqual({
			subject: { kind: 'severity', vendorId: 'orbit' },
			tag: 'en',
		});
		expect(previewSubjectOfPath('/pl/compare/', vendors)).toEqual({
			subject: { kind: 'compare' },
			tag: 'pl',
		});
		// Pages without a preview: the changes of terms, an unknown tier, the calculator.
		expect(previewSubjectOfPath('/plans/orbit/changes/', vendors)).toBeUndefined();
		expect(previewSubjectOfPath('/plans/orbit/nope/', vendors)).toBeUndefined();
		expect(previewSubjectOfPath('/ko/calculator/', vendors)).toBeUndefined();
	});

	test('a tier’s preview names vendor and tier, with its first response and coverage, in its locale', () => {
		const preview = linkPreview(
			vendors,
			{ kind: 'tier', vendorId: 'orbit', tierId: 'premium' },
			'ko',
			t
		);
		expect(preview.tag).toBe('ko');
		expect(preview.title).toBe('atlas.plans.tierTitle{"tier":"프리미엄","vendor":"Orbit"}');
		expect(preview.facts.map((f) => f.label)).toEqual(
			expect.arrayContaining(['atlas.tier.coverage'])
		);
		expect(preview.facts[0]!.label).toMatch(/P1/);
		expect(preview.alt).toMatch(/^atlas\.preview\.alt/);
		expect(preview.alt).toContain('240분');
	});

	test('a vendor’s preview has a card per tier (at most four), the comparison one per vendor', () => {
		const plans = linkPreview(vendors, { kind: 'plans', vendorId: 'orbit' }, 'en', t);
		expect(plans.facts.map((f) => f.label)).toEqual(orbit.tiers.map((x) => x.name.en).slice(0, 4));
		const compare = linkPreview(vendors, { kind: 'compare' }, 'en', t);
		expect(compare.facts.length).toBeGreaterThan(0);
		expect(compare.facts.length).toBeLessThanOrEqual(4);
		for (const fact of compare.facts) expect(vendors.map((v) => v.name)).toContain(fact.label);
	});

	test('is drawn at 1200×630 with every word of the preview in it', () => {
		const preview = linkPreview(vendors, { kind: 'plans', vendorId: 'orbit' }, 'pl', t);
		const tree = previewTree(preview, 'Test Font');
		expect(tree.props.style).toMatchObject({
			width: PREVIEW_WIDTH,
			height: PREVIEW_HEIGHT,
			fontFamily: 'Test Font',
		});
		const text = (node: PreviewNode | string): string =>
			typeof node === 'string'
				? node
				: typeof node.props.children === 'string'
					? node.props.children
					: (node.props.children ?? []).map(text).join('\n');
		const all = text(tree);
		for (const word of [preview.site, preview.title, ...preview.facts.map((f) => f.value)])
			expect(all).toContain(word);
	});
});
