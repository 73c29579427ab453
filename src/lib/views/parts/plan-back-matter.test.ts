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
import { buildBackMatter } from './plan-back-matter.ts';

const t = echoTranslate;
const catalogue = fixtureCatalogue();
const orbit = fixtureVendor(catalogue, 'orbit');
const solo = fixtureVendor(catalogue, 'solo');
const duo = fixtureFolderVendor('plan-pages');

const matter = (vendor: Vendor, tag: LocaleTag) =>
	buildBackMatter(vendor, tag, t, new PageRefs(vendor, t, tag));

describe('the back matter of a plan page', () => {
	test('says which tiers each assumption applies to, from what refers to it, never claiming more', () => {
		expect(matter(duo, 'ko').assumptions.map((a) => [a.anchor, a.number, a.appliesTo])).toEqual([
			// The weekday calendar counts Lite's and Plus's targets, none of Max's.
			[
				'assumption-weekday-hours',
				1,
				'atlas.plans.appliesTo{"count":2,"tiers":"라이트 및 플러스"}',
			],
			['assumption-every-plan', 2, 'atlas.plans.appliesToAll'],
			['assumption-plus-price', 3, 'atlas.plans.appliesTo{"count":1,"tiers":"플러스"}'],
			['assumption-counting-clock', 4, 'atlas.plans.appliesTo{"count":1,"tiers":"라이트"}'],
			['assumption-s1-wording', 5, 'atlas.assumption.appliesToVendor{"vendor":"Duo"}'],
		]);
		expect(matter(duo, 'ko').assumptions[0]).toMatchObject({
			id: 'weekday-hours',
			label: 'atlas.plans.assumptionRef{"number":1}',
			text: '서울 사무소 기준 시간',
		});
		// With one tier named, "every plan" would claim more than the catalogue says.
		expect(matter(orbit, 'en').assumptions.map((a) => a.appliesTo)).toEqual([
			'atlas.plans.appliesTo{"count":1,"tiers":"Basic"}',
		]);
	});

	test('defines each severity with its examples and the assumption its wording rests on', () => {
		expect(
			matter(duo, 'en').severities.map((l) => [l.label, l.assumptions.map((a) => a.id)])
		).toEqual([
			['atlas.plans.severityLabel{"severity":"S1","name":"Outage"}', ['s1-wording']],
			['atlas.plans.severityLabel{"severity":"S2","name":"Defect"}', []],
		]);
		expect(matter(orbit, 'pl').severities.map((l) => [l.definition, l.examples])).toEqual([
			['Produkcja stoi', ['Nikt się nie loguje']],
			['Spowolnienie', []],
			['Pytanie', []],
		]);
		expect(matter(orbit, 'pl').severityNote).toBe('Orbit może zmienić poziom');
	});

	test('carries how to open a ticket, add-ons with their tiers, notes and sources with their dates', () => {
		const en = matter(orbit, 'en');
		expect(en.howToOpenTicket).toBe('Use the portal');
		expect(en.addOns).toEqual([
			{
				id: 'named-engineer',
				name: 'Named engineer',
				description: 'One engineer knows you',
				availableFor: 'atlas.plans.appliesTo{"count":1,"tiers":"Premium"}',
				terms: [],
				assumptions: [],
			},
		]);
		expect(en.notes).toEqual([
			{ id: 'community', text: 'Community users get forum help', assumptions: [] },
		]);
		expect(en.sources.map((s) => [s.id, s.lang, s.retrieved, s.url])).toEqual([
			['policy', 'en', '2026-01-15', 'https://orbit.example/support-policy'],
			['terms-tw', 'zh-TW', '2026-01-15', undefined],
		]);
	});

	test('leaves out what the vendor does not have', () => {
		expect(matter(solo, 'en')).toMatchObject({
			severities: [],
			severityNote: undefined,
			howToOpenTicket: undefined,
			addOns: [],
			notes: [],
			assumptions: [],
			footnotes: [],
		});
	});
});

describe('the back matter of a plan page with real vendors’ kinds of terms', () => {
	const keystone = fixtureFolderVendor('terms');
	const en = matter(keystone, 'en');
	const source = (locator: string) =>
		`atlas.source.line{"source":"atlas.source.citationLocated{\\"title\\":\\"Keystone support terms\\",\\"date\\":\\"Nov 30, 2026\\",\\"locator\\":\\"${locator}\\"}"}`;

	test('says what each add-on does to the targets, with its source', () => {
		expect(en.addOns.map((a) => [a.id, a.terms, a.source])).toEqual([
			[
				'rapid',
				[
					'atlas.compare.otherTargetSeverity{"kind":"atlas.target.kind.first-response","amount":"15 minutes","coverage":"atlas.compare.coverage.always","severity":"P1"}',
				],
				source('Rapid Response'),
			],
			['guard', ['atlas.plans.liftsTo{"tier":"Premium"}'], source('Guard')],
		]);
	});

	test('cites the source of a note that names one', () => {
		expect(en.notes).toEqual([
			{
				id: 'forum',
				text: 'Free users ask in the forum',
				source: source('Community'),
				assumptions: [],
			},
		]);
	});
});
