/**
 * The fixture catalogues of tests/fixtures/ as one catalogue for unit tests: "orbit" uses every
 * optional part of the format, "solo" none. Unit tests run on these, never on the example catalogue,
 * so editing a real vendor file cannot break them.
 */
import type { Catalogue, Vendor } from '#lib/catalogue/schema.ts';
import { isLocalizedText } from '#lib/catalogue/texts.ts';
import { defaultLocale } from '#lib/locales.ts';
import { loadCatalogue } from '../../src/node/catalogue-files.ts';

/** Both fixtures, vendors sorted by id (orbit, solo). */
export function fixtureCatalogue(): Catalogue {
	const vendors = [
		...loadCatalogue('tests/fixtures/full').vendors,
		...loadCatalogue('tests/fixtures/minimal').vendors,
	].sort((a, b) => a.id.localeCompare(b.id));
	return { vendors };
}

/**
 * The fixtures plus "tempo" (tests/fixtures/more): holidays closed every year, an update cadence in
 * times a day on 24x7 coverage, and an assumption behind every kind of value. Vendors sorted by id.
 */
export function extendedFixtureCatalogue(): Catalogue {
	const vendors = [
		...fixtureCatalogue().vendors,
		...loadCatalogue('tests/fixtures/more').vendors,
	].sort((a, b) => a.id.localeCompare(b.id));
	return { vendors };
}

/** One vendor of the fixtures by id. */
export function fixtureVendor(catalogue: Catalogue, id: 'orbit' | 'solo' | 'tempo'): Vendor {
	const vendor = catalogue.vendors.find((v) => v.id === id);
	if (!vendor) throw new Error(`no fixture vendor ${id}`);
	return vendor;
}

/**
 * The one vendor of a fixture folder under tests/fixtures/ that covers a case orbit and solo do not,
 * e.g. `plan-pages` (duo: shared footnotes, rows alike in every tier, assumptions of every scope).
 */
export function fixtureFolderVendor(folder: string): Vendor {
	const [vendor, ...more] = loadCatalogue(`tests/fixtures/${folder}`).vendors;
	if (!vendor || more.length) throw new Error(`tests/fixtures/${folder} must hold one vendor`);
	return vendor;
}

/**
 * A copy of a vendor (or any part of one) as an operator first writes it: every text in the
 * catalogue's default language only, translations left out.
 */
export function englishOnly<T>(value: T): T {
	if (Array.isArray(value)) return value.map(englishOnly) as T;
	if (value === null || typeof value !== 'object') return value;
	if (isLocalizedText(value)) return { [defaultLocale]: value[defaultLocale] } as T;
	return Object.fromEntries(
		Object.entries(value).map(([key, inner]) => [key, englishOnly(inner)])
	) as T;
}
