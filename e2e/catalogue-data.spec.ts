import Ajv from 'ajv';
import { expect, test } from '@playwright/test';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { localeTags } from '#lib/locales.ts';

const catalogue = loadCatalogue('content/vendors');

test.describe('the catalogue as data', () => {
	test('/catalogue.json validates against the published JSON Schemas', async ({ request }) => {
		const [data, catalogueSchema, vendorSchema] = await Promise.all(
			['/catalogue.json', '/schema/catalogue.schema.json', '/schema/vendor.schema.json'].map(
				async (path) => {
					const response = await request.get(path);
					expect(response.status(), path).toBe(200);
					return response.json();
				}
			)
		);
		const ajv = new Ajv({ allErrors: true, strict: false });
		ajv.addSchema(vendorSchema);
		const validate = ajv.compile(catalogueSchema);
		expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
		// The schema is not vacuous: a vendor with a misspelt key fails it.
		const broken = structuredClone(data);
		broken.vendors[0].tiers[0].availabilty = 'included';
		expect(validate(broken)).toBe(false);
	});

	test('/catalogue.json holds the validated catalogue, every vendor and every locale', async ({
		request,
	}) => {
		const data = await (await request.get('/catalogue.json')).json();
		expect(data.version).toBe(1);
		expect(data.$schema).toBe('/schema/catalogue.schema.json');
		expect(data.locales).toEqual(localeTags);
		expect(data.vendors).toEqual(JSON.parse(JSON.stringify(catalogue.vendors)));
	});
});
