/**
 * What the calculator island needs, for one locale: every plan's rules (coverage, targets, the tiers
 * they include, add-ons, calendars, what selects a target) and the texts it shows (names, severity
 * definitions, duties, assumptions), as plain JSON. The island resolves a plan's terms from these at
 * run time (catalogue/plan-terms.ts), as the command line does from the catalogue.
 */
import { tierCoverage } from '#lib/catalogue/query.ts';
import {
	assumptionTiers,
	documentsOf,
	editionFor,
	effectiveAssumptionIds,
	severityAssumptionIds,
} from '#lib/catalogue/provenance.ts';
import type { AddOn, Catalogue, ClockStart, Target, Tier, Vendor } from '#lib/catalogue/schema.ts';
import { planTerms, type TermsOwner } from '#lib/catalogue/plan-terms.ts';
import { vendorVersions } from '#lib/catalogue/vendor-versions.ts';
import { termsOwner } from '#lib/catalogue/query.ts';
import { ticketNames, type Named, type TicketNames } from '#lib/views/parts/ticket-terms.ts';
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

/**
 * Where each target comes from, index for index with the targets where they are written, by the id of
 * each calendar it can count on in some plan (its source and clock words depend on the calendar).
 */
export type CalculatorProvenance = Record<string, TargetProvenance>[];

