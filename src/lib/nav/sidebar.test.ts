import { describe, expect, test } from 'vitest';
import { fixtureCatalogue } from '../../../tests/support/fixture-catalogue.ts';
import { locales } from '#lib/locales.ts';
import { buildSidebar, type SidebarGroup, type SidebarItem } from './sidebar.ts';
import { readUiStrings } from '../../node/ui-strings-files.ts';

// Fixtures, not the example catalogue: "orbit" has every page, "solo" only its plans.
const catalogue = fixtureCatalogue();
const strings = readUiStrings();
const sidebar = buildSidebar(catalogue, strings);
const groups = sidebar.filter((item): item is SidebarGroup => 'items' in item);
const links = (items: SidebarItem[]): string[] =>
	items.flatMap((i) => ('items' in i ? links(i.items) : [i.link]));

describe('the sidebar', () => {
	test('lists every vendor with its plans, and its severity guide and FAQ where it has them', () => {
		const linksOf = (name: string) =>
			groups.find((g) => g.label === name)!.items.map((i) => i.link);
		expect(linksOf('Orbit')).toEqual(['/plans/orbit/', '/severity/orbit/', '/faq/orbit/']);
		expect(linksOf('Solo')).toEqual(['/plans/solo/']);
	});

	test('names each vendor’s guide in the vendor’s own word, in every locale', () => {
		const guideOf = (vendors: typeof catalogue.vendors, id: string) =>
			buildSidebar({ vendors }, strings)
				.filter((item): item is SidebarGroup => 'items' in item)
				.flatMap((g) => g.items)
				.find((i) => i.link === `/severity/${id}/`)!;
		const orbit = catalogue.vendors.find((v) => v.id === 'orbit')!;
		const ranked = (term: 'severity' | 'priority') => [
			{ ...orbit, severities: { ...orbit.severities!, term } },
		];
		for (const term of ['severity', 'priority'] as const) {
			const key = term === 'severity' ? 'atlas.nav.severity' : 'atlas.nav.severity.priority';
			const guide = guideOf(ranked(term), 'orbit');
			expect(guide.label).toBe(strings.en[key]);
			for (const locale of locales.filter((l) => l.tag !== 'en'))
				expect(guide.translations[locale.tag]).toBe(strings[locale.tag][key]);
		}
		expect(strings.en['atlas.nav.severity.priority']).not.toBe(strings.en['atlas.nav.severity']);
	});

	test('links the calculator, the comparison and the general FAQ', () => {
		expect(links(sidebar)).toEqual(
			expect.arrayContaining(['/calculator/', '/compare/', '/finder/', '/faq/'])
		);
	});

	test('has a label in every locale, taken from that locale’s UI strings', () => {
		const faq = groups.flatMap((g) => g.items).find((i) => i.link === '/faq/')!;
		expect(faq.label).toBe(strings.en['atlas.nav.generalFaq']);
		for (const locale of locales.filter((l) => l.tag !== 'en'))
			expect(faq.translations[locale.tag]).toBe(strings[locale.tag]['atlas.nav.generalFaq']);
	});

	test('refuses a label key that no strings file has', () => {
		const broken = {
			...strings,
			en: { ...strings.en, 'atlas.nav.plans': undefined as unknown as string },
		};
		const withoutPlans = Object.fromEntries(
			Object.entries(broken).map(([tag, s]) => [
				tag,
				Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'atlas.nav.plans')),
			])
		);
		expect(() => buildSidebar(catalogue, withoutPlans as typeof strings)).toThrow(
			/atlas\.nav\.plans/
		);
	});
});
