/**
 * The calculator's regions: how the region field names them for the reader's time zone, and their
 * holiday data, loaded on demand. Each region's data is a file of its own (one chunk in the browser,
 * fetched only when a region is chosen or a calendar names it); the caller passes the loaders, so
 * this module never fetches anything itself.
 */
import type { Translate } from '#lib/i18n/translate.ts';
import { suggestRegion, type RegionHolidays } from '#lib/time/regions.ts';
import type { CalculatorRegion } from '#lib/views/pages/calculator.ts';
import type { RegionDataLookup } from './state.ts';

/**
 * The label of each region in the region field: its name, and for the one region the reader's time
 * zone suggests, its name marked as suggested (the choice stays the reader's).
 */
export function regionLabels(
	regions: readonly CalculatorRegion[],
	zone: string,
	t: Translate
): Map<string, string> {
	const suggested = suggestRegion(Object.fromEntries(regions.map((r) => [r.id, r])), zone);
	return new Map(
		regions.map((r) => [
			r.id,
			r.id === suggested ? t('atlas.calc.field.regionSuggested', { region: r.name }) : r.name,
		])
	);
}

/** Loads one region's holiday data (a dynamic import of its file, in the browser). */
export type RegionLoader = () => Promise<RegionHolidays>;

/** The region a holiday data file holds, from its path: `…/holidays/PL.json` holds PL. */
export function regionOfFile(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

/** Region data, each region loaded at most once. */
export interface RegionStore {
	/** A region's data; undefined for a region without a file. */
	load(region: string): Promise<RegionHolidays | undefined>;
	/** The data of every region listed, by region, once all are loaded. */
	loadAll(regions: readonly string[]): Promise<RegionDataLookup>;
}

/**
 * A store over data files, keyed by path (as a bundler's glob import lists them). A load that fails
 * is not kept, so the next calculation tries again.
 */
export function regionStore(files: Readonly<Record<string, RegionLoader>>): RegionStore {
	const loaders = new Map(Object.entries(files).map(([path, load]) => [regionOfFile(path), load]));
	const loaded = new Map<string, RegionHolidays>();
	const load = async (region: string) => {
		const loader = loaders.get(region);
		if (loader && !loaded.has(region)) loaded.set(region, await loader());
		return loaded.get(region);
	};
	return {
		load,
		async loadAll(regions) {
			const data = await Promise.all(regions.map(load));
			return (region) => data.find((r) => r?.region === region);
		},
	};
}