export interface CalculatorTier {
	id: string;
	name: Phrase;
	/** The tier whose targets and coverage this one includes. */
	includes?: string | undefined;
	/** The levels the tier offers, where it says (see Tier.levels). */
	levels?: string[] | undefined;
	coverage: Tier['coverage'];
	/** The tier's own targets (without those it includes). */
	targets: Target[];
	provenance: CalculatorProvenance;
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

/** An add-on's terms, as resolving a plan needs them (its name is in the vendor's `names`). */
export interface CalculatorAddOn extends Pick<
	AddOn,
	'id' | 'availableFor' | 'liftsTo' | 'targets' | 'coverage'
> {
	provenance: CalculatorProvenance;
}

/** A ticket attribute in the page language, with the value assumed when the reader gives none. */
export interface CalculatorAttribute {
	id: string;
	name: Phrase;
	values: Named[];
	default?: string | undefined;
}

/** A vendor's terms as the calculator counts on them: one version of them (see CalculatorVendor). */
export interface CalculatorTerms {
	id: string;
	name: string;
	/** When the clock of the vendor's deadlines starts, where the terms say. */
	clockStart?: ClockStart | undefined;
	/** Names of what a ticket can bring (attributes, request types, add-ons), tiers, levels, duties. */
	names: Omit<TicketNames, 'attributes'> & { attributes: CalculatorAttribute[] };
	addOns: CalculatorAddOn[];
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
	/** Assumptions the date these terms took effect rests on, where the vendor gives none. */
	effectiveAssumptions: AssumptionMarker[];
}

/**
 * A vendor in the calculator: its current terms, the day they took effect where known, and its
 * earlier versions, newest first, for tickets opened while those were in effect.
 */
export interface CalculatorVendor extends CalculatorTerms {
	effective?: string | undefined;
	earlier?: (CalculatorTerms & { effective: string })[] | undefined;
}

/**
 * The reader's region's strongest part in any calendar a tier uses (see CalculatorTier.regionRule):
 * those its coverage names, and `reached`, those its targets can count on with any add-on.
 */
function tierRegionRule(
	vendor: Catalogue['vendors'][number],
	tier: Tier,
	reached: ReadonlySet<string>
): RegionRule {
	const owner = tierCoverage(vendor, tier);
	const named = owner.coverage
		? [undefined, ...Object.keys(owner.coverage.severities ?? {})].map(
				(severity) => resolveCalendar(vendor, owner, severity).id
			)
		: [];
	const rules = new Set(
		vendor.calendars
			.filter((c) => named.includes(c.id) || reached.has(c.id))
			.map((c) => readerRegionRule(c))
	);
	return rules.has('applies') ? 'applies' : rules.has('what-if') ? 'what-if' : 'no';
}

/** The key of where a target is written: the tier or add-on and its index there (PlanTarget.at). */
const writtenAt = (at: { owner: string; id: string; index: number }) =>
	`${at.owner}/${at.id}/${at.index}`;

/** Every set of add-ons, each in the vendor's order (few add-ons are offered with any one tier). */
function addOnSets(ids: readonly string[]): string[][] {
	return ids.reduce<string[][]>((sets, id) => [...sets, ...sets.map((s) => [...s, id])], [[]]);
}

/**
 * The calendars each written target can count on, in any plan (a tier with any of its add-ons): a
 * target a tier includes counts on the including tier's coverage, an add-on's on the holder's, and
 * ticket attributes can choose a calendar by a coverage rule.
 */
function reachableCalendars(
	owner: TermsOwner,
	vendor: Vendor
): { byTarget: Map<string, Set<string>>; byTier: Map<string, Set<string>> } {
	const byTarget = new Map<string, Set<string>>();
	const byTier = new Map<string, Set<string>>();
	const note = (map: Map<string, Set<string>>, key: string, ids: readonly string[]) =>
		map.set(key, new Set([...(map.get(key) ?? []), ...ids]));
	for (const tier of vendor.tiers) {
		const offered = (vendor.addOns ?? []).filter((a) => a.availableFor.includes(tier.id));
		for (const addOns of addOnSets(offered.map((a) => a.id)))
			for (const p of planTerms(owner, tier, addOns).targets) {
				const coverage = p.coverage;
				if (!coverage) continue;
				const severity = p.target.severity;
				const ids = (coverage.rules ?? [])
					.filter(
						(r) => !r.severities || (severity !== undefined && r.severities.includes(severity))
					)
					.map((r) => r.calendar);
				ids.push(
					(severity !== undefined ? coverage.severities?.[severity] : undefined) ?? coverage.default
				);
				note(byTarget, writtenAt(p.at), ids);
				note(byTier, tier.id, ids);
			}
	}
	return { byTarget, byTier };
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

/** Builds the calculator's data for one locale: every vendor with each version of its terms. */
export function buildCalculatorData(
	catalogue: Catalogue,
	tag: LocaleTag,
	t: Translate
): CalculatorVendor[] {
	return catalogue.vendors.map((vendor) => {
		const [current, ...earlier] = vendorVersions(vendor);
		return {
			...calculatorTerms(vendor, tag, t),
			effective: current?.effective,
			...(earlier.length
				? {
						earlier: earlier.map((v) => ({
							...calculatorTerms(v.vendor, tag, t),
							effective: v.effective!,
						})),
					}
				: {}),
		};
	});
}

/** One version of a vendor's terms, as the calculator counts on them and words them. */
function calculatorTerms(vendor: Vendor, tag: LocaleTag, t: Translate): CalculatorTerms {
	const matrix = vendor.severities?.matrix;
	const reached = reachableCalendars(termsOwner(vendor), vendor);
	const provenance = (
		owner: 'tier' | 'add-on',
		id: string,
		targets: readonly Target[] = []
	): CalculatorProvenance =>
		targets.map((target, index) =>
			Object.fromEntries(
				[...(reached.byTarget.get(writtenAt({ owner, id, index })) ?? [])].map((calendarId) => [
					calendarId,
					targetProvenance(
						vendor,
						target,
						vendor.calendars.find((c) => c.id === calendarId)!,
						tag,
						t
					),
				])
			)
		);
	const names = ticketNames(vendor, tag);
	return {
		id: vendor.id,
		name: vendor.name,
		clockStart: vendor.clockStart,
		names: {
			...names,
			attributes: names.attributes.map((a) => ({
				...a,
				default: vendor.attributes?.find((x) => x.id === a.id)?.default,
			})),
		},
		addOns: (vendor.addOns ?? []).map((a) => ({
			id: a.id,
			availableFor: a.availableFor,
			liftsTo: a.liftsTo,
			targets: a.targets,
			coverage: a.coverage,
			provenance: provenance('add-on', a.id, a.targets),
		})),
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
			includes: tier.includes,
			levels: tier.levels,
			coverage: tier.coverage,
			targets: tier.targets,
			provenance: provenance('tier', tier.id, tier.targets),
			assumptions: assumptionMarkers(
				vendor,
				vendor.assumptions
					.filter((a) => assumptionTiers(vendor, a.id).includes(tier.id))
					.map((a) => a.id),
				tag,
				t
			),
			regionRule: tierRegionRule(vendor, tier, reached.byTier.get(tier.id) ?? new Set()),
		})),
		effectiveAssumptions: assumptionMarkers(vendor, effectiveAssumptionIds(vendor), tag, t),
		terms: t('atlas.source.terms', {
			sources: formatList(
				documentsOf(vendor).map((document) => {
					const s = editionFor(vendor, document, tag);
					return t('atlas.source.termsItem', {
						title: s.title,
						date: formatDate(s.retrieved, tag, plainDate),
					});
				}),
				tag
			),
		}),
	};
}
