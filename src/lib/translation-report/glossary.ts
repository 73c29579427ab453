/**
 * A locale's glossary: the one word the site uses for each concept (ticket, severity, business hours…),
 * the variants it rejects, the unit words the number–unit spacing rule looks at, and the Latin-script
 * words a Chinese or Korean text may keep. The glossaries are data (content/glossary/<tag>.yaml); this
 * module declares their shape and runs their rules over any text. Pure: texts come in as arguments.
 */
import { z } from 'zod';
import { numberUnitRules } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';

/** One concept and how the locale writes it. */
const glossaryTermSchema = z.strictObject({
	/** The concept, in English, e.g. "business hours". */
	concept: z.string().min(1),
	/** The locale's one term for it, e.g. "營業時間". */
	term: z.string().min(1),
	/** Variants that must not appear, matched literally, e.g. ["上班時間"]. */
	reject: z.array(z.string().min(1)).default([]),
	/** Variants as regular expressions (Unicode, case-insensitive), for inflected or context-bound forms. */
	rejectPattern: z.array(z.string().min(1)).default([]),
	/**
	 * For concepts the vendors word differently (severity / priority): an English regular expression.
	 * When a text's English names exactly one such concept, the locale must not use another one's term.
	 */
	english: z.string().min(1).optional(),
	/** A regular expression that finds the term in its inflected forms (defaults to the term itself). */
	termPattern: z.string().min(1).optional(),
	/** Why this choice, for the next translator. */
	note: z.string().optional(),
});

