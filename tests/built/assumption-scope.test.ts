/**
 * Every assumption's "Applies to" says exactly where its marker appears on the built example site,
 * both ways: each plan it lists shows the marker somewhere (a cell of its column, its card, its
 * targets, a worked example run on it), no other plan does, and an assumption that concerns the
 * vendor as a whole is marked only where no single plan is concerned (severity definitions, the
 * vendor's clock start, FAQ answers).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { locales } from '#lib/locales.ts';
import { EXAMPLE_DIST } from '../../e2e/builds.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const attribute = (node: Element, name: string) => node.attrs.find((a) => a.name === name)?.value;

function* elements(node: Node, ancestors: Element[] = []): Generator<[Element, Element[]]> {
	const children =
		'content' in node && node.content
			? node.content.childNodes
			: 'childNodes' in node
				? node.childNodes
				: [];
	for (const child of children) {
		if ('tagName' in child) {
			yield [child, ancestors];
			yield* elements(child, [...ancestors, child]);
		} else yield* elements(child, ancestors);
	}
}

/** Every HTML page of the build but the not-found page, as a site path ("/ko/plans/x/"). */
function pages(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('index.html'))
		.map((f) => `/${relative(dir, join(dir, f)).split(sep).join('/')}`.replace(/index\.html$/, ''));
}

const slugs = new Set<string>(locales.flatMap((l) => (l.slug ? [l.slug] : [])));

/** The vendor and tier a page is about, from its path: /plans/<vendor>/<tier>/, /faq/<vendor>/… */
function pageScope(path: string): {
	vendor?: string | undefined;
	tier?: string | undefined;
	skip: boolean;
} {
	const parts = path.split('/').filter(Boolean);
	if (slugs.has(parts[0]!)) parts.shift();
	const [section, vendor, tier] = parts;
	// Change lists and earlier terms show other versions' assumptions, numbered by those versions.
	if (section === 'plans' && (tier === 'changes' || tier === 'v')) return { skip: true };
	if (section === 'plans' || section === 'faq' || section === 'severity')
		return { vendor, tier: section === 'plans' ? tier : undefined, skip: false };
	return { skip: false };
}

interface Seen {
	tiers: Set<string>;
	/** Pages where it sits outside any one plan. */
	vendorWide: Set<string>;
}

const built = existsSync(join(EXAMPLE_DIST, 'index.html'));

describe('"Applies to" and the markers of the example build', () => {
	// vendor → assumption → what its list says / where its marker was seen
	const appliesTo = new Map<string, Map<string, string[]>>();
	const seen = new Map<string, Map<string, Seen>>();
	const orphans: string[] = [];
	const at = (vendor: string, id: string): Seen => {
		const byId = seen.get(vendor) ?? new Map<string, Seen>();
		seen.set(vendor, byId);
		const entry = byId.get(id) ?? { tiers: new Set(), vendorWide: new Set() };
		byId.set(id, entry);
		return entry;
	};
	if (built)
		for (const path of pages(EXAMPLE_DIST)) {
			const scope = pageScope(path);
			if (scope.skip) continue;
			const html = readFileSync(join(EXAMPLE_DIST, path, 'index.html'), 'utf8');
			for (const [element, ancestors] of elements(parse(html))) {
				const listed = attribute(element, 'data-applies-to');
				if (listed !== undefined && scope.vendor && !scope.tier) {
					const byId = appliesTo.get(scope.vendor) ?? new Map<string, string[]>();
					appliesTo.set(scope.vendor, byId);
					byId.set(attribute(element, 'data-assumption')!, listed.split(' ').filter(Boolean));
				}
				const id = attribute(element, 'data-assumption-marker');
				const chain = [...ancestors].reverse();
				// The calculator's <template> holds an empty marker its island fills in.
				if (!id || chain.some((n) => n.tagName === 'template')) continue;
				const find = (...names: string[]) => {
					for (const node of chain)
						for (const name of names) {
							const value = attribute(node, name);
							if (value !== undefined) return value;
						}
					return undefined;
				};
				const vendor =
					find('data-vendor', 'data-example-vendor', 'data-facts-vendor') ?? scope.vendor;
				// On a tier's page, what is not in another plan's cell or card is about that tier, but for
				// the vendor's back matter (severity definitions, add-ons, notes) and the dates of its
				// terms, shown on each page.
				const backMatter = chain.some(
					(n) =>
						['severities', 'add-ons', 'notes'].includes(attribute(n, 'data-section') ?? '') ||
						// The dates of the vendor's terms, under the title.
						attribute(n, 'data-terms-dates') !== undefined
				);
				const tier =
					find('data-tier', 'data-tier-overview', 'data-example-tier', 'data-facts-tier') ??
					(backMatter ? undefined : scope.tier);
				if (vendor === undefined) {
					orphans.push(`${path}: marker "${id}" outside any vendor`);
					continue;
				}
				const entry = at(vendor, id);
				if (tier) entry.tiers.add(tier);
				else entry.vendorWide.add(path);
			}
		}

	test('the build has assumption lists and markers to compare', () => {
		expect(built, `no example build in ${EXAMPLE_DIST}/: run npm run build first`).toBe(true);
		expect(appliesTo.size).toBeGreaterThan(0);
		expect(seen.size).toBeGreaterThan(0);
		expect(orphans).toEqual([]);
	});

	test('each assumption is marked on exactly the plans its "Applies to" lists', () => {
		const mismatches: string[] = [];
		for (const [vendor, byId] of appliesTo)
			for (const [id, tiers] of byId) {
				const where = seen.get(vendor)?.get(id) ?? { tiers: new Set(), vendorWide: new Set() };
				const shown = [...where.tiers].sort();
				if (tiers.length > 0) {
					if (JSON.stringify(shown) !== JSON.stringify([...tiers].sort()))
						mismatches.push(
							`${vendor}/${id}: applies to [${tiers.join(', ')}], marked on [${shown.join(', ')}]`
						);
				} else {
					if (shown.length)
						mismatches.push(
							`${vendor}/${id}: applies to the vendor as a whole, marked on plans [${shown.join(', ')}]`
						);
					if (!where.vendorWide.size)
						mismatches.push(`${vendor}/${id}: applies to the vendor as a whole, marked nowhere`);
				}
			}
		expect(mismatches).toEqual([]);
	});

	test('no marker names an assumption its vendor does not list', () => {
		for (const [vendor, byId] of seen)
			for (const id of byId.keys())
				expect(appliesTo.get(vendor)?.has(id), `${vendor}/${id}`).toBe(true);
	});
});
