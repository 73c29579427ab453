/**
 * Writes public/schema/vendor.schema.json from the zod schema. `--check` only compares and exits 1
 * when the committed file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { VENDOR_SCHEMA_PATH, vendorJsonSchemaText } from '#lib/catalogue/json-schema.ts';

const file = `public${VENDOR_SCHEMA_PATH}`;
const text = vendorJsonSchemaText();
if (process.argv.includes('--check')) {
	let current = '';
	try {
		current = readFileSync(file, 'utf8');
	} catch {
		// No file yet: it is out of date.
	}
	if (current !== text) {
		console.error(`${file} is out of date with src/lib/catalogue/schema.ts; run: npm run schema`);
		process.exit(1);
	}
	console.log(`${file} is up to date.`);
} else {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	console.log(`Wrote ${file}.`);
}
