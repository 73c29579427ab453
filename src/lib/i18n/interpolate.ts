/**
 * `{{name}}` placeholders in UI strings, written as Starlight's i18next writes them (spaces inside the
 * braces allowed): the one place that finds and fills them.
 */

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills each `{{name}}` with `vars[name]`; a placeholder without a value stays as written. */
export function interpolate(
	text: string,
	vars: Readonly<Record<string, string | number>> | undefined
): string {
	return text.replace(PLACEHOLDER, (whole, name: string) =>
		vars && Object.hasOwn(vars, name) ? String(vars[name]) : whole
	);
}

/** The names of a text's placeholders, in order of appearance. */
export function placeholderNames(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** The text with each placeholder replaced by `by` (e.g. to look at the words around them). */
export function withoutPlaceholders(text: string, by = ' '): string {
	return text.replace(PLACEHOLDER, by);
}
