/**
 * Where each value of a vendor comes from: the source that states it, and the assumptions it depends
 * on. Pages, the calculator, the command line and the tests all ask here, so a value that rests on an
 * assumption is marked the same way wherever it is shown.
 */
import { tierCoverage, tierTerms } from './query.ts';
import type {
	Calendar,
	FaqEntry,
	Feature,
	Reference,
	SeverityLevel,
	Source,
	Target,
	Tier,
	Vendor,
} from './schema.ts';

/** A source as a value cites it: the document, and where in it when the catalogue says. */
export interface Citation {
	source: Source;
	locator?: string | undefined;
}

/**
 * Whether a document in `language` is written in the language of a page in locale `tag`: the same
 * tag, or the same language where neither names a script or region the other lacks ("ko-KR" for "ko").
 */
export function readableIn(language: string, tag: string): boolean {
	const a = language.toLowerCase();
	const b = tag.toLowerCase();
	if (a === b) return true;
	const [aLang, ...aRest] = a.split('-');
	const [bLang, ...bRest] = b.split('-');
	return aLang === bLang && (aRest.length === 0 || bRest.length === 0);
}

/** The vendor's documents: its sources that are not editions of another. */
export function documentsOf(vendor: Pick<Vendor, 'sources'>): Source[] {
	return vendor.sources.filter((s) => s.editionOf === undefined);
}

/**
 * The source a page in `tag` cites for `source`: its edition in the page's language where the
 * catalogue lists one, else the source itself (the declared fallback for every other locale).
 */
export function editionFor(vendor: Pick<Vendor, 'sources'>, source: Source, tag: string): Source {
	if (readableIn(source.language, tag)) return source;
	return (
		vendor.sources.find((s) => s.editionOf === source.id && readableIn(s.language, tag)) ?? source
	);
}

/** The editions of a source (the same document in other languages). */
export function editionsOf(vendor: Pick<Vendor, 'sources'>, source: Source): Source[] {
	return vendor.sources.filter((s) => s.editionOf === source.id);
}

/**
 * The source a reference cites. Without a reference, or with one that names no source and no
 * assumption, a vendor with a single document lends it; a value that names only an assumption cites
 * nothing (it is our reading, not the vendor's words). With `tag`, a page in that locale cites the
 * document's edition in its language, with the edition's own locator, where there is one.
 */
export function citationOf(
	vendor: Vendor,
	ref: Reference | undefined,
	tag?: string
): Citation | undefined {
	let citation: Citation | undefined;
	if (ref?.source !== undefined) {
		const source = vendor.sources.find((s) => s.id === ref.source);
		citation = source && { source, locator: ref.locator };
	} else if (ref?.assumption !== undefined) return undefined;
	else {
		const documents = documentsOf(vendor);
		citation = documents.length === 1 ? { source: documents[0]! } : undefined;
	}
	if (citation === undefined || tag === undefined) return citation;
	const edition = editionFor(vendor, citation.source, tag);
	if (edition === citation.source) return citation;
	return { source: edition, locator: citation.locator && ref?.editions?.[edition.id] };
}

const unique = (ids: (string | undefined)[]): string[] => [
	...new Set(ids.filter((id): id is string => id !== undefined)),
];

/** Assumptions a coverage calendar rests on. */
export function calendarAssumptionIds(calendar: Calendar): string[] {
	return unique([
		calendar.type === 'weekly' ? calendar.assumption : undefined,
		calendar.ref?.assumption,
	]);
}

/**
 * Assumptions a target's deadline rests on: its figure, its counting clock, its own clock start, and
 * the calendar that counts it (pass the calendar the target's severity resolves to).
 */
export function targetAssumptionIds(target: Target, calendar: Calendar): string[] {
	return unique([
		target.ref?.assumption,
		target.clockRef?.assumption,
		// A target's own clock start (updates from the first response); the vendor's is shown once.
		target.starts?.ref.assumption,
		...calendarAssumptionIds(calendar),
	]);
}

/** The reference of one tier's value of a feature: its own, else the row's. */
function featureValueRef(feature: Feature, tierId: string): Reference | undefined {
	return feature.refs?.[tierId] ?? feature.ref;
}