/** A locale's glossary file. */
export const glossarySchema = z.strictObject({
	terms: z.array(glossaryTermSchema),
	/** Unit words after a number ("小時", "godziny"): the spacing rule of lib/i18n/format applies to them. */
	units: z.array(z.string().min(1)).default([]),
	/**
	 * Latin-script words a text may keep (product words like "SaaS"); every other Latin word of three
	 * letters or more, other than vendor names and all-capital abbreviations, is English left behind.
	 * Omit for locales written in Latin script.
	 */
	latinAllowed: z.array(z.string().min(1)).optional(),
	/**
	 * Chinese: how Han characters meet Latin words and numbers, one rule per locale. A Latin word, a
	 * clock time or a bare number ("P1 问题", "09:00 恢复", "优先级 1") is set off by a space in either
	 * script; `counted` says how the text before meets a number that carries its unit or a date
	 * character ("48小时", "12月24日"): `none` writes them together ("需在45分钟内", zh-CN), `space` sets
	 * it off like any number ("及 1月1日", zh-TW). Inside a date (2026年11月) nothing is spaced.
	 */
	cjkSpacing: z.strictObject({ counted: z.enum(['space', 'none']) }).optional(),
	/**
	 * Placeholders filled with a value in one fixed grammatical form (Intl writes Polish durations in
	 * the nominative, "1 godzina"), each with a regular expression for what may stand right before
	 * them, so the sentence agrees with that form whatever the number ("co {{duration}}" would give
	 * "co 1 godzina").
	 */
	fixedForms: z
		.array(
			z.strictObject({
				placeholders: z.array(z.string().min(1)).min(1),
				before: z.string().min(1),
				note: z.string().optional(),
			})
		)
		.default([]),
	/**
	 * Wording that repeats an availability badge ("Included", "Bought separately"): a tier's note, shown
	 * right after the badge, must not say it again.
	 */
	badges: z
		.strictObject({
			included: z.array(z.string().min(1)).default([]),
			purchase: z.array(z.string().min(1)).default([]),
		})
		.default({ included: [], purchase: [] }),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Glossary = z.infer<typeof glossarySchema>;

/** One thing a rule found in a text. */
export interface Finding {
	/**
	 * Which rule: glossary, vendor-term, spacing (number and unit), cjk-spacing (Chinese beside Latin
	 * words and numbers), brackets, english, badge, starlight, grammar.
	 */
	rule:
		| 'glossary'
		| 'vendor-term'
		| 'spacing'
		| 'cjk-spacing'
		| 'brackets'
		| 'english'
		| 'badge'
		| 'starlight'
		| 'grammar';
	/** Where the text is: `acme: tiers[0].summary`, `atlas.nav.faq`, `docs faq.mdx:12`. */
	where: string;
	/** What is wrong and what to write instead. */
	message: string;
}

/** `{{severity}}` is a placeholder, not the word. */
const withoutPlaceholders = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regex = (source: string) => new RegExp(source, 'iu');

/** Rejected variants used in a text (the term itself never counts, even when it contains one). */
export function rejectedVariants(withPlaceholders: string, glossary: Glossary): string[] {
	const text = withoutPlaceholders(withPlaceholders);
	const found: string[] = [];
	for (const entry of glossary.terms) {
		for (const variant of entry.reject) {
			// A variant inside the preferred term (節假日 in 法定節假日 is the other way round) is not a use.
			const rest = entry.term.includes(variant) ? text.split(entry.term).join(' ') : text;
			if (rest.toLowerCase().includes(variant.toLowerCase()))
				found.push(`${variant} → ${entry.term} (${entry.concept})`);
		}
		for (const pattern of entry.rejectPattern) {
			const match = regex(pattern).exec(text);
			if (match) found.push(`${match[0]} → ${entry.term} (${entry.concept})`);
		}
	}
	return found;
}

/**
 * Placeholders whose value comes in one grammatical form, used where the sentence needs another:
 * the text right before each must match the glossary's `fixedForms` rule for it.
 */
export function fixedFormErrors(text: string, glossary: Glossary): string[] {
	const found: string[] = [];
	for (const rule of glossary.fixedForms) {
		const allowed = new RegExp(`(?:${rule.before})$`, 'u');
		for (const match of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
			if (!rule.placeholders.includes(match[1]!)) continue;
			const before = text.slice(0, match.index);
			if (!allowed.test(before))
				found.push(
					`{{${match[1]}}} after "${before.slice(-12)}": its value does not agree here${rule.note ? ` (${rule.note})` : ''}`
				);
		}
	}
	return found;
}

/**
 * Concepts the vendors word differently (severity vs. priority): when the English text names exactly
 * one of them, the locale must use that one's term, not another's, so a reader of any language sees
 * the vendor's own word.
 */
export function conceptMismatches(
	english: string,
	localized: string,
	glossary: Glossary
): string[] {
	const scaled = glossary.terms.filter((t) => t.english !== undefined);
	const named = scaled.filter((t) => regex(t.english!).test(withoutPlaceholders(english)));
	if (named.length !== 1) return [];
	const [wanted] = named as [GlossaryTerm];
	return otherConceptTerms(localized, wanted.concept, glossary).map(
		(term) => `English says ${wanted.concept}: write ${wanted.term}, not ${term}`
	);
}

/**
 * The English concepts a text names among those the vendors word differently (severity, priority),
 * by the glossary's `english` patterns: none, one or several.
 */
export function englishConcepts(english: string, glossary: Glossary): string[] {
	return glossary.terms
		.filter((t) => t.english !== undefined && regex(t.english).test(withoutPlaceholders(english)))
		.map((t) => t.concept);
}

/**
 * The terms of the other vendor-worded concepts a text uses where it must say `concept` (e.g. 严重级别
 * in a text about a vendor that ranks priorities). Empty when the glossary lacks the concept.
 */
export function otherConceptTerms(
	localized: string,
	concept: string,
	glossary: Glossary
): string[] {
	const text = withoutPlaceholders(localized);
	const scaled = glossary.terms.filter((t) => t.english !== undefined);
	if (!scaled.some((t) => t.concept === concept)) return [];
	return scaled
		.filter((t) => t.concept !== concept && regex(t.termPattern ?? escape(t.term)).test(text))
		.map((t) => t.term);
}

/**
 * Numbers next to their units against the locale's one rule (lib/i18n/format `numberUnitRules`):
 * "48 小时" where zh-CN writes "48小时", "2小時" where zh-TW writes "2 小時". `{{count}}`-style
 * placeholders count as numbers, `{{unit}}` as a unit.
 */
export function spacingErrors(text: string, tag: LocaleTag, glossary: Glossary): string[] {
	const units = [...glossary.units].sort((a, b) => b.length - a.length).map(escape);
	units.push('\\{\\{\\s*unit\\s*\\}\\}');
	const number = '(?:\\p{N}+|\\{\\{\\s*(?:count|number|value)\\s*\\}\\})';
	// A Latin unit must end there ("2 h", not "2 hosts"); CJK units need no boundary.
	const unit = `(?:${units.join('|')})(?![\\p{Script=Latin}])`;
	const spaced = numberUnitRules[tag].spacing === 'space';
	const pattern = spaced
		? new RegExp(`${number}${unit}`, 'gu')
		: new RegExp(`${number}[ \\u00a0]+${unit}`, 'gu');
	return [...text.matchAll(pattern)].map((m) =>
		spaced
			? `"${m[0]}": put a space between number and unit`
			: `"${m[0]}": no space between number and unit`
	);
}

const han = /\p{Script=Han}/u;
/** A Latin word or a number, with the marks that hold one together ("GMT+8", "09:00–17:00", "7×24"). */
const latinOrNumber =
	/[\p{Script=Latin}\p{Nd}](?:[\p{Script=Latin}\p{Nd}:./×+_–-]*[\p{Script=Latin}\p{Nd}])?/gu;

/**
 * Chinese text beside Latin words and numbers against the locale's rule (`cjkSpacing`): "P1问题" and
 * "09:00恢复" want a space; "需在 45分钟内" none in zh-CN; "及1月1日" one in zh-TW; and no space ever
 * between two Chinese characters. Placeholders stand for values not known here; the pages'
 * end-to-end tests check the filled sentences.
 */
export function cjkSpacingErrors(withPlaceholders: string, glossary: Glossary): string[] {
	const rule = glossary.cjkSpacing;
	if (!rule) return [];
	const text = withPlaceholders.replace(/\{\{\s*\w+\s*\}\}/g, '\u0000');
	const units = [...glossary.units, '年', '月', '日'];
	const unitAt = (i: number) => units.some((u) => text.startsWith(u, i));
	const errors: string[] = [];
	for (const match of text.matchAll(/\p{Script=Han} +\p{Script=Han}/gu))
		errors.push(`"${match[0]}": no space between Chinese characters`);
	for (const match of text.matchAll(latinOrNumber)) {
		const word = match[0];
		const start = match.index;
		const end = start + word.length;
		// A lone capital stands for a number ("N个工作日"); any other letter makes a Latin word.
		const latin = /\p{Script=Latin}/u.test(word) && !/^\p{Lu}$/u.test(word);
		const counted = !latin && (unitAt(end) || (text[end] === ' ' && unitAt(end + 1)));
		const before = text[start - 1] ?? '';
		const context = text.slice(Math.max(0, start - 2), end + 2).replaceAll('\u0000', '…');
		if (counted && /[年月]/u.test(before)) continue; // inside a date
		if (han.test(before) && (!counted || rule.counted === 'space'))
			errors.push(`"${context}": put a space between Chinese and "${word}"`);
		if (before === ' ' && han.test(text[start - 2] ?? '') && counted && rule.counted === 'none')
			errors.push(`"${context}": no space before a number with its unit or date`);
		if (!counted && han.test(text[end] ?? ''))
			errors.push(`"${context}": put a space between "${word}" and Chinese`);
	}
	return errors;
}

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

/** Brackets inside brackets, and a half-width space before a full-width bracket. */
export function bracketErrors(text: string): string[] {
	const errors: string[] = [];
	let depth = 0;
	for (const ch of text) {
		if (OPEN.has(ch)) {
			depth++;
			if (depth === 2) errors.push('brackets inside brackets');
		} else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
	}
	if (/ [（）]|[（] /u.test(text)) errors.push('half-width space beside a full-width bracket');
	return errors;
}

/**
 * Latin-script words left in a Chinese or Korean text: every word of three letters or more that is
 * not a name, an allowed word, an all-capital abbreviation (SLA, TAM) or a time-zone or format code.
 */
export function englishWords(
	text: string,
	names: readonly string[],
	allowed: readonly string[]
): string[] {
	let rest = text
		.replace(/\{\{\s*\w+\s*\}\}/g, ' ')
		// IANA zones (Europe/Warsaw), date formats (YYYY-MM-DDTHH:mm), file names (.ics), URLs.
		.replace(/\b[A-Z][a-z]+\/[A-Za-z_/]+/g, ' ')
		.replace(/\b[YMDTHhms:-]{5,}\b/g, ' ')
		.replace(/\.\w+\b/g, ' ')
		.replace(/https?:\/\/\S+/g, ' ');
	for (const name of [...names].sort((a, b) => b.length - a.length))
		if (name.trim()) rest = rest.split(name).join(' ');
	const ok = new Set(allowed.map((w) => w.toLowerCase()));
	return (rest.match(/\p{Script=Latin}{3,}/gu) ?? []).filter(
		(word) => !/^\p{Lu}+$/u.test(word) && !ok.has(word.toLowerCase())
	);
}
