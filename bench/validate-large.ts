/**
 * Validation time of large vendor files: one very long text (a pasted HTML table, the same with an
 * event handler at its very end, prose), a calendar listing 300 000 holiday dates (and the same with
 * one date repeated, which is located in the file), and 4 000 FAQ entries (about 5 MB). Every check is linear or n·log n in the size of the file, so each should take
 * under 2 s on a small machine; a file over that is marked "over 2 s". The CPU time beside each tells
 * what the process itself spent, on a machine other work shares. Prints figures; asserts nothing.
 * Usage: npm run bench:validate [-- --megabytes 5] (the other files scale with it: 5 MB → 300 000
 * dates and 4 000 entries).
 */
import 'temporal-polyfill/global';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { validateVendorFile } from '#lib/catalogue/validate.ts';
import { vendorWithFaq, vendorWithHolidays, vendorWithText } from './large-vendor-files.ts';

const megabytes =
	Number(
		parseArgs({ options: { megabytes: { type: 'string', default: '5' } } }).values.megabytes
	) || 5;
const size = megabytes * 1_000_000;
const scale = megabytes / 5;
const dates = Math.max(1, Math.round(300_000 * scale));
const entries = Math.max(1, Math.round(4_000 * scale));
const LIMIT_SECONDS = 2;

const row = '<tr><td class="c">P1</td><td>1 hour</td><td title="x">24x7</td></tr>';
const table = `<table>${row.repeat(Math.ceil(size / row.length))}</table>`;
const prose = 'Support is given on weekdays, by mail and phone. '.repeat(Math.ceil(size / 50));
const cases: [string, string][] = [
	['HTML table', vendorWithText(table)],
	[
		'HTML table, handler at the end',
		vendorWithText(table.replace('</table>', '<b onclick=x></b></table>')),
	],
	['prose', vendorWithText(prose)],
	[`${dates.toLocaleString('en')} holiday dates`, vendorWithHolidays(dates)],
	// One date repeated at the very end: the problem is located in the file, line and column.
	[
		`${dates.toLocaleString('en')} dates, one repeated`,
		vendorWithHolidays(dates).replace(/("\d{4}-\d\d-\d\d"),\n( *\])/, '$1, $1,\n$2'),
	],
	[`${entries.toLocaleString('en')} FAQ entries`, vendorWithFaq(entries)],
];

console.log(
	`Validating large vendor files (${megabytes} MB of text; limit ${LIMIT_SECONDS} s each):`
);
validateVendorFile({ file: 'solo.yaml', text: vendorWithText('warm-up') });
for (const [name, text] of cases) {
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	const result = validateVendorFile({ file: 'solo.yaml', text });
	const cpu = process.cpuUsage(cpuStart);
	const seconds = (performance.now() - start) / 1000;
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	// What the YAML library's parser takes for the same text, for scale: files in the plain subset of
	// YAML are read without it (src/lib/catalogue/plain-yaml.ts).
	const yamlStart = performance.now();
	parseDocument(text, { uniqueKeys: true });
	const yamlSeconds = (performance.now() - yamlStart) / 1000;
	console.log(
		`  ${name.padEnd(32)} ${seconds.toFixed(2)} s  (CPU ${cpuSeconds.toFixed(2)} s; YAML library's parse ${yamlSeconds.toFixed(2)} s; ${(text.length / 1e6).toFixed(1)} MB file, ${result.ok ? 'valid' : `${result.issues.length} error(s)`})${seconds > LIMIT_SECONDS ? `  over ${LIMIT_SECONDS} s` : ''}`
	);
}
