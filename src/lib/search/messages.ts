/**
 * Pagefind's result count in the reader's language, plural forms included. Pagefind UI knows only
 * "one result" and "many results"; Polish needs three forms (1 wynik, 2 wyniki, 5 wyników). The
 * page gives Pagefind a form that reads correctly for any count, and this module rewrites the
 * message it shows into the site's own plural-aware string (`atlas.search.results`).
 */
import type { Translate } from '#lib/i18n/translate.ts';

/** Pagefind's placeholders in its message templates. */
const COUNT = '[COUNT]';
const TERM = '[SEARCH_TERM]';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern matching the messages Pagefind makes from a template, capturing the count and the
 * search term (in template order). Undefined when the template has no count.
 */
export function messagePattern(
	template: string
): { pattern: RegExp; countFirst: boolean } | undefined {
	const countAt = template.indexOf(COUNT);
	if (countAt < 0) return undefined;
	const termAt = template.indexOf(TERM);
	const source = template
		.split(/(\[COUNT\]|\[SEARCH_TERM\])/)
		.map((part) =>
			part === COUNT ? '(\\d[\\d\\s.,\u00a0\u202f]*?)' : part === TERM ? '(.*)' : escapeRegExp(part)
		)
		.join('');
	return {
		pattern: new RegExp(`^\\s*${source}\\s*$`, 's'),
		countFirst: termAt < 0 || countAt < termAt,
	};
}

/**
 * The result-count message in the site's words, or undefined when `text` is not one Pagefind made
 * from `templates` (its "one result" and "many results" strings).
 */
export function rewriteResultCount(
	text: string,
	templates: readonly string[],
	t: Translate
): string | undefined {
	for (const template of templates) {
		const parsed = messagePattern(template);
		const match = parsed && parsed.pattern.exec(text);
		if (!parsed || !match) continue;
		const [countText, term = ''] = parsed.countFirst
			? [match[1]!, match[2]]
			: [match[2]!, match[1]];
		const count = Number(countText.replace(/\D/g, ''));
		if (!Number.isFinite(count)) continue;
		return t('atlas.search.results', { count, term });
	}
	return undefined;
}
