/**
 * Turns zod's issues into located catalogue issues: unions are narrowed to the branch the author meant,
 * a text without the catalogue's default language is reported at the text, and unknown keys list the keys allowed there.
 */
import type { z } from 'zod';
import { MISSING_DEFAULT_TEXT, MISSING_TEXT } from './schema/text.ts';
import { quoteIds, type CatalogueIssue, type KeyPath } from './issues.ts';
import { foundAt, locate, type YamlSource } from './yaml-source.ts';

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Issues of one failed parse, with their paths made absolute. */
function flatten(
	issues: readonly ZodIssue[],
	prefix: KeyPath = []
): { path: KeyPath; issue: ZodIssue }[] {
	const out: { path: KeyPath; issue: ZodIssue }[] = [];
	for (const issue of issues) {
		const path = [...prefix, ...(issue.path as (string | number)[])];
		if (issue.code === 'invalid_union' && issue.errors.length > 0) {
			const branch = likelyBranch(issue.errors);
			if (branch) {
				out.push(...flatten(branch, path));
				continue;
			}
		}
		out.push({ path, issue });
	}
	return out;
}

/**
 * Of a union's failed branches, the one the author evidently meant: a branch that failed only because
 * the value had another type altogether is not it. Undefined when no branch stands out.
 */
function likelyBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
	const meant = branches.filter(
		(issues) =>
			!issues.every(
				(i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')
			)
	);
	if (meant.length === 0) return undefined;
	return meant.reduce((best, b) => (b.length < best.length ? b : best));
}

/** The object schema that describes the value at `path`, following arrays, records and unions. */
function objectShapeAt(
	schema: AnySchema,
	path: KeyPath,
	data: unknown
): Record<string, unknown> | undefined {
	let current: AnySchema | undefined = schema;
	let value = data;
	for (let i = 0; i <= path.length && current; i++) {
		current = unwrap(current, value);
		if (!current) return undefined;
		if (i === path.length) break;
		const key = path[i]!;
		const def = current._zod.def as unknown as Record<string, unknown>;
		if (def.type === 'object') current = (def.shape as Record<string, AnySchema>)[key as string];
		else if (def.type === 'array') current = def.element as AnySchema;
		else if (def.type === 'record') current = def.valueType as AnySchema;
		else return undefined;
		value =
			value && typeof value === 'object'
				? (value as Record<string | number, unknown>)[key]
				: undefined;
	}
	const def = current?._zod.def as unknown as Record<string, unknown> | undefined;
	return def?.type === 'object' ? (def.shape as Record<string, unknown>) : undefined;
}

/** Peels optional/default/pipe wrappers and picks the union branch matching the data's discriminator. */
function unwrap(schema: AnySchema, value: unknown): AnySchema | undefined {
	let current: AnySchema = schema;
	for (;;) {
		const def = current._zod.def as unknown as Record<string, unknown>;
		if (
			def.type === 'optional' ||
			def.type === 'default' ||
			def.type === 'nullable' ||
			def.type === 'prefault'
		)
			current = def.innerType as AnySchema;
		else if (def.type === 'pipe') current = def.in as AnySchema;
		else if (def.type === 'union') {
			const options = def.options as AnySchema[];
			const objects = options
				.map((o) => unwrap(o, value))
				.filter(
					(o): o is AnySchema => (o?._zod.def as { type?: string } | undefined)?.type === 'object'
				);
			const discriminator = def.discriminator as string | undefined;
			const wanted =
				discriminator && value && typeof value === 'object'
					? (value as Record<string, unknown>)[discriminator]
					: undefined;
			const match = objects.find((o) => {
				const field = ((o._zod.def as unknown as { shape: Record<string, AnySchema> }).shape ?? {})[
					discriminator ?? ''
				];
				const values = (field?._zod as { values?: Set<unknown> } | undefined)?.values;
				return values?.has(wanted);
			});
			return match ?? (objects.length === 1 ? objects[0] : undefined);
		} else return current;
	}
}

/** zod's default wording, minus what the report prints separately ("received ..."). */
function tidy(message: string): string {
	return message
		.replace(/^Invalid input: /, '')
		.replace(/, received \w+$/, '')
		.replace(/^Invalid option: expected one of /, 'expected one of ');
}

/**
 * The records whose keys name ids defined elsewhere in the file: a key of the wrong form is then an
 * unknown id, said as the cross-reference check says it, with the ids there are.
 */
