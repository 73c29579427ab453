/**
 * Every page type, in every locale: a value that rests on an assumption is shown with a marker for
 * that assumption, and the marker carries the assumption's own text in the page's locale. What rests
 * on what comes from lib/catalogue/provenance (the catalogue's references), not from this file.
 */
import 'temporal-polyfill/global';
import { describe, expect, test } from 'vitest';
import {
	faqAssumptionIds,
	featureValueAssumptionIds,
	severityAssumptionIds,
	targetAssumptionIds,
	tierAssumptionIds,
} from '#lib/catalogue/provenance.ts';
import { channelRows, headlineTarget } from '#lib/catalogue/query.ts';
import type { Vendor } from '#lib/catalogue/schema.ts';
import { localeTags, type LocaleTag } from '#lib/locales.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import { readUiStringsFile } from '../../../node/ui-strings-files.ts';
import { extendedFixtureCatalogue } from '../../../../tests/support/fixture-catalogue.ts';
import { loadCatalogue } from '../../../node/catalogue-files.ts';
import { coverageRowAnchor, planId, targetRowAnchor } from '#lib/routes.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import { buildCalculatorData } from '#lib/views/pages/calculator.ts';
import { buildCompare } from '#lib/views/pages/compare.ts';
import { buildDirectory } from '#lib/views/pages/home.ts';
import { buildFaqPage } from '#lib/views/pages/faq-vendor.ts';
import {
	buildWorkedExample,
	runWorkedExample,
	workedExamples,
	type WorkedExampleId,
} from './faq-examples.ts';
import { assumptionMarkers, citationText, readsAsOwn, type AssumptionMarker } from './markers.ts';
import { buildTierPage } from '#lib/views/pages/plans-tier.ts';
import { buildVendorPlans } from '#lib/views/pages/plans-vendor.ts';
import { buildSeverityGuide } from '#lib/views/pages/severity-vendor.ts';

// The fixture vendors: orbit's office hours (and its basic tier) rest on an assumption, and tempo has
// one behind every kind of value (severity, calendar, target figure and clock, tier, feature, FAQ);
// relay's channels, shown among the key facts, rest on one for a tier.
const catalogue = {
	vendors: [
		...extendedFixtureCatalogue().vendors,
		...loadCatalogue('tests/fixtures/channels').vendors,
	].sort((a, b) => a.id.localeCompare(b.id)),
};

/** The problems of one shown value: assumptions it rests on that no marker beside it names. */
export function missingMarkers(
	vendor: Vendor,
	tag: LocaleTag,
	needed: readonly string[],
	shown: readonly AssumptionMarker[],
	where: string
): string[] {
	const problems: string[] = [];
	for (const id of needed) {
		const marker = shown.find((m) => m.id === id);
		const text = vendor.assumptions.find((a) => a.id === id)!.text[tag];
		if (!marker) problems.push(`${where}: no marker for assumption "${id}"`);
		else if (marker.text !== text || !marker.label)
			problems.push(`${where}: marker for "${id}" does not carry its ${tag} text`);
	}
	return problems;
}