/** Assumptions one tier's value of a feature rests on. */
export function featureValueAssumptionIds(feature: Feature, tierId: string): string[] {
	return unique([featureValueRef(feature, tierId)?.assumption]);
}

/** The assumptions the date the vendor's current terms took effect rests on. */
export function effectiveAssumptionIds(vendor: Vendor): string[] {
	return unique([vendor.effectiveRef?.assumption]);
}

/** Assumptions a severity level's definition rests on. */
export function severityAssumptionIds(level: SeverityLevel): string[] {
	return unique([level.ref?.assumption]);
}

/** Assumptions an FAQ answer rests on. */
export function faqAssumptionIds(entry: FaqEntry): string[] {
	return unique([entry.ref?.assumption]);
}

/** Assumptions about a tier as a whole (how it is obtained), shown with its name. */
export function tierAssumptionIds(vendor: Vendor, tier: Tier): string[] {
	return unique([
		...vendor.assumptions.filter((a) => a.tiers?.includes(tier.id)).map((a) => a.id),
		tier.availabilityRef?.assumption,
	]);
}

/**
 * How a target's counting clock is known: cited from a source, assumed, or not in question (the
 * target counts business days, or its coverage runs round the clock, so both clocks agree).
 */
export type ClockProvenance =
	| { kind: 'source'; citation: Citation }
	| { kind: 'assumption'; id: string }
	| { kind: 'not-in-question' };

/** How the clock of a target on `calendar` is known. */
export function clockProvenance(
	vendor: Vendor,
	target: Target,
	calendar: Calendar,
	tag?: string
): ClockProvenance {
	const duration = target.kind === 'update' ? target.every : target.within;
	if (calendar.type === 'always' || duration?.unit === 'business-days')
		return { kind: 'not-in-question' };
	if (target.clockRef?.assumption !== undefined)
		return { kind: 'assumption', id: target.clockRef.assumption };
	if (target.clockRef !== undefined) {
		const citation = citationOf(vendor, target.clockRef, tag);
		if (citation) return { kind: 'source', citation };
	}
	return { kind: 'not-in-question' };
}

/** The calendars a tier's coverage names: the default, per severity and per attribute rule. */
function tierCalendarIds(coverage: Tier['coverage']): string[] {
	if (!coverage) return [];
	return [
		coverage.default,
		...Object.values(coverage.severities ?? {}),
		...(coverage.rules ?? []).map((r) => r.calendar),
	];
}

/**
 * The tiers an assumption affects, from what refers to it: calendars (through the tiers that use
 * them), targets (and the vendor's clock start, through the deadlines it starts), feature values,
 * and the tiers it names. Empty when it concerns the vendor as a
 * whole (severity definitions, FAQ answers, or nothing in particular).
 */
export function assumptionTiers(vendor: Vendor, id: string): string[] {
	const calendars = new Set(
		vendor.calendars.filter((c) => calendarAssumptionIds(c).includes(id)).map((c) => c.id)
	);
	const named = vendor.assumptions.find((a) => a.id === id)?.tiers ?? [];
	const vendorStart = vendor.clockStart?.ref?.assumption;
	return vendor.tiers
		.filter(
			(tier) =>
				named.includes(tier.id) ||
				tier.availabilityRef?.assumption === id ||
				tier.targets.some(
					(target) =>
						target.ref?.assumption === id ||
						target.clockRef?.assumption === id ||
						target.starts?.ref.assumption === id
				) ||
				// The vendor's clock start holds for every deadline of the plan without one of its own.
				(vendorStart === id &&
					tierTerms(vendor, tier).targets.some(
						({ target }) => target.kind !== 'update' && target.starts === undefined
					)) ||
				// Every calendar a tier can count on: its hours show with the tier even where no target
				// of the tier uses them (a level offered without a target, a tier without targets).
				tierCalendarIds(tierCoverage(vendor, tier).coverage).some((c) => calendars.has(c)) ||
				vendor.categories.some((c) =>
					c.features.some((f) => featureValueRef(f, tier.id)?.assumption === id)
				)
		)
		.map((tier) => tier.id);
}
