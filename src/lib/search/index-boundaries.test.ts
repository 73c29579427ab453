import { describe, expect, test } from 'vitest';
import { separateBlocks } from './index-boundaries.ts';

describe('separateBlocks', () => {
	test('separates table headers, captions, definition lists and summaries', () => {
		expect(
			separateBlocks(
				'<table><caption>Plans</caption><tr><th>Severity</th><th>Coverage</th></tr></table>'
			)
		).toBe('<table><caption>Plans</caption> <tr><th>Severity</th> <th>Coverage</th> </tr></table>');
		expect(separateBlocks('<dl><dt>A</dt><dd>B</dd></dl>')).toBe('<dl><dt>A</dt> <dd>B</dd> </dl>');
		expect(separateBlocks('<details><summary>Name</summary><p>x</p></details>')).toBe(
			'<details><summary>Name</summary> <p>x</p></details>'
		);
	});

	test('adds no second space and leaves other elements alone', () => {
		expect(separateBlocks('<th>a</th>\n<th>b</th> <td>c</td><span>d</span>')).toBe(
			'<th>a</th>\n<th>b</th> <td>c</td><span>d</span>'
		);
		expect(separateBlocks('<TH>a</TH><th>b</th>')).toBe('<TH>a</TH> <th>b</th> ');
	});

	test('leaves scripts, styles and preformatted text as written', () => {
		const script = '<script type="module">const s = "</th><th>";</script>';
		const pre = '<pre>x</dt>y</pre>';
		expect(separateBlocks(`${script}<th>a</th>${pre}<dt>b</dt>`)).toBe(
			`${script}<th>a</th> ${pre}<dt>b</dt> `
		);
	});
});