/** Walks every page type's view data for one locale and lists every unmarked value. */
function audit(tag: LocaleTag): { problems: string[]; checked: number } {
	const t = createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));
	const problems: string[] = [];
	let checked = 0;
	const check = (
		vendor: Vendor,
		needed: readonly string[],
		shown: readonly AssumptionMarker[],
		where: string
	) => {
		if (needed.length) checked++;
		problems.push(...missingMarkers(vendor, tag, needed, shown, `${tag} ${where}`));
	};

	const directory = buildDirectory(catalogue, tag, t);
	const compare = buildCompare(catalogue.vendors, tag, t);
	const calculator = buildCalculatorData(catalogue, tag, t);
	for (const vendor of catalogue.vendors) {
		const plans = buildVendorPlans(vendor, tag, t);
		const rows = plans.table.groups.flatMap((g) => g.rows);
		const cellOf = (anchor: string, tierId: string) =>
			rows.find((r) => r.anchor === anchor)?.cells.find((c) => c.tierId === tierId);
		const guide = buildSeverityGuide(vendor, tag, t);
		const faq = buildFaqPage(vendor, tag, t);
		const calc = calculator.find((v) => v.id === vendor.id)!;

		vendor.severities?.levels.forEach((level, i) => {
			const needed = severityAssumptionIds(level);
			check(vendor, needed, plans.severities[i]!.assumptions, `plans/${vendor.id} ${level.id}`);
			check(
				vendor,
				needed,
				guide!.levels[i]!.definitionAssumptions,
				`severity/${vendor.id} ${level.id}`
			);
			check(vendor, needed, calc.severities[i]!.assumptions, `calculator ${vendor.id} ${level.id}`);
		});
		vendor.faq.forEach((entry, i) =>
			check(
				vendor,
				faqAssumptionIds(entry),
				faq.entries[i]!.assumptions,
				`faq/${vendor.id} ${entry.id}`
			)
		);

		for (const tier of vendor.tiers) {
			const plan = planId(vendor.id, tier.id);
			const tierPage = buildTierPage(vendor, tier.id, tag, t);
			const home = directory.find((v) => v.id === vendor.id)!.tiers.find((x) => x.id === tier.id)!;
			const compareRow = compare.rows.find(
				(r) => r.vendorId === vendor.id && r.tierId === tier.id
			)!;
			const calcTier = calc.tiers.find((x) => x.id === tier.id)!;

			const tierWide = tierAssumptionIds(vendor, tier);
			check(vendor, tierWide, home.availabilityAssumptions, `home ${plan} availability`);
			check(vendor, tierWide, tierPage.tier.assumptions, `plans/${plan} overview`);
			check(
				vendor,
				tierWide,
				cellOf('availability', tier.id)!.assumptions,
				`plans/${vendor.id} availability ${tier.id}`
			);

			tier.targets.forEach((target, i) => {
				const calendar = resolveCalendar(vendor, tier, target.severity);
				const needed = targetAssumptionIds(target, calendar);
				const what = `${target.kind}${target.severity ? ` ${target.severity}` : ''}`;
				const coverageRow = coverageRowAnchor(target.severity);
				const targetRow = targetRowAnchor(target.kind, target.severity);
				// Plans table: the target's cell, with its coverage cell of the same severity.
				check(
					vendor,
					needed,
					[
						...(cellOf(targetRow, tier.id)?.assumptions ?? []),
						...(cellOf(coverageRow, tier.id)?.assumptions ?? []),
					],
					`plans/${vendor.id} ${tier.id} ${what}`
				);
				// Tier page: the severity's row (coverage and the target).
				const row = tierPage.targetRows.find((r) => r.severity?.id === target.severity)!;
				const cell = row.targets[tierPage.targetKinds.findIndex((k) => k.kind === target.kind)];
				check(
					vendor,
					needed,
					[...row.coverage.assumptions, ...(cell?.assumptions ?? [])],
					`plans/${plan} ${what}`
				);
				// Cross-vendor comparison: a first-response cell, or the "other targets" entry.
				const level = vendor.severities?.levels.findIndex((l) => l.id === target.severity) ?? -1;
				const shownInColumn =
					target.kind === 'first-response' && level >= 0 && compareRow.cells[level]?.value;
				const other = compareRow.other.find(
					(o) =>
						o.text.includes(t(`atlas.target.kind.${target.kind}`)) &&
						(target.severity === undefined || o.text.includes(target.severity))
				);
				check(
					vendor,
					needed,
					shownInColumn
						? // What every level shares is said once for the row.
							[...compareRow.cells[level]!.assumptions, ...(compareRow.shared?.assumptions ?? [])]
						: (other?.assumptions ?? []),
					`compare ${plan} ${what}`
				);
				// Severity guide: the tier's row for the level.
				if (guide && target.severity !== undefined) {
					const guideTier = guide.levels[level]!.tiers.find((x) => x.id === tier.id)!;
					const shown = guideTier.targets.find((x) => x.kind === target.kind)?.assumptions ?? [];
					check(
						vendor,
						needed,
						[...guideTier.coverageAssumptions, ...shown],
						`severity/${vendor.id} ${tier.id} ${what}`
					);
				}
				// Calculator results and trace.
				check(
					vendor,
					needed,
					calcTier.provenance[i]![calendar.id]!.assumptions,
					`calculator ${plan} ${what}`
				);
			});
			// Home card: the headline target with the coverage that counts it.
			const headline = headlineTarget(vendor, tier);
			if (home.headline && headline) {
				const needed = targetAssumptionIds(
					headline,
					resolveCalendar(vendor, tier, headline.severity)
				);
				check(
					vendor,
					needed,
					[...home.headline.assumptions, ...home.coverageAssumptions],
					`home ${plan}`
				);
			}
			// The channels among the key facts, on the home card and the tier page.
			const channels = channelRows(vendor);
			if (channels) {
				const needed =
					channels.kind === 'words'
						? featureValueAssumptionIds(channels.feature, tier.id)
						: channels.features
								.filter((f) => f.values[tier.id] === true)
								.flatMap((f) => featureValueAssumptionIds(f, tier.id));
				check(vendor, needed, home.channels?.assumptions ?? [], `home ${plan} channels`);
				check(
					vendor,
					needed,
					tierPage.tier.channels?.assumptions ?? [],
					`plans/${plan} overview channels`
				);
			}
			for (const category of vendor.categories)
				for (const feature of category.features)
					check(
						vendor,
						featureValueAssumptionIds(feature, tier.id),
						cellOf(`feature-${feature.id}`, tier.id)!.assumptions,
						`plans/${vendor.id} ${feature.id} ${tier.id}`
					);
		}
	}
	for (const id of Object.keys(workedExamples) as WorkedExampleId[]) {
		const example = buildWorkedExample(catalogue, id, tag, t);
		const run = runWorkedExample(catalogue, id);
		if (!example || !run) continue;
		const { vendor, tier } = run;
		for (const d of example.deadlines) {
			const target = tier.targets.find(
				(x) => x.kind === d.kind && (d.severity === undefined || x.severity === d.severity)
			)!;
			check(
				vendor,
				targetAssumptionIds(target, resolveCalendar(vendor, tier, target.severity)),
				d.provenance.assumptions,
				`faq example ${id}`
			);
		}
	}
	return { problems, checked };
}

