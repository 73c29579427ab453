/**
 * `/catalogue.json` of the built end-to-end site: the whole validated catalogue, valid against the
 * JSON Schemas the site publishes beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { localeTags } from '#lib/locales.ts';
import { loadCatalogue } from '../../src/node/catalogue-files.ts';
import { E2E_CATALOGUE_DIR, e2eDist } from '../../e2e/builds.ts';

/** A published JSON file of the build, by its site path. */
const published = (path: string) => JSON.parse(readFileSync(join(e2eDist(), path), 'utf8'));

describe('the catalogue as data', () => {
	test('/catalogue.json validates against the published JSON Schemas', () => {
		const [data, catalogueSchema, vendorSchema] = [
			'/catalogue.json',
			'/schema/catalogue.schema.json',
			'/schema/vendor.schema.json',
		].map(published);
		const ajv = new Ajv({ allErrors: true, strict: false });
		ajv.addSchema(vendorSchema);
		const validate = ajv.compile(catalogueSchema);
		expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
		// The schema is not vacuous: a vendor with a misspelt key fails it.
		const broken = structuredClone(data);
		broken.vendors[0].tiers[0].availabilty = 'included';
		expect(validate(broken)).toBe(false);
	});

	test('/catalogue.json holds the validated catalogue, every vendor and every locale', () => {
		const data = published('/catalogue.json');
		expect(data.version).toBe(1);
		expect(data.$schema).toBe('/schema/catalogue.schema.json');
		expect(data.locales).toEqual(localeTags);
		expect(data.vendors).toEqual(
			JSON.parse(JSON.stringify(loadCatalogue(E2E_CATALOGUE_DIR).vendors))
		);
	});
});
