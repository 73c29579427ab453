/**
 * Formats values for readers. Every duration a reader sees goes through here.
 */
import type { Duration, Target } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { epochDay } from '#lib/time/days.ts';
import type { Translate, UiKey } from './translate.ts';

/**
 * How each locale writes a number next to its unit, one rule per locale, applied alike to values
 * formatted here and to catalogue and UI texts (the translation report checks those):
 * `space` puts one space between them ("48 小時", "2 godziny"), `none` writes them together
 * ("48小时", "2시간"). `join` separates the parts of a compound duration ("2 天 3 小時 30 分鐘").
 */
export const numberUnitRules: Readonly<
	Record<LocaleTag, { spacing: 'space' | 'none'; join: string | 'list' }>
> = {
	en: { spacing: 'space', join: 'list' },
	'zh-CN': { spacing: 'none', join: '' },
	'zh-TW': { spacing: 'space', join: ' ' },
	ko: { spacing: 'none', join: ' ' },
	pl: { spacing: 'space', join: 'list' },
};

/**
 * Applies the locale's number–unit rule to one formatted amount ("1小时" → "1 小時" style), so the
 * text is the same whatever spacing the runtime's Intl data uses.
 */
export function applyNumberUnitRule(text: string, tag: LocaleTag): string {
	return numberUnitRules[tag].spacing === 'none'
		? text.replace(/(\p{N})[\s\u00a0\u202f]+(?=\p{L})/gu, '$1')
		: text.replace(/(\p{N})[\u00a0\u202f]?(?=\p{L})/gu, '$1 ');
}

/**
 * Intl formatters are costly to build (each loads locale data) and cheap to reuse: every formatter
 * here is built once per kind, locale and options, and kept.
 */
const formatters = new Map<string, object>();

function memoFormatter<F extends object>(key: string, make: () => F): F {
	let formatter = formatters.get(key) as F | undefined;
	if (!formatter) {
		formatter = make();
		formatters.set(key, formatter);
	}
	return formatter;
}

/** The value of each part type of a formatted date, for the Chinese forms built from parts. */
function partsOf(parts: readonly Intl.DateTimeFormatPart[]) {
	return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
}

function unitFormatter(tag: LocaleTag, unit: 'minute' | 'hour' | 'day'): Intl.NumberFormat {
	return memoFormatter(
		`unit/${tag}/${unit}`,
		() =>
			new Intl.NumberFormat(tag, {
				style: 'unit',
				unit,
				unitDisplay: 'long',
				maximumFractionDigits: 2,
			})
	);
}

/**
 * A catalogue duration in words: "30 minutes", "2 godziny", "영업일 1일". Minutes and hours use
 * Intl's units (plural rules included); business days are not an Intl unit, so their wording comes
 * from the locale's UI strings (`atlas.duration.businessDays`, with plural forms).
 */
export function formatDuration(duration: Duration, tag: LocaleTag, t: Translate): string {
	switch (duration.unit) {
		case 'minutes':
			return applyNumberUnitRule(unitFormatter(tag, 'minute').format(duration.value), tag);
		case 'hours':
			return applyNumberUnitRule(unitFormatter(tag, 'hour').format(duration.value), tag);
		case 'business-days':
			return t('atlas.duration.businessDays', { count: duration.value });
	}
}

/**
 * UI string keys of an update cadence, one per unit. A cadence is not the duration put into a
 * sentence: "every {{duration}}" would need the duration in another grammatical case (Polish "co
 * godzinę", not "co 1 godzina"), which Intl does not give. So each unit has its own string with
 * plural forms, and the number comes in as `{{amount}}`.
 */
const cadenceKeys: Readonly<Record<Duration['unit'], UiKey>> = {
	minutes: 'atlas.cadence.everyMinutes',
	hours: 'atlas.cadence.everyHours',
	'business-days': 'atlas.cadence.everyBusinessDays',
};

