/**
 * "Show only differences" on a vendor's comparison: a row is hidden when the tiers set side by side
 * all show the same thing. Which tiers are compared follows the tier picker, so a row that differs
 * only in a tier the reader has put away is hidden too. The toggle lives in the URL
 * (`?differences=only`, see routes.DIFFERENCES_PARAM) like the tier choice.
 */

/**
 * One number per cell of a row, equal exactly where the cells' keys are equal (the index of the
 * first cell with that key): small enough to carry on every cell of the page.
 */
export function valueVariants(keys: readonly string[]): number[] {
	return keys.map((key) => keys.indexOf(key));
}

/**
 * Whether a row shows the same thing in every compared tier. `cells` are the row's tiers and their
 * variants (see valueVariants); `compared` the tiers shown. Fewer than two compared tiers leave
 * nothing to compare, so no row counts as the same (and none is hidden).
 */
export function sameAmong(
	cells: readonly { tier: string; variant: number }[],
	compared: readonly string[]
): boolean {
	const shown = new Set(compared);
	const variants = cells.filter((cell) => shown.has(cell.tier)).map((cell) => cell.variant);
	return variants.length > 1 && variants.every((v) => v === variants[0]);
}

/** The value of the differences parameter that turns "show only differences" on. */
export const ONLY_DIFFERENCES = 'only';

/** Whether a URL's differences parameter turns "show only differences" on. */
export function parseOnlyDifferences(param: string | null | undefined): boolean {
	return param?.trim() === ONLY_DIFFERENCES;
}
