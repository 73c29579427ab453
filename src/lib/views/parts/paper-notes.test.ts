import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureFolderVendor } from '../../../../tests/support/fixture-catalogue.ts';
import { markedAssumptions, paperNotes } from './paper-notes.ts';

const duo = fixtureFolderVendor('plan-pages');

describe('the notes a printed comparison ends with', () => {
	test('gathers the assumption ids each vendor’s rows mark, from cells, other targets and what every level shares', () => {
		const marked = markedAssumptions([
			{ vendorId: 'a', cells: [{ assumptions: [{ id: 'x' }] }, { assumptions: [] }] },
			{
				vendorId: 'a',
				cells: [{ assumptions: [{ id: 'x' }] }],
				other: [{ assumptions: [{ id: 'y' }] }],
			},
			{ vendorId: 'b', cells: [{ assumptions: [] }], shared: { assumptions: [{ id: 'z' }] } },
		]);
		expect([...marked].map(([vendor, ids]) => [vendor, [...ids]])).toEqual([
			['a', ['x', 'y']],
			['b', ['z']],
		]);
	});

	test('carries every shown vendor’s sources and only the assumptions its markers name, numbered as on its plan page', () => {
		const [notes, ...more] = paperNotes(
			[duo],
			new Map([[duo.id, new Set(['plus-price', 'weekday-hours'])]]),
			'ko',
			echoTranslate
		);
		expect(more).toEqual([]);
		expect(notes!.href).toBe(`/ko/plans/${duo.id}/`);
		expect(notes!.sources.map((s) => s.id)).toEqual(duo.sources.map((s) => s.id));
		expect(notes!.assumptions.map((a) => [a.id, a.number, a.appliesTo])).toEqual([
			['weekday-hours', 1, 'atlas.plans.appliesTo{"count":2,"tiers":"라이트 및 플러스"}'],
			['plus-price', 3, 'atlas.plans.appliesTo{"count":1,"tiers":"플러스"}'],
		]);
	});

	test('leaves out a vendor the page does not show', () => {
		expect(paperNotes([duo], new Map(), 'en', echoTranslate)).toEqual([]);
	});
});
