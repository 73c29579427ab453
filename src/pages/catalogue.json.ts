/**
 * /catalogue.json: the whole validated catalogue in one file, for integrations. Its shape is the
 * vendor files' shape after validation (defaults filled in), wrapped in a small envelope; see the
 * README ("The catalogue as data") and /schema/catalogue.schema.json.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../data/catalogue.ts';
import { catalogueDocument } from '#lib/catalogue/document.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(catalogueDocument(getCatalogue()), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
