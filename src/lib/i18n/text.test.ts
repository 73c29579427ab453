import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../tests/support/echo-translate.ts';
import { formatList } from './format.ts';
import {
	choicesPhrase,
	joinPhrases,
	editStart,
	foreignLanguage,
	foreignLanguages,
	listPhrase,
	localize,
	localizePhrase,
	localizeText,
	plainText,
	sentencesPhrase,
	translatePhrase,
	type Phrase,
} from './text.ts';
import { createTranslate } from './ui-strings.ts';

const full = { en: 'Business hours', pl: 'Godziny pracy', ko: '업무 시간' };
const english = { en: 'Team plan' };

describe('a catalogue text in a locale', () => {
	test('is the locale’s own where the text has it, with no language to mark', () => {
		expect(localizeText(full, 'pl')).toEqual({ text: 'Godziny pracy' });
		expect(localizeText(full, 'en')).toEqual({ text: 'Business hours' });
		expect(localize(full, 'ko')).toBe('업무 시간');
		expect(localizePhrase(full, 'pl')).toBe('Godziny pracy');
	});

	test('falls back to the default language where it lacks one, saying so', () => {
		expect(localizeText(full, 'zh-TW')).toEqual({ text: 'Business hours', lang: 'en' });
		expect(localize(english, 'pl')).toBe('Team plan');
		expect(localizePhrase(english, 'ko')).toEqual([{ text: 'Team plan', lang: 'en' }]);
		expect(localizePhrase(english, 'en')).toBe('Team plan');
	});
});

describe('a phrase', () => {
	const foreign: Phrase = [{ text: 'Team plan', lang: 'en' }];

	test('reads as its words where no markup can go', () => {
		expect(plainText('Plan Pro')).toBe('Plan Pro');
		expect(plainText(['Dodatek: ', { text: 'Onboarding', lang: 'en' }, '.'])).toBe(
			'Dodatek: Onboarding.'
		);
		expect(foreignLanguage('Plan Pro')).toBeUndefined();
		expect(foreignLanguage(['P1 · ', { text: 'Urgent', lang: 'en' }])).toBe('en');
	});

	test('keeps the mark on its foreign words inside a UI string, wherever the locale puts them', () => {
		const pl = createTranslate('pl', { 'k.row': 'Dodatek: {{name}} ({{count}})' });
		expect(translatePhrase(pl, 'k.row' as never, { name: foreign, count: 2 })).toEqual([
			'Dodatek: ',
			{ text: 'Team plan', lang: 'en' },
			' (2)',
		]);
		const ko = createTranslate('ko', { 'k.row': '{{count}}: {{name}} 부가 서비스' });
		expect(translatePhrase(ko, 'k.row' as never, { name: foreign, count: 2 })).toEqual([
			'2: ',
			{ text: 'Team plan', lang: 'en' },
			' 부가 서비스',
		]);
		// Without foreign words, the plain string the UI string gives.
		expect(translatePhrase(pl, 'k.row' as never, { name: 'Plan Pro', count: 1 })).toBe(
			'Dodatek: Plan Pro (1)'
		);
		expect(translatePhrase(echoTranslate, 'atlas.plans.addOnRow', { name: 'x' })).toBe(
			'atlas.plans.addOnRow{"name":"x"}'
		);
	});

	test('joins a list as the locale does, each item keeping its mark', () => {
		const items: Phrase[] = ['Telefon', foreign, 'E-mail'];
		const list = listPhrase(items, 'pl');
		expect(plainText(list)).toBe(formatList(['Telefon', 'Team plan', 'E-mail'], 'pl'));
		expect(list).toEqual(['Telefon, ', { text: 'Team plan', lang: 'en' }, ' i E-mail']);
		// Chinese sets a Latin word off with a space, as formatList does.
		expect(plainText(listPhrase(['电话', foreign], 'zh-CN'))).toBe(
			formatList(['电话', 'Team plan'], 'zh-CN')
		);
		expect(listPhrase(['a', 'b'], 'en')).toBe('a and b');
	});

	test('lists alternatives, choices and sentences, each piece keeping its mark', () => {
		expect(listPhrase(['Chmura', foreign], 'pl', { disjunction: true })).toEqual([
			'Chmura lub ',
			{ text: 'Team plan', lang: 'en' },
		]);
		expect(choicesPhrase(['Serwer', foreign], 'pl')).toEqual([
			'Serwer, ',
			{ text: 'Team plan', lang: 'en' },
		]);
		expect(choicesPhrase(['云端', '日语'], 'zh-CN')).toBe('云端、日语');
		expect(sentencesPhrase(['Bądź osiągalny.', 'Inaczej P2.'], 'pl')).toBe(
			'Bądź osiągalny. Inaczej P2.'
		);
		expect(sentencesPhrase(['保持可联系。', '否则按 P2 处理。'], 'zh-CN')).toBe(
			'保持可联系。否则按 P2 处理。'
		);
		expect(joinPhrases('Serwer: ', foreign, ' ', '4 godziny')).toEqual([
			'Serwer: ',
			{ text: 'Team plan', lang: 'en' },
			' 4 godziny',
		]);
		expect(joinPhrases('a', 'b')).toBe('ab');
	});

	test('changes its first words whatever their language, by that language’s rules', () => {
		const lower = (text: string) => text.toLowerCase();
		expect(editStart('Godziny', lower)).toBe('godziny');
		expect(editStart(foreign, lower)).toEqual([{ text: 'team plan', lang: 'en' }]);
		const languages: (string | undefined)[] = [];
		editStart(['x'], (text, lang) => (languages.push(lang), text));
		editStart(foreign, (text, lang) => (languages.push(lang), text));
		expect(languages).toEqual([undefined, 'en']);
		expect(editStart(['Dla ', { text: 'Team', lang: 'en' }], lower)).toEqual([
			'dla ',
			{ text: 'Team', lang: 'en' },
		]);
	});

	test('tells the languages of the foreign words anywhere in a view', () => {
		expect(foreignLanguages({ a: 'x', b: [{ c: ['y'] }] }).size).toBe(0);
		expect([
			...foreignLanguages({ a: 'x', b: [{ c: ['Dla ', { text: 'Team', lang: 'en' }] }] }),
		]).toEqual(['en']);
		// Objects that merely hold a text and a language are not foreign words.
		expect(foreignLanguages({ source: { text: 'x', lang: 'de', title: 'y' } }).size).toBe(0);
	});
});
