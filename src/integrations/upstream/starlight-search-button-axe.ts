/**
 * Leaves Starlight's search button out of the accessibility checks (e2e/axe.ts). Its visible text
 * ends with a "Ctrl K" hint that its `aria-label` ("Search") does not contain, which axe reports as
 * label-content-name-mismatch at widths where the hint shows. It is Starlight's markup, not ours, so
 * only this element is excluded.
 *
 * The exclusion must not outlive its reason: the checks fail when the button is gone (the selector
 * then excludes nothing, and may miss its successor) or when axe, run on the button alone, no longer
 * reports that rule (Starlight fixed it; drop the exclusion so the button is checked again).
 */
import { UpstreamChanged } from './installed.ts';

const PATCH = 'starlight-search-button-axe.ts';

/** The excluded element. */
export const SEARCH_BUTTON = 'site-search button[data-open-modal]';
/** The rule it breaks, the one reason for excluding it. */
export const SEARCH_BUTTON_RULE = 'label-content-name-mismatch';
/**
 * The narrowest viewport at which the button shows its text and hint (Starlight's `md` breakpoint,
 * 50rem): narrower, it is an icon alone, whose name matches.
 */
export const HINT_MIN_WIDTH = 800;

/** What a page showed of the excluded element. */
export interface SearchButtonFindings {
	/** How many elements match SEARCH_BUTTON. */
	elements: number;
	/** The rules axe reports when run on the button alone, if it was (at HINT_MIN_WIDTH or wider). */
	violations?: readonly string[];
}

/**
 * Throws unless the exclusion is still needed: the button is there and, when axe was run on it,
 * axe still reports the rule on it.
 */
export function checkSearchButtonExclusion({ elements, violations }: SearchButtonFindings): void {
	if (elements !== 1)
		throw new UpstreamChanged(
			PATCH,
			`The page has ${elements} elements matching "${SEARCH_BUTTON}", expected one (Starlight's search button)`
		);
	if (violations && !violations.includes(SEARCH_BUTTON_RULE))
		throw new UpstreamChanged(
			PATCH,
			`Starlight's search button no longer breaks ${SEARCH_BUTTON_RULE} (axe reports ${violations.length ? violations.join(', ') : 'nothing'}): remove its exclusion from the accessibility checks`
		);
}
