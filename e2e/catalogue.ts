/**
 * The fixture catalogue the end-to-end site is built from (tests/fixtures/e2e/), as the tests read
 * it: what a page must show is taken from here, or written out where a slip in formatting must fail.
 * Its vendors are invented, each standing for a kind of vendor: Beacon ranks by priority with an
 * impact × urgency matrix and closes on the customer's region's holidays; Meridian has no levels,
 * only a reply target in business days, and long tier names; Quarry has three tiers, two sources and
 * assumptions behind its hours and clock; Summit ranks by severity and runs round the clock; Lantern
 * is written in English only, so every other locale shows its texts in English; Keystone (a copy of
 * tests/fixtures/terms/keystone.yaml) has ticket attributes, a request type, add-ons, a tier that
 * includes another, a tier without technical support, a clock that starts when the vendor sets the
 * priority, a duty and a credit; Ledger (a copy of
 * tests/fixtures/versions/ledger.yaml) has earlier versions of its terms, for the change list, the
 * pages of earlier terms and the feeds.
 */
import type { Vendor } from '#lib/catalogue/schema.ts';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { E2E_CATALOGUE_DIR } from './builds.ts';

export const catalogue = loadCatalogue(E2E_CATALOGUE_DIR);

/** A vendor of the fixture catalogue by id; throws when it has none, so a renamed id fails loudly. */
export function vendor(id: string): Vendor {
	const found = catalogue.vendors.find((v) => v.id === id);
	if (!found)
		throw new Error(`the end-to-end catalogue (${E2E_CATALOGUE_DIR}) has no vendor ${id}`);
	return found;
}

/**
 * The calculator's worked example: Beacon Standard, P1, opened Friday 27 November 2026 at 16:30 in
 * Warsaw; due Monday 08:30 after the weekend closes.
 */
export const warsawExample = {
	plan: 'beacon/standard',
	severity: 'P1',
	opened: '2026-11-27T16:30',
	tz: 'Europe/Warsaw',
} as const;
