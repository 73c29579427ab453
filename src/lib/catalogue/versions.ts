/**
 * Dated versions of a vendor's terms: the current terms and each earlier version, resolved from what
 * differed (see schema/versions.ts for how changes are written), and the version in effect on a day.
 */
import { localeTags } from '#lib/locales.ts';
import type { KeyPath } from './issues.ts';
import { targetKey } from './plan-terms.ts';
import type { Target, Vendor } from './schema.ts';

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const hasId = (value: unknown): value is Data & { id: string } =>
	isObject(value) && typeof value.id === 'string';
const isTarget = (value: unknown): value is Data =>
	isObject(value) && typeof value.kind === 'string' && !('id' in value);
/** How an item of a merged list is matched: by id, or a target by what it answers. */
const itemKey = (value: unknown): string | undefined =>
	hasId(value)
		? `id:${value.id}`
		: isTarget(value)
			? `target:${targetKey(value as unknown as Target)}`
			: undefined;

function mergeList(base: unknown[], changes: unknown[]): unknown[] {
	const keyed = changes.every((c) => itemKey(c) !== undefined) && base.every((b) => itemKey(b));
	if (!keyed) return changes;
	const result = [...base];
	for (const change of changes) {
		const key = itemKey(change);
		const at = result.findIndex((b) => itemKey(b) === key);
		const removed = isObject(change) && change.removed === true;
		if (removed) {
			if (at !== -1) result.splice(at, 1);
		} else if (at === -1) result.push(change);
		else result[at] = applyChanges(result[at], change);
	}
	return result;
}

/** A text in locales ({ en, pl, … }): replaced whole, so no older version keeps a newer translation. */
const isLocalizedText = (value: Data) =>
	Object.keys(value).length > 0 &&
	Object.keys(value).every((k) => (localeTags as readonly string[]).includes(k));

/** Applies changes written as in schema/versions.ts to data of a vendor file (neither is modified). */
export function applyChanges(base: unknown, changes: unknown): unknown {
	if (Array.isArray(base) && Array.isArray(changes)) return mergeList(base, changes);
	if (!isObject(base) || !isObject(changes) || isLocalizedText(changes)) return changes;
	const result: Data = { ...base };
	for (const [key, value] of Object.entries(changes)) {
		if (value === null) delete result[key];
		else result[key] = key in base ? applyChanges(base[key], value) : value;
	}
	return result;
}

/** One version's data as a vendor file would write it, with where its changes are written. */
export interface VersionInput {
	/** Index in `history`; -1 for the current terms. */
	index: number;
	effective: string | undefined;
	data: Data;
}

/**
 * Every version's data, the current first and then each earlier one in file order (newest first),
 * each resolved from the one after it. Takes a vendor file's data (raw or parsed).
 */
export function versionInputs(vendor: Data): VersionInput[] {
	const { history, ...current } = vendor;
	const inputs: VersionInput[] = [
		{ index: -1, effective: current.effective as string | undefined, data: current },
	];
	(Array.isArray(history) ? history : []).forEach((entry: unknown, index) => {
		if (!isObject(entry)) return;
		const newer = inputs.at(-1)!.data;
		const data = applyChanges(newer, entry.changes ?? {}) as Data;
		data.effective = entry.effective;
		// Where the current terms' date comes from says nothing of an earlier version's.
		delete data.effectiveRef;
		data.sources = entry.sources ?? newer.sources;
		inputs.push({ index, effective: entry.effective as string | undefined, data });
	});
	return inputs;
}

/** An effective date as the day it starts: a month counts from its first day. */
export function effectiveDay(effective: string): string {
	return effective.length === 7 ? `${effective}-01` : effective;
}

/**
 * Where a resolved version's key path stands in the changes that produced it, as far as the changes
 * reach: list items found by id (or a target by what it answers), not by their index.
 */
export function changesPath(changes: unknown, resolved: unknown, path: KeyPath): KeyPath {
	const found: (string | number)[] = [];
	let patch = changes;
	let data = resolved;
	for (const step of path) {
		if (Array.isArray(data) && typeof step === 'number' && Array.isArray(patch)) {
			const key = itemKey(data[step]);
			const at = key === undefined ? -1 : patch.findIndex((p) => itemKey(p) === key);
			if (at === -1) break;
			found.push(at);
			patch = patch[at];
			data = data[step];
		} else if (isObject(data) && isObject(patch) && typeof step === 'string' && step in patch) {
			found.push(step);
			patch = patch[step];
			data = data[step];
		} else break;
	}
	return found;
}

/** A resolved version of a vendor's terms. */
export interface TermsVersionOf<V> {
	/** When it took effect (YYYY-MM-DD or YYYY-MM), where known. */
	effective: string | undefined;
	/** The terms as a whole vendor. */
	vendor: V;
	current: boolean;
}

/**
 * The version in effect on a day (YYYY-MM-DD): the newest that took effect on or before it. Before the
 * earliest known version, that earliest one is returned with `before` set: no older terms are known.
 */
export function versionOn<V>(versions: readonly TermsVersionOf<V>[], day: string): TermsOn<V> {
	const found = versions.find((v) => v.effective === undefined || effectiveDay(v.effective) <= day);
	const version = found ?? versions.at(-1)!;
	return { version, before: !found, next: versions[versions.indexOf(version) - 1] };
}

/** The version of a vendor's terms in effect on a day (see versionOn). */
export interface TermsOn<V> {
	version: TermsVersionOf<V>;
	/** The day is before the earliest known version, which is the one given. */
	before: boolean;
	/** The version that replaced it, unless it is current. */
	next: TermsVersionOf<V> | undefined;
}

/**
 * The days terms changed that fall after `from` and on or before `to` (YYYY-MM-DD): the effective
 * days of every version but the earliest known, which replaced nothing known.
 */
export function changesBetween<V>(
	versions: readonly TermsVersionOf<V>[],
	from: string,
	to: string
): string[] {
	return versions
		.slice(0, -1)
		.map((v) => v.effective)
		.filter((e): e is string => e !== undefined && effectiveDay(e) > from && effectiveDay(e) <= to)
		.sort();
}

/** A parsed vendor's versions, current first (see catalogue/validate.ts, which resolves and checks them). */
export type VendorVersions = TermsVersionOf<Vendor>[];
