import { describe, expect, test } from 'vitest';
import { readUiStringsFile } from '../../node/ui-strings-files.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import { messagePattern, rewriteResultCount } from './messages.ts';

const polish = readUiStringsFile('pl');
const korean = readUiStringsFile('ko');
const templatesOf = (strings: Record<string, string>) => [
	strings['pagefind.one_result']!,
	strings['pagefind.many_results']!,
];

describe('rewriteResultCount', () => {
	const t = createTranslate('pl', polish);
	const templates = templatesOf(polish);
	const many = (count: number, term: string) =>
		polish['pagefind.many_results']!.replace('[COUNT]', String(count)).replace(
			'[SEARCH_TERM]',
			term
		);

	test('gives Polish counts their plural forms', () => {
		expect(rewriteResultCount(many(2, 'SLA'), templates, t)).toBe(
			polish['atlas.search.results_few']!.replace('{{count}}', '2').replace('{{term}}', 'SLA')
		);
		expect(rewriteResultCount(many(5, 'SLA'), templates, t)).toBe(
			polish['atlas.search.results_many']!.replace('{{count}}', '5').replace('{{term}}', 'SLA')
		);
		expect(rewriteResultCount(many(22, 'czas reakcji'), templates, t)).toContain('22 wyniki');
		expect(rewriteResultCount(many(25, 'czas reakcji'), templates, t)).toContain('25 wyników');
	});

	test('reads counts with digit grouping and terms with spaces', () => {
		expect(
			rewriteResultCount(
				polish['pagefind.many_results']!.replace('[COUNT]', '1\u00a0235').replace(
					'[SEARCH_TERM]',
					'a b'
				),
				templates,
				t
			)
		).toBe(
			polish['atlas.search.results_many']!.replace('{{count}}', '1235').replace('{{term}}', 'a b')
		);
	});

	test('leaves other messages alone', () => {
		const none = polish['pagefind.zero_results']!.replace('[SEARCH_TERM]', 'x');
		expect(rewriteResultCount(none, templates, t)).toBeUndefined();
	});

	test('handles a template where the term comes first (Korean)', () => {
		const ko = createTranslate('ko', korean);
		const text = korean['pagefind.many_results']!.replace('[COUNT]', '21').replace(
			'[SEARCH_TERM]',
			'응답'
		);
		expect(rewriteResultCount(text, templatesOf(korean), ko)).toBe(
			korean['atlas.search.results_other']!.replace('{{count}}', '21').replace('{{term}}', '응답')
		);
	});
});

describe('messagePattern', () => {
	test('is undefined for a template without a count', () => {
		expect(messagePattern('No results for [SEARCH_TERM]')).toBeUndefined();
	});
});
