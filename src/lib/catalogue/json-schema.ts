/**
 * The editor JSON Schema of a vendor file, generated from the zod schema (never written by hand).
 * VS Code's YAML language server understands draft-07 only; refinements such as the IANA zone check
 * cannot be expressed there and are still enforced by the validator.
 */
import { z } from 'zod';
import { vendorSchema } from './schema.ts';

/** The stable URL path the schema is published at. */
export const VENDOR_SCHEMA_PATH = '/schema/vendor.schema.json';

/** Builds the JSON Schema object for one vendor file. */
export function vendorJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(vendorSchema, {
		target: 'draft-7',
		io: 'input',
		unrepresentable: 'any',
	}) as Record<string, unknown>;
	return {
		...schema,
		$id: `https://plan-atlas.invalid${VENDOR_SCHEMA_PATH}`,
		title: 'Plan Atlas vendor file',
	};
}

/** The schema as the file text that is committed under public/ (stable key order, trailing newline). */
export function vendorJsonSchemaText(): string {
	return `${JSON.stringify(vendorJsonSchema(), null, '\t')}\n`;
}