/** What a target promises, in words: "30 minutes", "every 24 hours", "2 times a day". */
export function formatTargetAmount(target: Target, tag: LocaleTag, t: Translate): string {
	if (target.kind !== 'update') {
		if (target.within.count === 'end-of-day')
			return t('atlas.duration.endOfBusinessDay', { count: target.within.value });
		const duration = formatDuration(target.within, tag, t);
		return target.bound === 'less-than' ? t('atlas.bound.lessThan', { duration }) : duration;
	}
	if (target.every)
		return t(cadenceKeys[target.every.unit], {
			count: target.every.value,
			amount: formatNumber(target.every.value, tag),
		});
	return t('atlas.cadence.timesPerDay', { count: target.timesPerDay ?? 1 });
}

/**
 * A number of minutes in words, e.g. "1 hour 30 minutes", "1시간 30분". With `days`, whole days are
 * split off first (for countdowns). Built from Intl unit formats the same way in Node and in every
 * browser, so the server-rendered and client-rendered text agree.
 */
export function formatMinutes(
	totalMinutes: number,
	tag: LocaleTag,
	options: { days?: boolean } = {}
): string {
	let rest = Math.round(totalMinutes);
	const parts: string[] = [];
	if (options.days && rest >= 1440) {
		parts.push(unitFormatter(tag, 'day').format(Math.floor(rest / 1440)));
		rest %= 1440;
	}
	if (rest >= 60) {
		parts.push(unitFormatter(tag, 'hour').format(Math.floor(rest / 60)));
		rest %= 60;
	}
	if (rest > 0 || parts.length === 0) parts.push(unitFormatter(tag, 'minute').format(rest));
	const amounts = parts.map((part) => applyNumberUnitRule(part, tag));
	const { join } = numberUnitRules[tag];
	if (join !== 'list') return amounts.join(join);
	return memoFormatter(
		`unit-list/${tag}`,
		() => new Intl.ListFormat(tag, { type: 'unit', style: 'narrow' })
	).format(amounts);
}

/** The date fields readers see: Polish spells the month out ("30 listopada 2026"). */
function dateFields(tag: LocaleTag, weekday = true): Intl.DateTimeFormatOptions {
	return {
		...(weekday ? { weekday: 'short' } : {}),
		year: 'numeric',
		month: tag === 'pl' ? 'long' : 'short',
		day: 'numeric',
	};
}

/** Chinese dates, built from parts so every runtime agrees: "2026年11月30日（周一）". */
function chineseDate(parts: Intl.DateTimeFormatPart[]): string {
	const get = partsOf(parts);
	const weekday = get('weekday');
	return `${get('year')}年${get('month')}月${get('day')}日${weekday ? `（${weekday}）` : ''}`;
}

/**
 * Polish writes a comma between the date and the time, as Intl's ranges within a day already do
 * ("pon., 30 listopada 2026, 09:00", "pon., 30 listopada, 09:00–10:00"); Intl leaves a bare space in
 * single instants and in ranges over several days.
 */
function polishDateTime(parts: readonly Intl.DateTimeFormatPart[]): string {
	return parts
		.map((part, i) =>
			part.type === 'literal' && parts[i + 1]?.type === 'hour' && part.value.trim() === ''
				? ', '
				: part.value
		)
		.join('');
}

const isChinese = (tag: LocaleTag) => tag === 'zh-CN' || tag === 'zh-TW';

/** Whole sentences one after another: Chinese sentences end in a full-width 。 and take no space. */
export function formatSentences(sentences: readonly string[], tag: LocaleTag): string {
	return sentences.join(sentenceSeparator(tag));
}

/** What stands between two sentences: a space, or nothing after Chinese 。 (see formatSentences). */
export function sentenceSeparator(tag: LocaleTag): string {
	return isChinese(tag) ? '' : ' ';
}

/**
 * An instant as a reader's date and time in a zone, with the zone: "Mon, Nov 30, 2026, 08:30 CET",
 * "2026年11月30日（周一）08:30（GMT+1）", "pon., 30 listopada 2026, 08:30 GMT+1". Outside English the
 * zone is its UTC offset: abbreviations mislead (in Taiwan "CST" reads as Taiwan's own time).
 */
