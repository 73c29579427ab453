/**
 * Validation time of a vendor file with one very long text: a pasted HTML table of about 2 MB (many
 * tags, no script-like markup), the same with an event handler at its very end, and a 2 MB text of
 * prose. Every text check is linear, so each should take well under 2 s on a small machine. Prints
 * figures; asserts nothing. Usage: npm run bench:validate [-- --megabytes 2]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateVendorFile } from '#lib/catalogue/validate.ts';

const megabytes =
	Number(
		parseArgs({ options: { megabytes: { type: 'string', default: '2' } } }).values.megabytes
	) || 2;
const size = megabytes * 1_000_000;
const base = readFileSync('tests/fixtures/minimal/solo.yaml', 'utf8');
const row = '<tr><td class="c">P1</td><td>1 hour</td><td title="x">24x7</td></tr>';
const table = `<table>${row.repeat(Math.ceil(size / row.length))}</table>`;
const prose = 'Support is given on weekdays, by mail and phone. '.repeat(Math.ceil(size / 50));
const cases: [string, string][] = [
	['HTML table', table],
	['HTML table, handler at the end', table.replace('</table>', '<b onclick=x></b></table>')],
	['prose', prose],
];

console.log(`Validating one vendor file with a ${megabytes} MB text:`);
for (const [name, text] of cases) {
	const file = base.replace('en: Solo support,', `en: ${JSON.stringify(text)},`);
	validateVendorFile({ file: 'solo.yaml', text: base }); // warm up
	const start = performance.now();
	const result = validateVendorFile({ file: 'solo.yaml', text: file });
	const seconds = (performance.now() - start) / 1000;
	console.log(
		`  ${name.padEnd(32)} ${seconds.toFixed(2)} s  (${(file.length / 1e6).toFixed(1)} MB file, ${result.ok ? 'valid' : `${result.issues.length} error(s)`})`
	);
}
