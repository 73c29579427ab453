/** BCP-47 language tags, as sources name their language. */

/** Whether a string is a well-formed BCP-47 language tag ("en", "zh-TW"; not "zh_CN" or "english"). */
export function isLanguageTag(tag: string): boolean {
	if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
	try {
		return Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}