export function formatDateTime(
	epochMilliseconds: number,
	tag: LocaleTag,
	timeZone: string
): string {
	const formatter = memoFormatter(
		`date-time/${tag}/${timeZone}`,
		() =>
			new Intl.DateTimeFormat(tag, {
				...dateFields(tag),
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23',
				timeZone,
				timeZoneName: tag === 'en' ? 'short' : 'shortOffset',
			})
	);
	if (tag === 'pl') return polishDateTime(formatter.formatToParts(epochMilliseconds));
	if (!isChinese(tag)) return formatter.format(epochMilliseconds);
	const parts = formatter.formatToParts(epochMilliseconds);
	const get = partsOf(parts);
	return `${chineseDate(parts)}${get('hour')}:${get('minute')}（${get('timeZoneName')}）`;
}

/**
 * The short form the trace uses for times: weekday, day, month and time, "Fri, Nov 27, 16:30";
 * Polish spells the month out, as in full dates.
 */
function shortFormatter(tag: LocaleTag, timeZone: string): Intl.DateTimeFormat {
	return memoFormatter(
		`short/${tag}/${timeZone}`,
		() =>
			new Intl.DateTimeFormat(tag, {
				weekday: 'short',
				month: tag === 'pl' ? 'long' : 'short',
				day: 'numeric',
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23',
				timeZone,
			})
	);
}

/** Chinese short form from parts, weekday in full-width brackets: "11月27日（周五）16:30". */
function chineseShort(parts: Intl.DateTimeFormatPart[]): { day: string; time: string } {
	const get = partsOf(parts);
	return {
		day: `${get('month')}月${get('day')}日（${get('weekday')}）`,
		time: `${get('hour')}:${get('minute')}`,
	};
}

/** An instant in the trace's short form: "Mon, Nov 30, 08:00", "11月30日（周一）08:00". */
export function formatShortDateTime(
	epochMilliseconds: number,
	tag: LocaleTag,
	timeZone: string
): string {
	const formatter = shortFormatter(tag, timeZone);
	if (tag === 'pl') return polishDateTime(formatter.formatToParts(epochMilliseconds));
	if (!isChinese(tag)) return formatter.format(epochMilliseconds);
	const { day, time } = chineseShort(formatter.formatToParts(epochMilliseconds));
	return `${day}${time}`;
}

/**
 * Two instants as a range in the trace's short form: "Fri, Nov 27, 16:30 – 17:00". Korean writes its
 * ranges with a tilde and no spaces ("11월 27일 (금) 16:30~17:00"), as its texts do ("월~금 09:00~17:00").
 */
export function formatTimeRange(
	fromMs: number,
	toMs: number,
	tag: LocaleTag,
	timeZone: string
): string {
	const formatter = shortFormatter(tag, timeZone);
	if (tag === 'ko') return formatter.formatRange(fromMs, toMs).replace(/\s*[~～–]\s*/gu, '~');
	if (tag === 'pl') return polishDateTime(formatter.formatRangeToParts(fromMs, toMs));
	if (!isChinese(tag)) return formatter.formatRange(fromMs, toMs);
	const from = chineseShort(formatter.formatToParts(fromMs));
	const to = chineseShort(formatter.formatToParts(toMs));
	return from.day === to.day
		? `${from.day}${from.time}–${to.time}`
		: `${from.day}${from.time}–${to.day}${to.time}`;
}

/**
 * A plan as readers see it named, vendor then tier ("Acme · Standard"), and the severity after it
 * when there is one ("Acme · Standard · P1"): one way for the calculator, the command line, the FAQ
 * examples and calendar entries.
 */
export function formatPlanName(
	vendorName: string,
	tierName: string,
	t: Translate,
	severity?: string
): string {
	const plan = t('atlas.faq.example.planName', { vendor: vendorName, tier: tierName });
	return severity ? `${plan} · ${severity}` : plan;
}

/** A region's name in the page language, e.g. PL → "Poland", "폴란드". */
export function formatRegionName(region: string, tag: LocaleTag): string {
	return (
		memoFormatter(`region-names/${tag}`, () => new Intl.DisplayNames(tag, { type: 'region' })).of(
			region
		) ?? region
	);
}

