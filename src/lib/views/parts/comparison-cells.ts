/**
 * A tier's value for a feature, as a reader sees it in a comparison cell. A mark (✓ / —) always
 * carries words for screen readers, so assistive technology never has to read a glyph.
 */
import type { FeatureValue } from '#lib/catalogue/schema.ts';
import { formatDuration, formatNumber } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { choicesPhrase, localizePhrase, translatePhrase, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';

/** What one comparison cell shows. */
export type CellValue =
	/** A glyph (✓ or —) shown to sighted readers, and `label` ("Included") read to everyone else. */
	| { kind: 'mark'; mark: 'yes' | 'no'; label: string }
	/** The source does not say: the words are shown, never a guess. */
	| { kind: 'unknown'; text: string }
	/** Something the tier does not have, said in words ("Not offered") where a mark would not tell why. */
	| { kind: 'absent'; text: string }
	| { kind: 'text'; text: Phrase }
	| { kind: 'list'; items: Phrase[] };

/** An "included" mark. */
function includedCell(t: Translate): CellValue {
	return { kind: 'mark', mark: 'yes', label: t('atlas.value.included') };
}

/** A "not included" mark (or any other absence, worded by `label`). */
export function absentCell(label: string): CellValue {
	return { kind: 'mark', mark: 'no', label };
}

/** "Not stated": the source is silent. */
export function notStatedCell(t: Translate): CellValue {
	return { kind: 'unknown', text: t('atlas.value.notStated') };
}

/**
 * Words a feature value for the locale: `true`/`false` become marks with accessible words, `null`
 * "not stated"; numbers keep their qualifier and unit ("at most 3 contacts"), methods their
 * frequency ("Video conference, quarterly"), lists their items.
 */
export function featureCell(value: FeatureValue, tag: LocaleTag, t: Translate): CellValue {
	if (value === true) return includedCell(t);
	if (value === false) return absentCell(t('atlas.value.notIncluded'));
	if (value === null) return notStatedCell(t);
	switch (value.kind) {
		case 'number': {
			const number = formatNumber(value.value, tag);
			const text = value.unit
				? translatePhrase(t, `atlas.value.number.${value.qualifier}`, {
						number,
						unit: localizePhrase(value.unit, tag),
					})
				: t(`atlas.value.bareNumber.${value.qualifier}`, { number });
			return { kind: 'text', text };
		}
		case 'text':
			return { kind: 'text', text: localizePhrase(value.text, tag) };
		case 'duration':
			return { kind: 'text', text: formatDuration(value.duration, tag, t) };
		case 'method':
			return {
				kind: 'text',
				text: translatePhrase(t, 'atlas.value.method', {
					method: localizePhrase(value.method, tag),
					frequency: t(`atlas.value.frequency.${value.frequency}`),
				}),
			};
		case 'list':
			return { kind: 'list', items: value.items.map((item) => localizePhrase(item, tag)) };
	}
}

/** A key that is equal for two cells exactly when a reader sees the same thing in both. */
export function cellKey(value: CellValue): string {
	return JSON.stringify(value);
}

/** The words of a cell value, for a place that shows it as words (a mark by its words). */
export function cellPhrase(value: CellValue, tag: LocaleTag): Phrase {
	switch (value.kind) {
		case 'mark':
			return value.label;
		case 'list':
			return choicesPhrase(value.items, tag);
		default:
			return value.text;
	}
}
