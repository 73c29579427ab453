/**
 * The translation report: per locale, the catalogue texts not yet translated into it (a status, not
 * an error: pages show them in English), catalogue texts and UI strings that are still the English
 * text where they should be translated, UI strings a locale file lacks, and texts that break the
 * locale's consistency rules (glossary, severity/priority as the vendor words it, number–unit
 * spacing, Chinese beside Latin words and numbers, brackets, English left behind, a badge repeated,
 * Starlight strings left in English).
 * Pure: the catalogue, the strings files, the glossaries and the docs pages come in as arguments
 * (scripts/i18n-report.ts reads them).
 */
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Catalogue } from '#lib/catalogue/schema.ts';
import { localizedTexts, untranslatedPaths } from '#lib/catalogue/texts.ts';
import { withoutPlaceholders } from '#lib/i18n/interpolate.ts';
import {
	bracketErrors,
	cjkSpacingErrors,
	conceptMismatches,
	englishConcepts,
	englishWords,
	otherConceptTerms,
	rejectedVariants,
	spacingErrors,
	fixedFormErrors,
	type Finding,
	type Glossary,
} from './glossary.ts';
import { defaultLevelTerm, type LevelTerm } from '#lib/catalogue/level-terms.ts';
import { levelVariant } from '#lib/i18n/level-term.ts';
import { defaultLocale, localeTags, type LocaleTag } from '#lib/locales.ts';
import { PLURAL_SUFFIX } from '#lib/i18n/ui-strings.ts';

export type { Finding };

/** A text identical to English. */
export interface SameAsEnglish {
	/** Where it is: `acme: tiers[0].summary` or `atlas.nav.faq`. */
	where: string;
	text: string;
}

/** The texts of one vendor that a locale has no translation of, by key path. */
export interface MissingTranslations {
	vendor: string;
	/** Key paths in the vendor's file, in file order: `summary`, `tiers[0].name`. */
	paths: string[];
}

/** What the report finds for one locale. */
export interface LocaleReport {
	tag: LocaleTag;
	/**
	 * Per vendor with any, the catalogue texts not translated into the locale (shown in English):
	 * the translation status, which does not make the report fail.
	 */
	missing: MissingTranslations[];
	/** Catalogue texts identical to English. */
	catalogue: SameAsEnglish[];
	/** UI strings identical to English. */
	uiSameAsEnglish: SameAsEnglish[];
	/** UI string keys English has and this locale lacks (plural forms included, e.g. `x_few`). */
	uiMissing: string[];
	/** Texts that break the locale's consistency rules. */
	findings: Finding[];
}

/** A text of a docs page, e.g. one paragraph of faq.mdx. */
export interface DocsText {
	/** `faq.mdx:12` */
	where: string;
	text: string;
}

/** What the consistency rules run on, besides the catalogue and the UI strings. */
export interface ReportInputs {
	/** Each locale's glossary; a locale without one gets only the translation checks. */
	glossaries?: Partial<Record<LocaleTag, Glossary>>;
	/** Docs pages' texts per locale (the FAQ). */
	docs?: Partial<Record<LocaleTag, readonly DocsText[]>>;
	/** Starlight's own UI strings per locale (its built-in translations), English included. */
	starlight?: Partial<Record<LocaleTag, Readonly<Record<string, string>>>>;
}

/**
 * Starlight strings the site never shows: the Ctrl key's name, the credit line (turned off) and the
 * draft notice (drafts are not built).
 */
const starlightUnused: readonly string[] = [
	'search.ctrlKey',
	'builtWithStarlight.label',
	'page.draft',
];

/**
 * Words a language writes exactly as English does, so a text made only of them is not left
 * untranslated (e.g. Polish "Plan"). Brand and product names come from the catalogue instead.
 */
const sameWordsByLocale: Partial<Record<LocaleTag, readonly string[]>> = {
	pl: ['plan', 'standard', 'premium', 'status', 'blog', 'coaching', 'menu', 'weekend'],
};

