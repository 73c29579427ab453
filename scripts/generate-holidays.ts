/**
 * Writes content/holidays/<REGION>.json and index.json from date-holidays and chinese-days, for the
 * years from two back to three ahead of today (or `--years 2024-2029`). `--check` regenerates the
 * committed years in memory and exits 1 when a file differs (a package update changed a date).
 */
import 'temporal-polyfill/global';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	committedYears,
	defaultYears,
	holidayFiles,
	writeHolidayFiles,
} from '../src/node/holiday-sources.ts';

const { values } = parseArgs({
	options: { check: { type: 'boolean', default: false }, years: { type: 'string' } },
	strict: true,
});

if (values.check) {
	const stale = [...holidayFiles(committedYears())].filter(([path, text]) => {
		try {
			return readFileSync(path, 'utf8') !== text;
		} catch {
			return true;
		}
	});
	if (stale.length) {
		console.error(`Out of date: ${stale.map(([p]) => p).join(', ')}; run: npm run holidays`);
		process.exit(1);
	}
	console.log('Holiday data is up to date.');
} else {
	const match = values.years ? /^(\d{4})-(\d{4})$/.exec(values.years) : null;
	if (values.years && !match) {
		console.error(`--years must read like 2024-2029 (found: "${values.years}")`);
		process.exit(2);
	}
	const years: [number, number] = match
		? [Number(match[1]), Number(match[2])]
		: defaultYears(Temporal.Now.plainDateISO());
	const files = holidayFiles(years);
	writeHolidayFiles(files);
	console.log(`Wrote ${files.size} files for ${years[0]}–${years[1]}.`);
}
