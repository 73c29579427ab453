import { describe, expect, test } from 'vitest';
import {
	calculatorPath,
	feedPath,
	localeOfPath,
	parsePlanId,
	planId,
	termsChangeAnchor,
	termsChangesPath,
	termsVersionPath,
	vendorFeedPath,
} from './routes.ts';

describe('plan ids', () => {
	test('are the vendor and the tier joined by a slash, and read back', () => {
		expect(planId('amanda', 'standard')).toBe('amanda/standard');
		expect(parsePlanId('amanda/standard')).toEqual({ vendorId: 'amanda', tierId: 'standard' });
	});

	test('anything but exactly two non-empty parts is not a plan id', () => {
		for (const text of ['amanda', 'amanda/', '/standard', 'a/b/c', ''])
			expect(parsePlanId(text), text).toBeUndefined();
	});

	test('go into the calculator URL as its plan parameter', () => {
		expect(calculatorPath('pl', { plan: planId('wati', 'pro') })).toBe(
			'/pl/calculator/?plan=wati/pro'
		);
	});
});

describe('locale of a path', () => {
	test('the first segment names the locale', () => {
		expect(localeOfPath('/pl/plans/nope/')).toBe('pl');
		expect(localeOfPath('/zh-tw/')).toBe('zh-TW');
		expect(localeOfPath('/ZH-CN/missing')).toBe('zh-CN');
		expect(localeOfPath('/ko')).toBe('ko');
	});
	test('any other path is the default locale', () => {
		expect(localeOfPath('/')).toBe('en');
		expect(localeOfPath('/plans/pl/')).toBe('en');
		expect(localeOfPath('/polski/')).toBe('en');
		expect(localeOfPath('')).toBe('en');
	});
});

describe('dated terms', () => {
	test('a vendor’s change list, its versions by their date as written, and the feeds, per locale', () => {
		expect(termsChangesPath('en', 'ledger')).toBe('/plans/ledger/changes/');
		expect(`${termsChangesPath('pl', 'ledger')}#${termsChangeAnchor('2025-09')}`).toBe(
			'/pl/plans/ledger/changes/#terms-2025-09'
		);
		expect(termsVersionPath('zh-TW', 'ledger', '2024-01-15')).toBe(
			'/zh-tw/plans/ledger/v/2024-01-15/'
		);
		expect(feedPath('en')).toBe('/feed.xml');
		expect(feedPath('ko')).toBe('/ko/feed.xml');
		expect(vendorFeedPath('zh-CN', 'ledger')).toBe('/zh-cn/plans/ledger/changes/feed.xml');
	});
});
