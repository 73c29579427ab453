import { describe, expect, test } from 'vitest';
import { UpstreamChanged } from './installed.ts';
import { checkSearchButtonExclusion, SEARCH_BUTTON_RULE } from './starlight-search-button-axe.ts';

describe("the search button's exclusion from the accessibility checks", () => {
	test('holds while the button is there and axe reports the rule on it', () => {
		expect(() => checkSearchButtonExclusion({ elements: 1 })).not.toThrow();
		expect(() =>
			checkSearchButtonExclusion({
				elements: 1,
				violations: ['color-contrast', SEARCH_BUTTON_RULE],
			})
		).not.toThrow();
	});

	test('fails when the button is gone or not the only one', () => {
		expect(() => checkSearchButtonExclusion({ elements: 0 })).toThrow(UpstreamChanged);
		expect(() => checkSearchButtonExclusion({ elements: 0 })).toThrow(/has 0 elements matching/);
		expect(() =>
			checkSearchButtonExclusion({ elements: 2, violations: [SEARCH_BUTTON_RULE] })
		).toThrow(/has 2 elements/);
	});

	test('fails when Starlight fixed the button, so that it is checked again', () => {
		expect(() => checkSearchButtonExclusion({ elements: 1, violations: [] })).toThrow(
			/no longer breaks label-content-name-mismatch \(axe reports nothing\): remove its exclusion/
		);
		expect(() => checkSearchButtonExclusion({ elements: 1, violations: ['button-name'] })).toThrow(
			/axe reports button-name/
		);
	});
});
