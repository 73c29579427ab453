/**
 * What the calculator island needs, for one locale: every plan's rules (coverage, targets,
 * calendars) and the texts it shows (names, severity definitions, assumptions), as plain JSON.
 */
import { tierCoverage } from '#lib/catalogue/query.ts';
import { assumptionTiers, severityAssumptionIds } from '#lib/catalogue/provenance.ts';
import type { Catalogue, Target, Tier } from '#lib/catalogue/schema.ts';
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import { formatDate, formatList } from '#lib/i18n/format.ts';
import type { LevelTerm } from '#lib/catalogue/level-terms.ts';
import { regionName } from '#lib/views/parts/region-note.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localizePhrase, translatePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { readerRegionRule, type CalendarRules, type RegionRule } from '#lib/time/clock.ts';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import { holidayRegions, type HolidayRegion, type RegionIndex } from '#lib/time/regions.ts';
import { assumptionMarkers, plainDate, type AssumptionMarker } from '#lib/views/parts/markers.ts';
import { targetProvenance, type TargetProvenance } from '#lib/views/parts/target-provenance.ts';

export interface CalculatorTier {
	id: string;
	name: Phrase;
	coverage: Tier['coverage'];
	targets: Target[];
	/** Where each target comes from, index for index with `targets`. */
	provenance: TargetProvenance[];
	/** Every assumption that applies to this tier, worded for the locale. */
	assumptions: AssumptionMarker[];
	/**
	 * The reader's region's part in the tier's coverage, for the region field: `applies` when a
	 * calendar's terms close it on the customer's region's holidays, else `what-if` when one is silent
	 * about holidays, else `no`.
	 */
	regionRule: RegionRule;
}

export interface CalculatorSeverity {
	id: string;
	name: Phrase;
	/** The level as the level field offers it: "P1 · Critical". */
	label: Phrase;
	/** The same as it leads the level's definition below the field: "P1 · Critical: ". */
	heading: Phrase;
	definition: Phrase;
	/** Assumptions the definition rests on. */
	assumptions: AssumptionMarker[];
	examples: Phrase[];
}

export interface CalculatorVendor {
	id: string;
	name: string;
	/** The vendor's word for its levels: the form names them with it once one of its plans is picked. */
	term: LevelTerm;
	calendars: (CalendarRules & { name: Phrase })[];
	severities: CalculatorSeverity[];
	matrix?:
		| {
				impacts: { id: string; name: Phrase }[];
				urgencies: { id: string; name: Phrase }[];
				levels: Record<string, Record<string, string>>;
		  }
		| undefined;
	tiers: CalculatorTier[];
	/** The terms the results use: each source with the date it was checked. */
	terms: string;
}

/** The reader's region's strongest part in any calendar a tier uses (see CalculatorTier.regionRule). */
function tierRegionRule(vendor: Catalogue['vendors'][number], tier: Tier): RegionRule {
	const rules = new Set(
		[undefined, ...Object.keys(tierCoverage(vendor, tier).coverage?.severities ?? {})].map(
			(severity) => readerRegionRule(resolveCalendar(vendor, tierCoverage(vendor, tier), severity))
		)
	);
	return rules.has('applies') ? 'applies' : rules.has('what-if') ? 'what-if' : 'no';
}

/** A region the reader can choose, named in the page language, with the zones that suggest it. */
export interface CalculatorRegion {
	id: HolidayRegion;
	name: string;
	zones: readonly string[];
}

/** What the calculator page gives its island, as JSON in the page: data and UI strings of its locale. */
export interface CalculatorPageData {
	tag: LocaleTag;
	/** The UI strings the island words results with. */
	strings: Record<string, string>;
	vendors: CalculatorVendor[];
	regions: CalculatorRegion[];
}

/** The regions with holiday data, sorted by their names in the page language. */
export function buildRegionOptions(
	index: RegionIndex,
	tag: LocaleTag,
	t: Translate
): CalculatorRegion[] {
	return holidayRegions
		.map((id) => ({ id, name: regionName(id, tag, t), zones: index[id].zones }))
		.sort((a, b) => a.name.localeCompare(b.name, tag));
}

/** Builds the calculator's data for one locale. */
export function buildCalculatorData(
	catalogue: Catalogue,
	tag: LocaleTag,
	t: Translate
): CalculatorVendor[] {
	return catalogue.vendors.map((vendor) => {
		const matrix = vendor.severities?.matrix;
		return {
			id: vendor.id,
			name: vendor.name,
			term: vendorLevelTerm(vendor),
			calendars: vendor.calendars.map((c) =>
				c.type === 'always'
					? { id: c.id, type: c.type, name: localizePhrase(c.name, tag) }
					: {
							id: c.id,
							type: c.type,
							zone: c.zone,
							hours: c.hours,
							holidays: c.holidays,
							publicHolidays: c.publicHolidays,
							name: localizePhrase(c.name, tag),
						}
			),
			severities: (vendor.severities?.levels ?? []).map((l) => {
				const name = localizePhrase(l.name, tag);
				const label = typeof name === 'string' ? `${l.id} · ${name}` : [`${l.id} · `, ...name];
				return {
					id: l.id,
					name,
					label,
					heading: translatePhrase(t, 'atlas.format.label', { label }),
					definition: localizePhrase(l.definition, tag),
					assumptions: assumptionMarkers(vendor, severityAssumptionIds(l), tag, t),
					examples: l.examples.map((e) => localizePhrase(e, tag)),
				};
			}),
			matrix: matrix && {
				impacts: matrix.impacts.map((i) => ({ id: i.id, name: localizePhrase(i.name, tag) })),
				urgencies: matrix.urgencies.map((u) => ({ id: u.id, name: localizePhrase(u.name, tag) })),
				levels: matrix.levels,
			},
			tiers: vendor.tiers.map((tier) => ({
				id: tier.id,
				name: localizePhrase(tier.name, tag),
				coverage: tier.coverage,
				targets: tier.targets,
				provenance: tier.targets.map((target) =>
					targetProvenance(
						vendor,
						target,
						resolveCalendar(vendor, tierCoverage(vendor, tier), target.severity),
						tag,
						t
					)
				),
				assumptions: assumptionMarkers(
					vendor,
					vendor.assumptions
						.filter((a) => assumptionTiers(vendor, a.id).includes(tier.id))
						.map((a) => a.id),
					tag,
					t
				),
				regionRule: tierRegionRule(vendor, tier),
			})),
			terms: t('atlas.source.terms', {
				sources: formatList(
					vendor.sources.map((s) =>
						t('atlas.source.termsItem', {
							title: s.title,
							date: formatDate(s.retrieved, tag, plainDate),
						})
					),
					tag
				),
			}),
		};
	});
}
