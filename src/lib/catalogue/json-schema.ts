/**
 * The editor JSON Schema of a vendor file, generated from the zod schema (never written by hand).
 * VS Code's YAML language server understands draft-07 only; refinements such as the IANA zone check
 * cannot be expressed there and are still enforced by the validator.
 */
import { z } from 'zod';
import { vendorSchema } from './schema.ts';

/** The stable URL path the schema is published at. */
export const VENDOR_SCHEMA_PATH = '/schema/vendor.schema.json';

/**
 * zod writes an optional reference (a translation a text may lack) as `allOf: [{ $ref }]`: the same
 * as the `$ref` alone, which is what editors show best and the file stays readable with.
 */
function withoutLoneAllOf(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutLoneAllOf);
	if (value === null || typeof value !== 'object') return value;
	const entries = Object.entries(value);
	const only = entries.length === 1 && entries[0]![0] === 'allOf' ? entries[0]![1] : undefined;
	if (Array.isArray(only) && only.length === 1) return withoutLoneAllOf(only[0]);
	return Object.fromEntries(entries.map(([key, inner]) => [key, withoutLoneAllOf(inner)]));
}

/** Builds the JSON Schema object for one vendor file. */
export function vendorJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(vendorSchema, {
		target: 'draft-7',
		io: 'input',
		unrepresentable: 'any',
	}) as Record<string, unknown>;
	return {
		...(withoutLoneAllOf(schema) as Record<string, unknown>),
		$id: `https://plan-atlas.invalid${VENDOR_SCHEMA_PATH}`,
		title: 'Plan Atlas vendor file',
	};
}

/** The schema as the file text that is committed under public/ (stable key order, trailing newline). */
export function vendorJsonSchemaText(): string {
	return `${JSON.stringify(vendorJsonSchema(), null, '\t')}\n`;
}
