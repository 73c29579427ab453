/** Problems a cross-reference check finds, and the two checks every part of the catalogue shares. */
import { quoteIds, type KeyPath } from './issues.ts';

/** A problem found by a cross-reference check, not yet located in the file. */
export interface ReferenceProblem {
	path: KeyPath;
	message: string;
	/** When set, the problem is about this key of the map at `path` (located at the key itself). */
	key?: string | undefined;
}

/** Reports every id that appears more than once in `items`, at the repeat. */
export function duplicateIds(
	items: readonly { id: string }[] | undefined,
	path: KeyPath,
	what: string,
	problems: ReferenceProblem[]
) {
	const seen = new Map<string, number>();
	items?.forEach((item, index) => {
		const first = seen.get(item.id);
		if (first !== undefined)
			problems.push({
				path: [...path, index, 'id'],
				message: `duplicate ${what} id "${item.id}"; expected a unique id (first used at ${what} ${first + 1})`,
			});
		else seen.set(item.id, index);
	});
}

/** Reports a reference to an id that is not among `known`. */
export function reference(
	id: string,
	known: ReadonlySet<string>,
	path: KeyPath,
	what: string,
	problems: ReferenceProblem[],
	key?: string | undefined
) {
	if (!known.has(id))
		problems.push({
			path,
			key,
			message: `unknown ${what} "${id}"; expected one of: ${quoteIds(known)}`,
		});
}
