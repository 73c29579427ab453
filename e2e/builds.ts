/**
 * The builds the tests of the built site read. The end-to-end tests run on a site built from a
 * catalogue made for them (tests/fixtures/e2e/, invented vendors), never from the example catalogue,
 * so the example can change freely; one smoke test checks the example's own build.
 */

/** The fixture catalogue the end-to-end site is built from (`npm run build:e2e`). */
export const E2E_CATALOGUE_DIR = 'tests/fixtures/e2e';

/** The end-to-end site: where `npm run build:e2e` writes it, unless PLAN_ATLAS_DIST names another build. */
export function e2eDist(env: Record<string, string | undefined> = process.env): string {
	return env.PLAN_ATLAS_DIST ?? 'tmp/e2e/dist';
}

/** The example catalogue's site, as `npm run build` writes it. */
export const EXAMPLE_DIST = 'dist';

/** The end-to-end site built under a base path (`npm run build:base-path`), for the deploy recipe. */
export const BASE_PATH_DIST = 'tmp/base-path/dist';

/** The base path that build lives under. */
export const BASE_PATH = '/support/plans/';
