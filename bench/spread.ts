/**
 * Figures from several runs: the median to quote, with the smallest and largest beside it, so a
 * reader sees how far one run can stray (on a shared machine, further than many changes move it).
 */

/** The median, smallest and largest of some measurements. */
export interface Spread {
	median: number;
	min: number;
	max: number;
}

/** The spread of `values` (at least one). */
export function spreadOf(values: readonly number[]): Spread {
	if (values.length === 0) throw new Error('spreadOf needs at least one value');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** "2.26x (2.05–2.42, 7 runs)": the median, then the range, each with `digits` decimals. */
export function formatSpread(
	values: readonly number[],
	digits: number,
	unit = '',
	format: (n: number) => string = (n) => n.toFixed(digits)
): string {
	const { median, min, max } = spreadOf(values);
	return `${format(median)}${unit} (${format(min)}–${format(max)}${unit}, ${values.length} run${values.length === 1 ? '' : 's'})`;
}
