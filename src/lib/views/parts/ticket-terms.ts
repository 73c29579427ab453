/**
 * What a ticket brought besides its level, and what it selected, in words for one locale: the request
 * type, the attributes (given or assumed), add-ons, where each deadline's target comes from (an
 * included tier, an add-on), the conditions that chose it, its commitment, and the customer's duties.
 * The command line and the calculator word these the same way from the same names. Names and duties
 * are phrases: a catalogue text not yet translated keeps the mark of its language (i18n/text.ts).
 */
import type { Conditions, LocalizedText, Target, Vendor } from '#lib/catalogue/schema.ts';
import type { TermsOrigin } from '#lib/catalogue/plan-terms.ts';
import {
	joinPhrases,
	listPhrase,
	localizePhrase,
	translatePhrase,
	type Phrase,
} from '#lib/i18n/text.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { AssumptionMarker } from './markers.ts';
import type { Translate } from '#lib/i18n/translate.ts';

/** Something named: its id and its name in the page's locale. */
export interface Named {
	id: string;
	name: Phrase;
}

/** A vendor's names for what a ticket can bring, in one locale (plain JSON for the island). */
export interface TicketNames {
	attributes: (Named & { values: Named[] })[];
	requestTypes: Named[];
	addOns: Named[];
	tiers: Named[];
	levels: Named[];
	duties: {
		text: Phrase;
		tiers?: string[] | undefined;
		severities?: string[] | undefined;
		downgradeTo?: string | undefined;
	}[];
}

/** The names of a vendor's attributes, request types, add-ons, tiers, levels and duties. */
export function ticketNames(vendor: Vendor, tag: LocaleTag): TicketNames {
	const named = (items: readonly { id: string; name: LocalizedText }[] = []): Named[] =>
		items.map((x) => ({ id: x.id, name: localizePhrase(x.name, tag) }));
	return {
		attributes: (vendor.attributes ?? []).map((a) => ({
			id: a.id,
			name: localizePhrase(a.name, tag),
			values: named(a.values),
		})),
		requestTypes: named(vendor.requestTypes),
		addOns: named(vendor.addOns),
		tiers: named(vendor.tiers),
		levels: named(vendor.severities?.levels),
		duties: (vendor.duties ?? []).map((d) => ({
			text: localizePhrase(d.text, tag),
			tiers: d.tiers,
			severities: d.severities,
			downgradeTo: d.downgradeTo,
		})),
	};
}

const nameOf = (list: readonly Named[], id: string): Phrase =>
	list.find((x) => x.id === id)?.name ?? id;

/** An attribute's value in words: "Deployment: Server". */
function condition(names: TicketNames, id: string, value: string, t: Translate): Phrase {
	const attribute = names.attributes.find((a) => a.id === id);
	return translatePhrase(t, 'atlas.calc.condition', {
		name: attribute?.name ?? id,
		value: nameOf(attribute?.values ?? [], value),
	});
}

/** Conditions in words: "Deployment: Server, Language: Japanese". */
export function conditionsText(
	names: TicketNames,
	when: Conditions,
	tag: LocaleTag,
	t: Translate
): Phrase {
	return listPhrase(
		Object.entries(when).flatMap(([id, values]) =>
			[values].flat().map((v) => condition(names, id, v, t))
		),
		tag
	);
}

/** What the ticket brought, as label and value lines. */
export interface TicketLine {
	label: Phrase;
	value: Phrase;
	/** Assumptions the value rests on (a date of terms the vendor did not give). */
	assumptions?: AssumptionMarker[] | undefined;
}

/** The request type, attributes (with those assumed said so) and add-ons of a request. */
export function describeTicket(
	names: TicketNames,
	request: {
		requestType?: string | undefined;
		attributes: Readonly<Record<string, string>>;
		assumedAttributes: readonly string[];
		addOns: readonly string[];
	},
	tag: LocaleTag,
	t: Translate
): TicketLine[] {
	const lines: TicketLine[] = [];
	if (request.requestType)
		lines.push({
			label: t('atlas.calc.label.requestType'),
			value: nameOf(names.requestTypes, request.requestType),
		});
	for (const [id, value] of Object.entries(request.attributes)) {
		const attribute = names.attributes.find((a) => a.id === id);
		const shown = nameOf(attribute?.values ?? [], value);
		lines.push({
			label: attribute?.name ?? id,
			value: request.assumedAttributes.includes(id)
				? translatePhrase(t, 'atlas.calc.attributeAssumed', { value: shown })
				: shown,
		});
	}
	if (request.addOns.length)
		lines.push({
			label: t('atlas.calc.label.addOns'),
			value: listPhrase(
				request.addOns.map((id) => nameOf(names.addOns, id)),
				tag
			),
		});
	return lines;
}

/** A ticket line as one phrase: "Deployment: Server". */
export function ticketLinePhrase(line: TicketLine, t: Translate): Phrase {
	return joinPhrases(translatePhrase(t, 'atlas.format.label', { label: line.label }), line.value);
}

/** Where a deadline's target comes from and what chose it, in words (each absent when plain). */
export function describeSelection(
	names: TicketNames,
	deadline: {
		origin: TermsOrigin;
		selectedBy?: Conditions | undefined;
		calendarSelectedBy?: Conditions | undefined;
	},
	tag: LocaleTag,
	t: Translate
): { origin?: Phrase | undefined; selectedBy?: Phrase | undefined } {
	const { origin } = deadline;
	const when = { ...deadline.calendarSelectedBy, ...deadline.selectedBy };
	return {
		origin:
			origin.from === 'included'
				? translatePhrase(t, 'atlas.calc.origin.included', { tier: nameOf(names.tiers, origin.id) })
				: origin.from === 'add-on'
					? translatePhrase(t, 'atlas.calc.origin.addOn', {
							addOn: nameOf(names.addOns, origin.id),
						})
					: undefined,
		selectedBy: Object.keys(when).length
			? translatePhrase(t, 'atlas.calc.selectedBy', {
					conditions: conditionsText(names, when, tag, t),
				})
			: undefined,
	};
}

/** How firm a target is, in words, where the terms say. */
export function commitmentText(target: Target, t: Translate): string | undefined {
	return target.commitment ? t(`atlas.commitment.${target.commitment}`) : undefined;
}

/** The customer's duties for a tier and level, each with what happens otherwise. */
export function dutiesFor(
	names: TicketNames,
	tierId: string,
	severity: string | undefined,
	t: Translate
): Phrase[] {
	return names.duties
		.filter(
			(d) =>
				(!d.tiers || d.tiers.includes(tierId)) &&
				(!d.severities || (severity !== undefined && d.severities.includes(severity)))
		)
		.map((d) =>
			d.downgradeTo
				? translatePhrase(t, 'atlas.calc.dutyWithDowngrade', { text: d.text, level: d.downgradeTo })
				: translatePhrase(t, 'atlas.calc.duty', { text: d.text })
		);
}
