/**
 * A Translate for unit tests that echoes the key and its variables (`key{"number":1}`), so a test
 * sees exactly which UI string a view asked for, and with what, without reading the string files.
 */
import type { Translate } from '#lib/i18n/translate.ts';

/** Echoes the key, followed by its variables as JSON when there are any. */
export const echoTranslate: Translate = (key, vars) =>
	vars ? `${key}${JSON.stringify(vars)}` : key;
