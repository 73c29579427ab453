import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { relatedPages } from './related-pages.ts';

const catalogue = fixtureCatalogue();
const orbit = fixtureVendor(catalogue, 'orbit');
const solo = fixtureVendor(catalogue, 'solo');

describe('a vendor page’s related pages', () => {
	test('link the vendor’s other pages, never the page itself', () => {
		expect(relatedPages(orbit, 'pl', echoTranslate, 'plans').map((p) => p.href)).toEqual([
			'/pl/severity/orbit/',
			'/pl/faq/orbit/',
			'/pl/compare/',
		]);
		expect(relatedPages(orbit, 'pl', echoTranslate, 'severity').map((p) => p.href)).toEqual([
			'/pl/plans/orbit/',
			'/pl/faq/orbit/',
		]);
		expect(relatedPages(orbit, 'en', echoTranslate, 'faq')).toEqual([
			{ href: '/plans/orbit/', label: 'atlas.vendor.comparePlans{"vendor":"Orbit"}' },
			{ href: '/severity/orbit/', label: 'atlas.faq.severityLink{"vendor":"Orbit"}' },
		]);
	});

	test('leave out a severity guide or FAQ the catalogue does not give', () => {
		expect(relatedPages(solo, 'en', echoTranslate, 'plans').map((p) => p.href)).toEqual([
			'/compare/',
		]);
	});

	test('name the severity guide in the vendor’s own word for its levels', () => {
		const duo = fixtureFolderVendor('plan-pages');
		expect(relatedPages(duo, 'en', echoTranslate, 'plans')[0]).toEqual({
			href: '/severity/duo/',
			label: 'atlas.faq.severityLink.priority{"vendor":"Duo"}',
		});
	});
});