/** Brand names that appear in UI strings. */
const siteNames: readonly string[] = ['Plan Atlas'];

/**
 * What is left of a text once names, placeholders, ids, numbers and abbreviations are taken out:
 * if nothing is left, the text reads the same in every language and is not reported.
 */
export function translatableResidue(
	text: string,
	names: readonly string[],
	sameWords: readonly string[] = []
): string {
	let rest = withoutPlaceholders(text);
	// Longest names first, so "Plan Atlas" goes before a shorter name inside it.
	for (const name of [...names].sort((a, b) => b.length - a.length))
		if (name.trim()) rest = rest.split(name).join(' ');
	const same = new Set(sameWords.map((w) => w.toLowerCase()));
	return (
		rest
			.split(/[^\p{L}\p{N}]+/u)
			.filter((token) => token !== '')
			// Ids and numbers (P1, 24x7, 08:00), all-caps abbreviations (SLA, TAM), same-spelled words.
			.filter(
				(token) =>
					!/\p{N}/u.test(token) && !/^\p{Lu}{2,}$/u.test(token) && !same.has(token.toLowerCase())
			)
			.join(' ')
	);
}

/** Names readers see untranslated in catalogue texts: vendors, and the products they sell (tiers, add-ons). */
function catalogueNames(catalogue: Catalogue): string[] {
	return catalogue.vendors.flatMap((v) => [
		v.name,
		...v.tiers.map((t) => t.name[defaultLocale]),
		...(v.addOns ?? []).map((a) => a.name[defaultLocale]),
	]);
}

/** The plural categories a key needs in a locale, or just the key itself when it is not plural. */
function requiredKeys(englishKeys: readonly string[], tag: LocaleTag): string[] {
	const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
	const bases = new Set<string>();
	const plain: string[] = [];
	for (const key of englishKeys) {
		if (PLURAL_SUFFIX.test(key)) bases.add(key.replace(PLURAL_SUFFIX, ''));
		else plain.push(key);
	}
	return [...plain, ...[...bases].flatMap((base) => categories.map((c) => `${base}_${c}`))];
}

/**
 * Whether a locale gives a key English keeps whole in every plural form its language needs (Polish
 * "święto" / "święta" where English has one text): that counts as having the key.
 */
function splitIntoPlurals(
	key: string,
	strings: Readonly<Record<string, string>>,
	tag: LocaleTag
): boolean {
	if (PLURAL_SUFFIX.test(key)) return false;
	const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
	return categories.every((c) => strings[`${key}_${c}`] !== undefined);
}

/** Builds the report for every locale other than English. */
export function buildI18nReport(
	catalogue: Catalogue,
	uiStrings: Readonly<Record<LocaleTag, Readonly<Record<string, string>>>>,
	inputs: ReportInputs = {}
): LocaleReport[] {
	const english = uiStrings[defaultLocale];
	const names = catalogueNames(catalogue);
	const texts = catalogue.vendors.flatMap((vendor) =>
		localizedTexts(vendor).map((t) => ({ ...t, where: `${vendor.id}: ${t.path}` }))
	);
	return localeTags
		.filter((tag) => tag !== defaultLocale)
		.map((tag) => {
			const sameWords = sameWordsByLocale[tag] ?? [];
			const strings = uiStrings[tag];
			const untranslated = (text: string, own: string, knownNames: readonly string[]) =>
				own === text && translatableResidue(text, knownNames, sameWords) !== '';
			return {
				tag,
				missing: catalogue.vendors
					.map((vendor) => ({ vendor: vendor.id, paths: untranslatedPaths(vendor, tag) }))
					.filter(({ paths }) => paths.length > 0),
				catalogue: texts.flatMap(({ where, text }) => {
					const own = text[tag];
					return own !== undefined && untranslated(text[defaultLocale], own, names)
						? [{ where, text: own }]
						: [];
				}),
				uiSameAsEnglish: Object.entries(strings)
					.filter(
						([key, text]) =>
							english[key] !== undefined &&
							untranslated(english[key], text, [...siteNames, ...names])
					)
					.map(([key, text]) => ({ where: key, text })),
				uiMissing: requiredKeys(Object.keys(english), tag).filter(
					(key) => strings[key] === undefined && !splitIntoPlurals(key, strings, tag)
				),
				findings: consistencyFindings(catalogue, uiStrings, tag, inputs),
			};
		});
}

