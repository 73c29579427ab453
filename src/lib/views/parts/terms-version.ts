/**
 * Which version of a vendor's dated terms a count of deadlines used, and the changes of terms that take
 * effect before a deadline falls, in words. The command line and the calculator say both alike.
 */
import type { TermsOn } from '#lib/catalogue/versions.ts';
import { formatEffectiveDate } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { Translate } from '#lib/i18n/translate.ts';

/**
 * The version used: "current, in effect since 1 Mar 2026", "in effect from September 2025 until
 * 1 Mar 2026, since replaced", or the earliest known when the ticket is older. Undated terms have only
 * one version, and nothing to say.
 */
export function describeTermsVersion<V>(
	on: TermsOn<V>,
	tag: LocaleTag,
	t: Translate
): string | undefined {
	const { version, before, next } = on;
	if (!version.effective) return undefined;
	return t(
		before
			? 'atlas.calc.terms.before'
			: version.current
				? 'atlas.calc.terms.current'
				: 'atlas.calc.terms.superseded',
		{
			date: formatEffectiveDate(version.effective, tag),
			next: next?.effective ? formatEffectiveDate(next.effective, tag) : '',
		}
	);
}

/**
 * Each change of terms that takes effect before a deadline (the days catalogue/versions.ts
 * changesBetween finds), as the sentence that warns the deadline still follows the opening's terms.
 */
export function describeTermsChanges(
	days: readonly string[],
	tag: LocaleTag,
	t: Translate
): string[] {
	return days.map((day) =>
		t('atlas.calc.terms.changeBefore', { date: formatEffectiveDate(day, tag) })
	);
}