/**
 * A calendar date (YYYY-MM-DD) for readers: "Thu, Dec 24, 2026", "2026年12月24日（周四）". Without
 * the weekday (`weekday: false`) for dates that are not days to plan by, such as when a source was
 * checked: "Nov 29, 2026", "29 listopada 2026", "2026年11月29日".
 */
export function formatDate(
	isoDate: string,
	tag: LocaleTag,
	options: { weekday?: boolean } = {}
): string {
	const weekday = options.weekday ?? true;
	const formatter = memoFormatter(
		`date/${tag}${weekday ? '' : '/plain'}`,
		() => new Intl.DateTimeFormat(tag, { ...dateFields(tag, weekday), timeZone: 'UTC' })
	);
	// Not Date.UTC, which reads years 0 to 99 as 1900 to 1999.
	const at = epochDay(isoDate) * 86_400_000;
	return isChinese(tag) ? chineseDate(formatter.formatToParts(at)) : formatter.format(at);
}

/**
 * When terms took effect, as the catalogue gives it: a day ("1 Mar 2026", plain, without a weekday)
 * or, for YYYY-MM, a month ("September 2025", "2025年9月").
 */
export function formatEffectiveDate(effective: string, tag: LocaleTag): string {
	if (effective.length !== 7) return formatDate(effective, tag, { weekday: false });
	const formatter = memoFormatter(
		`month/${tag}`,
		() => new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', timeZone: 'UTC' })
	);
	return formatter.format(epochDay(`${effective}-01`) * 86_400_000);
}

/**
 * Whether a Chinese list word (和, 或) needs a space beside this edge of an item: beside a Latin word
 * ("P1 和 P2", "和 SaaS 高级服务管理") in both scripts, and in zh-TW beside a number too, as its texts
 * space numbers ("和 2026年12月25日").
 */
function needsSpace(edge: string, tag: LocaleTag): boolean {
	return /\p{Script=Latin}/u.test(edge) || (tag === 'zh-TW' && edge !== '');
}

/**
 * Items joined as the locale joins a list: "a, b and c", "P1、P2 和 P3". With `nested`, the list
 * sits inside an item of another list: Chinese then joins it with 、 only and Korean with commas, so
 * that the outer list's 和 / 및 is the only one in the sentence ("节假日：12月24日（周四）、12月25日
 * （周五）和周末"). English and Polish dates hold commas: there the holiday item comes last in the
 * trace, so the inner list ends the sentence. With `disjunction`, the items are alternatives: "a, b or
 * c", "P1、P2 或 P3".
 */
export function formatList(
	items: readonly string[],
	tag: LocaleTag,
	options: { nested?: boolean; disjunction?: boolean } = {}
): string {
	return formatListParts(items, tag, options)
		.map((part) => part.text)
		.join('');
}

/**
 * The list of formatList in pieces: each item (with its index in `items`) and the words between
 * them, so that an item can keep markup of its own (see i18n/text.ts).
 */
export function formatListParts(
	items: readonly string[],
	tag: LocaleTag,
	options: { nested?: boolean; disjunction?: boolean } = {}
): { text: string; item?: number }[] {
	const joined = (separator: string) =>
		items.flatMap((text, item) => [...(item > 0 ? [{ text: separator }] : []), { text, item }]);
	if (options.nested && isChinese(tag)) return joined('、');
	// Korean dates carry no commas, so a comma list inside a 및 list stays unambiguous.
	if (options.nested && tag === 'ko') return joined(', ');
	const type = options.disjunction ? 'disjunction' : 'conjunction';
	const formatter = memoFormatter(`${type}/${tag}`, () => new Intl.ListFormat(tag, { type }));
	// Intl gives the items back in order, as elements between the literals.
	let next = 0;
	const parts = formatter.formatToParts(items);
	return parts.map((part, i) => {
		if (part.type === 'element') return { text: part.value, item: next++ };
		if (!isChinese(tag) || !/^\s*[和或]\s*$/u.test(part.value)) return { text: part.value };
		const before = /[A-Za-z0-9]*$/.exec(parts[i - 1]?.value ?? '')![0];
		const after = /^[A-Za-z0-9]*/.exec(parts[i + 1]?.value ?? '')![0];
		const word = part.value.trim();
		return {
			text: `${needsSpace(before, tag) ? ' ' : ''}${word}${needsSpace(after, tag) ? ' ' : ''}`,
		};
	});
}

