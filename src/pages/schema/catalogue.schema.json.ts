/** /schema/catalogue.schema.json: the JSON Schema of /catalogue.json, generated from zod at build time. */
import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '#lib/catalogue/document.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(catalogueJsonSchema(), null, '\t')}\n`, {
		headers: { 'content-type': 'application/schema+json; charset=utf-8' },
	});
