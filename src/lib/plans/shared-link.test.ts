import { describe, expect, test } from 'vitest';
import { sharedLink } from './shared-link.ts';

const row = 'https://example.org/plans/acme/#target-p2-first-response';

describe('a copied row link', () => {
	test('carries the tiers the reader is looking at', () => {
		expect(sharedLink(row, '?highlight=premium&tiers=basic,premium')).toBe(
			'https://example.org/plans/acme/?highlight=premium&tiers=basic,premium#target-p2-first-response'
		);
	});

	test('carries nothing else of the page’s query, and stays as it is when nothing is chosen', () => {
		expect(sharedLink(row, '?differences=only')).toBe(row);
		expect(sharedLink(row, '')).toBe(row);
	});

	test('keeps a tier the link names itself', () => {
		expect(
			sharedLink('https://example.org/plans/acme/?highlight=basic#tier-basic', '?highlight=premium')
		).toBe('https://example.org/plans/acme/?highlight=basic#tier-basic');
	});
});
