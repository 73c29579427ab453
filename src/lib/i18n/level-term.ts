/**
 * The word a vendor uses for its ticket levels. Some rank tickets by severity, others by priority,
 * and readers know their vendor's word: every UI string that names a vendor's levels comes in one
 * wording per term. The severity wording is the base key (`atlas.severity.title`); another term's
 * wording is the same key with the term appended (`atlas.severity.title.priority`). Pages that cover
 * several vendors use base keys worded for both.
 */
import { defaultLevelTerm, levelTerms, type LevelTerm } from '#lib/catalogue/level-terms.ts';
import type { Translate, UiKey } from './translate.ts';

/** The terms other than the default, each of which has its own wording of the level keys. */
type OtherTerm = Exclude<LevelTerm, typeof defaultLevelTerm>;

/**
 * A key written once per term: the default term's wording is the key, each other term's is
 * `<key>.<term>`, and all are keys of the UI strings (the type checker proves it for each).
 */
export type LevelKey = {
	[Key in UiKey]: `${Key}.${OtherTerm}` extends UiKey ? Key : never;
}[UiKey];

/** A translate function over the level keys, in the wording of one term (see levelTranslate). */
export type LevelTranslate = (key: LevelKey, vars?: Record<string, string | number>) => string;

/**
 * The UI string key in the wording of a term: the key itself for the default term (severity),
 * `<key>.<term>` for another, e.g. `levelKey('atlas.nav.severity', 'priority')` gives
 * `atlas.nav.severity.priority`.
 */
export function levelKey(key: LevelKey, term: LevelTerm = defaultLevelTerm): UiKey {
	return term === defaultLevelTerm ? key : `${key}.${term}`;
}

/**
 * The base key and term of a key written for a term other than the default
 * (`atlas.nav.severity.priority` → `atlas.nav.severity`, priority), or undefined for any other key.
 */
export function levelVariant(key: string): { base: string; term: LevelTerm } | undefined {
	for (const term of levelTerms) {
		if (term === defaultLevelTerm) continue;
		const suffix = `.${term}`;
		if (key.endsWith(suffix) && key.length > suffix.length)
			return { base: key.slice(0, -suffix.length), term };
	}
	return undefined;
}

/**
 * A translate function for strings that name the levels, in the wording of a term:
 * `levelTranslate(t, 'priority')('atlas.nav.severity')` reads `atlas.nav.severity.priority`. It
 * takes only keys written per term (and the translation report checks every locale has each wording).
 */
export function levelTranslate(t: Translate, term: LevelTerm): LevelTranslate {
	return (key, vars) => t(levelKey(key, term), vars);
}