/** The report as text, one section per locale; `clean` is true when nothing was found. */
export function formatI18nReport(reports: readonly LocaleReport[]): {
	text: string;
	clean: boolean;
} {
	const lines: string[] = [];
	let clean = true;
	for (const r of reports) {
		const count =
			r.catalogue.length + r.uiSameAsEnglish.length + r.uiMissing.length + r.findings.length;
		if (count > 0) clean = false;
		const missing = r.missing.reduce((sum, m) => sum + m.paths.length, 0);
		// Not yet translated is a status, not a fault: it is said, and the report stays clean.
		const status = missing
			? `; ${missing} catalogue text${missing === 1 ? '' : 's'} not yet translated (shown in English)`
			: '';
		lines.push(
			`${r.tag}: ${count === 0 ? 'nothing to translate' : `${count} to look at`}${status}`
		);
		for (const m of r.missing)
			lines.push(`  ${'missing'.padEnd(11)}${m.vendor} (${m.paths.length}): ${m.paths.join(', ')}`);
		for (const f of r.catalogue)
			lines.push(`  catalogue  ${f.where}: same as English: ${JSON.stringify(f.text)}`);
		for (const f of r.uiSameAsEnglish)
			lines.push(`  ui string  ${f.where}: same as English: ${JSON.stringify(f.text)}`);
		for (const key of r.uiMissing) lines.push(`  ui string  ${key}: missing`);
		for (const f of r.findings) lines.push(`  ${f.rule.padEnd(11)}${f.where}: ${f.message}`);
	}
	return { text: lines.join('\n'), clean };
}

/** A text the consistency rules look at, with its English where there is one. */
interface CheckedText {
	where: string;
	text: string;
	english?: string | undefined;
	/** Shown by the site inside brackets (a calendar's name after a target), so it has none itself. */
	bracketed?: boolean;
	/**
	 * The word for the levels the text must use (severity or priority), with why: a UI string written
	 * for one term, or a text about a vendor whose English names neither concept.
	 */
	levelTerm?: { term: LevelTerm; why: string };
}

/**
 * The term a UI string must use: its own for a key written per term (`<key>.priority`), the default
 * for a base key that has such a variant (`<key>`, the severity wording).
 */
function uiLevelTerm(
	key: string,
	english: Readonly<Record<string, string>>
): CheckedText['levelTerm'] {
	const variant = levelVariant(key);
	if (variant) return { term: variant.term, why: `the ${variant.term} wording of ${variant.base}` };
	const variants = Object.keys(english).filter((k) => levelVariant(k)?.base === key);
	if (variants.length)
		return {
			term: defaultLevelTerm,
			why: `the ${defaultLevelTerm} wording (${variants[0]} is the other)`,
		};
	return undefined;
}

