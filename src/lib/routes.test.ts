import { describe, expect, test } from 'vitest';
import { calculatorPath, localeOfPath, parsePlanId, planId } from './routes.ts';

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
