/**
 * The shape of a UI string lookup, so lib code can format without knowing where strings come from
 * (Starlight's `Astro.locals.t` on pages, a plain table in the browser or in tests).
 */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