const RECORD_KEYS: { path: readonly (string | number)[]; what: string; ids: readonly string[] }[] =
	[
		{ path: ['categories', 0, 'features', 0, 'values'], what: 'tier', ids: ['tiers'] },
		{ path: ['categories', 0, 'features', 0, 'refs'], what: 'tier', ids: ['tiers'] },
		{
			path: ['tiers', 0, 'coverage', 'severities'],
			what: 'severity',
			ids: ['severities', 'levels'],
		},
		{
			path: ['severities', 'matrix', 'levels'],
			what: 'urgency',
			ids: ['severities', 'matrix', 'urgencies'],
		},
		{
			path: ['severities', 'matrix', 'levels', ''],
			what: 'impact',
			ids: ['severities', 'matrix', 'impacts'],
		},
	];

/** Which ids a record at `path` is keyed by, when it is one of RECORD_KEYS (numbers match any index, '' any key). */
function recordKeys(path: KeyPath): (typeof RECORD_KEYS)[number] | undefined {
	return RECORD_KEYS.find(
		(r) =>
			r.path.length === path.length &&
			r.path.every((k, i) =>
				typeof k === 'number'
					? typeof path[i] === 'number'
					: k === ''
						? typeof path[i] === 'string'
						: k === path[i]
			)
	);
}

/** The `id` of each item of the list at `path` in the file's data, as far as it has ids. */
function idsIn(data: unknown, path: readonly string[]): string[] {
	let value = data;
	for (const key of path)
		value =
			value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	if (!Array.isArray(value)) return [];
	return value
		.map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined))
		.filter((id): id is string => typeof id === 'string');
}

/**
 * A record key of the wrong form, located at the key itself: an unknown id where the record is keyed
 * by ids (tiers, severities, urgencies, impacts), else what its form should be.
 */
function invalidKeyIssue(
	source: YamlSource,
	path: KeyPath,
	issue: Extract<ZodIssue, { code: 'invalid_key' }>
): CatalogueIssue {
	const record = path.slice(0, -1);
	const key = String(path.at(-1));
	const at = locate(source, record, { key });
	const keys = recordKeys(record);
	const base = { file: source.file, line: at.line, column: at.column, path };
	if (keys)
		return {
			...base,
			message: `unknown ${keys.what} "${key}"; expected one of: ${quoteIds(idsIn(source.data, keys.ids))}`,
		};
	const inner = issue.issues[0];
	return {
		...base,
		message: inner ? tidy(inner.message) : 'expected a key of another form',
		found: JSON.stringify(key),
	};
}

/** Converts a failed zod parse of one vendor file into located issues. */
export function issuesFromZod(
	source: YamlSource,
	schema: AnySchema,
	zodIssues: readonly ZodIssue[]
): CatalogueIssue[] {
	const out: CatalogueIssue[] = [];
	for (const { path, issue } of flatten(zodIssues)) {
		if (issue.message === MISSING_TEXT) {
			// The text is what lacks a language: located at its own key, not at the one it does not have.
			const text = path.slice(0, -1);
			const at = locate(source, text);
			out.push({
				file: source.file,
				line: at.line,
				column: at.column,
				path: text,
				message: MISSING_DEFAULT_TEXT,
			});
			continue;
		}
		if (issue.code === 'invalid_key') {
			out.push(invalidKeyIssue(source, path, issue));
			continue;
		}
		if (issue.code === 'unrecognized_keys') {
			const allowed = Object.keys(objectShapeAt(schema, path, source.data) ?? {});
			for (const key of issue.keys) {
				const at = locate(source, path, { key });
				const hint = allowed.length ? `; expected one of: ${allowed.join(', ')}` : '';
				out.push({
					file: source.file,
					line: at.line,
					column: at.column,
					path: [...path, key],
					message: `unknown key "${key}"${hint}`,
				});
			}
			continue;
		}
		const at = locate(source, path);
		const found = foundAt(source, path);
		// The root is never "missing": an empty file is reported as such by foundAt.
		const missing = path.length > 0 && !at.exists && found === undefined;
		const message = missing
			? `missing required key "${String(path.at(-1))}": ${tidy(issue.message)}`
			: path.length === 0 && issue.code === 'invalid_type'
				? 'expected a vendor: a mapping of keys such as id, name, summary, sources, calendars and tiers'
				: tidy(issue.message);
		out.push({ file: source.file, line: at.line, column: at.column, path, message, found });
	}
	return out;
}
