/**
 * Where one target's figure and counting clock come from, in words for one locale: the source it
 * cites, the assumptions it rests on, and how its clock is known. The calculator, the command line
 * and the worked examples all show a deadline with this, so a reader sees which part is ours.
 */
import { citationOf, clockProvenance, targetAssumptionIds } from '#lib/catalogue/provenance.ts';
import { clockStartOf } from '#lib/catalogue/plan-terms.ts';
import type { Calendar, Target, Vendor } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { localize } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { assumptionMarkers, citationText, type AssumptionMarker } from './markers.ts';

/** A target's provenance as data and words. */
export interface TargetProvenance {
	/** The source the figure comes from; null when it rests on an assumption alone. */
	source: {
		id: string;
		title: string;
		publisher: string;
		language: string;
		url: string | null;
		retrieved: string;
		effective: string | null;
		locator: string | null;
		/** The document this one is an edition of, where a page in this locale cites an edition. */
		editionOf: string | null;
		/** Why there is no address, in the locale's words, where the catalogue says. */
		urlNote: string | null;
	} | null;
	/** "Source: <title> (<locator>), checked <date>", or words saying there is none. */
	sourceText: string;
	/** The same without its "Source:" lead, for a field that carries its own label. */
	sourceValue: string;
	/** Every assumption the deadline rests on (figure, clock, coverage hours, when the clock starts). */
	assumptions: AssumptionMarker[];
	/** How the counting clock is known; undefined when both clocks agree (24x7, business days). */
	clock?: { basis: 'source' | 'assumption'; text: string } | undefined;
}

/** Describes where a target on `calendar` comes from. */
export function targetProvenance(
	vendor: Vendor,
	target: Target,
	calendar: Calendar,
	tag: LocaleTag,
	t: Translate
): TargetProvenance {
	const citation = citationOf(vendor, target.ref, tag);
	// When the clock starts is part of every deadline, though pages show it once for the vendor.
	const startAssumption = clockStartOf(target, vendor.clockStart).start?.ref.assumption;
	const assumptions = assumptionMarkers(
		vendor,
		[
			...new Set([
				...targetAssumptionIds(target, calendar),
				...(startAssumption ? [startAssumption] : []),
			]),
		],
		tag,
		t
	);
	const clockWords = t(
		target.clock === 'calendar' ? 'atlas.clock.calendar' : 'atlas.clock.covered'
	);
	const known = clockProvenance(vendor, target, calendar, tag);
	let clock: TargetProvenance['clock'];
	if (known.kind === 'source')
		clock = {
			basis: 'source',
			text: t('atlas.clock.cited', {
				clock: clockWords,
				// The figure's source, cited just before, is not glossed a second time.
				source: citationText(known.citation, tag, t, {
					gloss: known.citation.source.id !== citation?.source.id,
				}),
			}),
		};
	else if (known.kind === 'assumption')
		clock = {
			basis: 'assumption',
			text: t('atlas.clock.assumed', {
				clock: clockWords,
				assumption: assumptionMarkers(vendor, [known.id], tag, t)[0]?.reference ?? known.id,
			}),
		};
	return {
		source: citation
			? {
					id: citation.source.id,
					title: citation.source.title,
					publisher: citation.source.publisher,
					language: citation.source.language,
					url: citation.source.url ?? null,
					retrieved: citation.source.retrieved,
					effective: citation.source.effective ?? null,
					locator: citation.locator ?? null,
					editionOf: citation.source.editionOf ?? null,
					urlNote: citation.source.urlNote ? localize(citation.source.urlNote, tag) : null,
				}
			: null,
		sourceText: citation
			? t('atlas.source.line', { source: citationText(citation, tag, t) })
			: t('atlas.source.none'),
		sourceValue: citation ? citationText(citation, tag, t) : t('atlas.source.noneValue'),
		assumptions,
		clock,
	};
}