describe('assumption markers on every page type', () => {
	test.each(localeTags)(
		'%s: no value that rests on an assumption is shown without its marker',
		(tag) => {
			const { problems, checked } = audit(tag);
			expect(problems).toEqual([]);
			// The walk must reach the assumption-bound values, not pass on an empty page. Counted by
			// hand, before the headline cards and worked examples: orbit basic's availability on 3
			// pages, and its 4 office-hour targets (3 with a severity) on the plans table, tier page,
			// comparison and calculator plus the severity guide = 19; tempo's S1 definition on 3 pages,
			// its FAQ answer, its availability on 3 pages, its feature value, and its 3 targets that rest
			// on an assumption (2 with a severity) = 3 + 1 + 3 + 1 + 14.
			expect(checked).toBeGreaterThanOrEqual(3 + 19 + 3 + 1 + 3 + 1 + 14);
		},
		60_000
	);

	test('a value shown without its marker is reported, with where it is', () => {
		const tempo = catalogue.vendors.find((v) => v.id === 'tempo')!;
		expect(missingMarkers(tempo, 'pl', ['covered-clock'], [], 'x')).toEqual([
			'x: no marker for assumption "covered-clock"',
		]);
		const wrongText: AssumptionMarker = {
			id: 'covered-clock',
			number: 5,
			label: 'Założenie 5',
			reference: 'Założenie 5',
			text: 'Counted in covered hours',
			href: '#',
		};
		expect(missingMarkers(tempo, 'pl', ['covered-clock'], [wrongText], 'x')).toEqual([
			'x: marker for "covered-clock" does not carry its pl text',
		]);
		const rightText = { ...wrongText, text: 'Liczone w godzinach wsparcia' };
		expect(missingMarkers(tempo, 'pl', ['covered-clock'], [rightText], 'x')).toEqual([]);
	});
});