/**
 * Valid values offered to choose from ("Valid plans: a, b, c"): codes and names listed as they are,
 * without a closing "and"; Chinese separates such items with 、, not a Latin comma.
 */
export function formatChoices(items: readonly string[], tag: LocaleTag): string {
	return items.join(choicesSeparator(tag));
}

/** What separates choices listed one after another (see formatChoices). */
export function choicesSeparator(tag: LocaleTag): string {
	return isChinese(tag) ? '、' : ', ';
}

/** A percentage for readers, from its number of per cent: 20 → "20%" (as the locale writes it). */
export function formatPercent(percent: number, tag: LocaleTag): string {
	return memoFormatter(
		`percent/${tag}`,
		() => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 })
	).format(percent / 100);
}

/** A plain number for readers, e.g. "1,5" in Polish. */
export function formatNumber(value: number, tag: LocaleTag): string {
	return memoFormatter(
		`number/${tag}`,
		() => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })
	).format(value);
}

/**
 * A language's name in the page language. Chinese is named by its script, as Chinese readers name
 * it: zh-CN → "简体中文" / "Simplified Chinese" / "간체 중국어", zh-TW → "繁體中文" / "Traditional Chinese".
 */
export function formatLanguageName(tag: LocaleTag, language: string): string {
	const script = /^zh-(CN|SG|Hans)/i.test(language)
		? 'zh-Hans'
		: /^zh-(TW|HK|MO|Hant)/i.test(language)
			? 'zh-Hant'
			: language;
	const name =
		memoFormatter(
			`language-names/${tag}`,
			() => new Intl.DisplayNames(tag, { type: 'language' })
		).of(script) ?? language;
	// Korean has no dialect names, only "중국어(번체)"; shown in brackets after a source's title it would
	// nest brackets, so the script goes first, as Korean writes it: "번체 중국어".
	return tag === 'ko' ? name.replace(/^(.+?)\s*\((.+)\)$/u, '$2 $1') : name;
}

/** Locales whose script has letter case; the others write a name the same anywhere in a sentence. */
const casedLocales: ReadonlySet<LocaleTag> = new Set(['en', 'pl']);

/**
 * A name written to stand alone (a table cell, a value under a label) as it reads inside a sentence:
 * "Business hours, Mon–Fri" → "business hours, Mon–Fri", "W godzinach pracy" → "w godzinach pracy".
 * Only an ordinary capitalised first word changes; words with more capitals or digits (P1, SaaS,
 * 24x7) stay as they are, and so does every text in a locale without letter case.
 */
export function inSentence(text: string, tag: LocaleTag): string {
	if (!casedLocales.has(tag)) return text;
	return text.replace(/^(\p{Lu})(?=\p{Ll}*(?:[\s\p{P}]|$))/u, (first) =>
		first.toLocaleLowerCase(tag)
	);
}

/** A text that begins a sentence, its first letter capitalised ("całodobowo…" → "Całodobowo…"). */
export function sentenceStart(text: string, tag: LocaleTag): string {
	return text.charAt(0).toLocaleUpperCase(tag) + text.slice(1);
}

/**
 * How long ago a day was, in whole days, as the locale says it: "today", "yesterday", "7 days ago",
 * "7天前", "7 dni temu" (Intl's relative time, with the locale's number–unit rule).
 */
export function formatDaysAgo(days: number, tag: LocaleTag): string {
	const formatter = memoFormatter(
		`days-ago/${tag}`,
		() => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })
	);
	return applyNumberUnitRule(formatter.format(-days, 'day'), tag);
}
