/**
 * Starlight's sidebar, generated from the catalogue: every vendor with its plans, severity guide and
 * FAQ, then the pages that span vendors. Labels come from the UI strings of every locale, handed to
 * Starlight as `translations` (Starlight prefixes each link with the reader's locale itself).
 */
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Catalogue } from '#lib/catalogue/schema.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import { defaultLocale, locales, type LocaleTag } from '#lib/locales.ts';
import {
	calculatorPath,
	comparePath,
	finderPath,
	generalFaqPath,
	severityGuidePath,
	vendorFaqPath,
	vendorPlansPath,
	withoutBase,
} from '#lib/routes.ts';

/** A link of Starlight's sidebar config. */
export interface SidebarLink {
	label: string;
	translations: Record<string, string>;
	/** A root-relative path without the base path: Starlight adds the base (and the locale) itself. */
	link: string;
}

/** A group of Starlight's sidebar config. */
export interface SidebarGroup {
	label: string;
	translations: Record<string, string>;
	items: SidebarLink[];
}

export type SidebarItem = SidebarLink | SidebarGroup;

/** Every locale's UI strings, by BCP-47 tag. */
export type StringsByLocale = Readonly<Record<LocaleTag, Readonly<Record<string, string>>>>;

/** The label in the default locale plus `translations` for the others, from one UI string key. */
function labelled(
	strings: StringsByLocale,
	key: string
): { label: string; translations: Record<string, string> } {
	const text = (tag: LocaleTag) => {
		const raw = strings[tag][key] ?? strings[defaultLocale][key];
		if (raw === undefined) throw new Error(`Sidebar label ${key} is missing from the UI strings`);
		return raw;
	};
	return {
		label: text(defaultLocale),
		translations: Object.fromEntries(
			locales.filter((l) => l.tag !== defaultLocale).map((l) => [l.tag, text(l.tag)])
		),
	};
}

/** Builds the sidebar: the cross-vendor pages, then one group per vendor with the pages it has. */
export function buildSidebar(catalogue: Catalogue, strings: StringsByLocale): SidebarItem[] {
	const vendors = catalogue.vendors.map((vendor): SidebarGroup => {
		const items: SidebarLink[] = [
			{
				...labelled(strings, 'atlas.nav.plans'),
				link: withoutBase(vendorPlansPath(defaultLocale, vendor.id)),
			},
		];
		if (vendor.severities)
			items.push({
				// In the vendor's own word: "Severity guide" or "Priority guide".
				...labelled(strings, levelKey('atlas.nav.severity', vendorLevelTerm(vendor))),
				link: withoutBase(severityGuidePath(defaultLocale, vendor.id)),
			});
		if (vendor.faq.length)
			items.push({
				...labelled(strings, 'atlas.nav.faq'),
				link: withoutBase(vendorFaqPath(defaultLocale, vendor.id)),
			});
		// Brand names are written the same in every locale.
		return { label: vendor.name, translations: {}, items };
	});
	const tools: SidebarGroup = {
		...labelled(strings, 'atlas.nav.tools'),
		items: [
			{ ...labelled(strings, 'atlas.nav.compare'), link: withoutBase(comparePath(defaultLocale)) },
			{ ...labelled(strings, 'atlas.nav.finder'), link: withoutBase(finderPath(defaultLocale)) },
			{
				...labelled(strings, 'atlas.nav.calculator'),
				link: withoutBase(calculatorPath(defaultLocale)),
			},
			{
				...labelled(strings, 'atlas.nav.generalFaq'),
				link: withoutBase(generalFaqPath(defaultLocale)),
			},
		],
	};
	return [tools, ...vendors];
}