describe('citationText', () => {
	const source = {
		id: 'terms',
		title: '全面、可信赖的客户服务',
		gloss: { en: 'Complete, trusted customer service', ko: '완전하고 신뢰할 수 있는 고객 서비스' },
		publisher: 'Tableau',
		language: 'zh-CN',
		retrieved: '2026-11-29',
	};
	const cite = (tag: LocaleTag, locator?: string, from: typeof source = source) =>
		citationText(
			{ source: from, ...(locator ? { locator } : {}) },
			tag,
			createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'))
		);
	test('a title in another language is followed by its language and its translation, where the catalogue gives one', () => {
		expect(cite('en')).toBe(
			'全面、可信赖的客户服务 (Simplified Chinese, “Complete, trusted customer service”), checked Nov 29, 2026'
		);
		expect(cite('en', 'Premier')).toBe(
			'全面、可信赖的客户服务 (Simplified Chinese, “Complete, trusted customer service”; Premier), checked Nov 29, 2026'
		);
		expect(cite('ko')).toMatch(
			/^全面、可信赖的客户服务\(.+, ‘완전하고 신뢰할 수 있는 고객 서비스’\), /
		);
	});
	test('a page in the document’s language, or a locale without a translation, shows the title alone', () => {
		expect(cite('zh-CN')).toBe('《全面、可信赖的客户服务》，2026年11月29日核对');
		expect(cite('pl')).toBe('„全面、可信赖的客户服务”, sprawdzono 29 listopada 2026 r.');
		expect(
			citationText({ source }, 'en', createTranslate('en', readUiStringsFile('en')), {
				gloss: false,
			})
		).toBe('全面、可信赖的客户服务, checked Nov 29, 2026');
		expect(cite('en', undefined, { ...source, gloss: undefined as never })).toBe(
			'全面、可信赖的客户服务, checked Nov 29, 2026'
		);
	});
	test('Chinese in the other script is another language to gloss', () => {
		expect(readsAsOwn('zh-CN', 'zh-CN')).toBe(true);
		expect(readsAsOwn('zh-Hans', 'zh-CN')).toBe(true);
		expect(readsAsOwn('zh-TW', 'zh-CN')).toBe(false);
		expect(readsAsOwn('en-GB', 'en')).toBe(true);
		expect(readsAsOwn('ko', 'en')).toBe(false);
	});
});

describe('the words on a marker', () => {
	const tempo = extendedFixtureCatalogue().vendors.find((v) => v.id === 'tempo')!;
	const first = tempo.assumptions[0]!;
	const t = (tag: LocaleTag) =>
		createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));

	// The words after the colon never start a line of their own (a no-break space).
	test('a labelled assumption reads as what is assumed; its number stays for text that refers to it', () => {
		const labelled: Vendor = {
			...tempo,
			assumptions: [
				{ ...first, label: { en: 'business hours', ko: '업무 시간' } },
				...tempo.assumptions.slice(1),
			],
		};
		const [en] = assumptionMarkers(labelled, [first.id], 'en', t('en'));
		expect(en).toMatchObject({
			label: 'Assumption: business hours',
			reference: 'Assumption 1',
			number: 1,
		});
		expect(assumptionMarkers(labelled, [first.id], 'ko', t('ko'))[0]!.label).toBe(
			'가정: 업무 시간'
		);
		// Not yet translated into Polish: the English label, in the Polish frame.
		expect(assumptionMarkers(labelled, [first.id], 'pl', t('pl'))[0]!.label).toBe(
			'Założenie: business hours'
		);
	});

	test('without a label, the marker names the assumption by its number', () => {
		expect(assumptionMarkers(tempo, [first.id], 'pl', t('pl'))[0]).toMatchObject({
			label: 'Założenie 1',
			reference: 'Założenie 1',
		});
	});
});
