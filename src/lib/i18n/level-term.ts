/**
 * The word a vendor uses for its ticket levels. Some rank tickets by severity, others by priority,
 * and readers know their vendor's word: every UI string that names a vendor's levels comes in one
 * wording per term. The severity wording is the base key (`atlas.severity.title`); another term's
 * wording is the same key with the term appended (`atlas.severity.title.priority`). Pages that cover
 * several vendors use base keys worded for both.
 */
import { defaultLevelTerm, levelTerms, type LevelTerm } from '#lib/catalogue/level-terms.ts';
import type { Translate } from './translate.ts';

/**
 * The UI string key in the wording of a term: the key itself for the default term (severity),
 * `<key>.<term>` for another, e.g. `levelKey('atlas.nav.severity', 'priority')` gives
 * `atlas.nav.severity.priority`.
 */
export function levelKey(key: string, term: LevelTerm = defaultLevelTerm): string {
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
 * `levelTranslate(t, 'priority')('atlas.nav.severity')` reads `atlas.nav.severity.priority`. Use it
 * only for keys written per term (the i18n report checks every locale has each wording).
 */
export function levelTranslate(t: Translate, term: LevelTerm): Translate {
	return (key, vars) => t(levelKey(key, term), vars);
}