/** Runs the locale's consistency rules over its catalogue texts, UI strings and docs pages. */
function consistencyFindings(
	catalogue: Catalogue,
	uiStrings: Readonly<Record<LocaleTag, Readonly<Record<string, string>>>>,
	tag: LocaleTag,
	inputs: ReportInputs
): Finding[] {
	const findings: Finding[] = [];
	const strings = uiStrings[tag];
	const english = uiStrings[defaultLocale];
	const glossary = inputs.glossaries?.[tag];
	if (glossary) {
		const texts: CheckedText[] = [
			...catalogue.vendors.flatMap((vendor) => {
				const term = vendorLevelTerm(vendor);
				// A text not yet translated has nothing in this locale to check.
				return localizedTexts(vendor).flatMap(({ path, text }) => {
					const own = text[tag];
					if (own === undefined) return [];
					return [
						{
							where: `${vendor.id}: ${path}`,
							text: own,
							english: text[defaultLocale],
							bracketed: /^calendars\[\d+\]\.name$/.test(path),
							// Where the English names no level concept, the vendor's own word decides.
							levelTerm:
								vendor.severities && englishConcepts(text[defaultLocale], glossary).length === 0
									? { term, why: `${vendor.name} ranks tickets by ${term}` }
									: undefined,
						},
					];
				});
			}),
			// Search keywords list the words readers may type, rejected variants included on purpose.
			...Object.entries(strings)
				.filter(([key]) => !key.startsWith('atlas.search.keywords.'))
				.map(([key, text]) => ({
					where: key,
					text,
					english: english[key] ?? english[key.replace(PLURAL_SUFFIX, '_other')],
					levelTerm: uiLevelTerm(key, english),
				})),
			...(inputs.docs?.[tag] ?? []).map((d) => ({ where: `docs ${d.where}`, text: d.text })),
		];
		const names = [...siteNames, ...catalogue.vendors.map((v) => v.name)];
		for (const { where, text, english: en, bracketed, levelTerm } of texts) {
			const add = (rule: Finding['rule'], messages: string[]) =>
				findings.push(...messages.map((message) => ({ rule, where, message })));
			add('glossary', rejectedVariants(text, glossary));
			if (levelTerm) {
				const wanted = glossary.terms.find((t) => t.concept === levelTerm.term);
				add(
					'vendor-term',
					otherConceptTerms(text, levelTerm.term, glossary).map(
						(other) => `${levelTerm.why}: write ${wanted?.term ?? levelTerm.term}, not ${other}`
					)
				);
			} else if (en !== undefined) add('vendor-term', conceptMismatches(en, text, glossary));
			add('spacing', spacingErrors(text, tag, glossary));
			add('cjk-spacing', cjkSpacingErrors(text, glossary));
			add('grammar', fixedFormErrors(text, glossary));
			add('brackets', bracketErrors(text));
			if (bracketed && /[()（）]/u.test(text))
				add('brackets', ['shown in brackets after a target: write it without brackets']);
			if (glossary.latinAllowed)
				add(
					'english',
					englishWords(text, names, glossary.latinAllowed).map((w) => `English word "${w}"`)
				);
		}
		for (const vendor of catalogue.vendors)
			vendor.tiers.forEach((tier, i) => {
				if (!tier.availabilityNote) return;
				const note = tier.availabilityNote[tag];
				if (note === undefined) return;
				const badge = strings[`atlas.tier.availability.${tier.availability}`];
				const repeats = [
					...new Set(
						[badge ?? '', ...glossary.badges[tier.availability]].map((w) => w.toLowerCase())
					),
				].filter((w) => w !== '');
				for (const word of repeats.filter((w) => note.toLowerCase().includes(w)))
					findings.push({
						rule: 'badge',
						where: `${vendor.id}: tiers[${i}].availabilityNote`,
						message: `repeats the badge beside it ("${word}")`,
					});
			});
	}
	// A wording for another term belongs to a key English has (a typo in the base would leave it unused).
	for (const key of Object.keys(strings)) {
		const variant = levelVariant(key);
		if (variant && english[variant.base] === undefined)
			findings.push({
				rule: 'vendor-term',
				where: key,
				message: `the ${variant.term} wording of ${variant.base}, a key English does not have`,
			});
	}
	const builtIn = inputs.starlight;
	if (builtIn?.[defaultLocale]) {
		const own = builtIn[tag] ?? {};
		for (const [key, englishText] of Object.entries(builtIn[defaultLocale]!)) {
			if (starlightUnused.includes(key)) continue;
			const shown = strings[key] ?? own[key];
			if (
				shown === englishText &&
				translatableResidue(englishText, siteNames, sameWordsByLocale[tag] ?? []) !== ''
			)
				findings.push({
					rule: 'starlight',
					where: key,
					message: `Starlight shows English "${englishText}": give it in src/content/i18n/${tag}.json`,
				});
		}
	}
	return findings;
}
