/**
 * Which tiers a vendor's comparison sets side by side. On a phone three or more columns do not fit,
 * so the reader picks; the choice lives in the URL (`?tiers=a,b`, see routes.TIERS_PARAM) like every
 * other state, and a link reproduces it.
 */

/** The tiers a `tiers` parameter names, in the table's order; undefined when it names none of them. */
export function parseTierSelection(
	param: string | null | undefined,
	ids: readonly string[]
): string[] | undefined {
	const wanted = new Set(
		(param ?? '')
			.split(',')
			.map((id) => id.trim())
			.filter(Boolean)
	);
	const selected = ids.filter((id) => wanted.has(id));
	return selected.length ? selected : undefined;
}

/**
 * The tiers shown when the URL names none: all of them where there is room; on a narrow screen the
 * highlighted tier (or the first) and the one after it (or before it, for the last).
 */
export function defaultTierSelection(
	ids: readonly string[],
	options: { narrow: boolean; highlight?: string | null | undefined }
): string[] {
	if (!options.narrow || ids.length <= 2) return [...ids];
	const at = Math.max(0, ids.indexOf(options.highlight ?? ''));
	const other = at + 1 < ids.length ? at + 1 : at - 1;
	return ids.filter((_, i) => i === at || i === other);
}

/** The `tiers` parameter for a selection: empty when every tier is shown (the plain URL). */
export function tierSelectionParam(selected: readonly string[], ids: readonly string[]): string {
	const set = new Set(selected);
	const ordered = ids.filter((id) => set.has(id));
	return ordered.length === ids.length ? '' : ordered.join(',');
}
