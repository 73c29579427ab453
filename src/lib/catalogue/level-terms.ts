/**
 * The word a vendor uses for its ticket levels: some rank tickets by severity, others by priority.
 * A vendor states its term in the catalogue; the UI strings come in one wording per term (see
 * i18n/level-term.ts).
 */

/** The words a vendor's documents may use for its levels; the first is the default. */
export const levelTerms = ['severity', 'priority'] as const;
export type LevelTerm = (typeof levelTerms)[number];

/** The term of a vendor that does not say otherwise. */
export const defaultLevelTerm = levelTerms[0];
