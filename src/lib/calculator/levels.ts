/**
 * The level field and what the form says of the chosen level. The page renders them for the plan it
 * starts on and the island for every other plan, from these functions, so the two always agree.
 */
import type { Phrase } from '#lib/i18n/text.ts';
import type { PlanOption } from '#lib/sla/request.ts';
import type { CalculatorSeverity, CalculatorVendor } from '#lib/views/pages/calculator.ts';
import { findPlan, levelsOffered } from './state.ts';

/** The plan and level the page starts on (without a link that names others): the first plan and its most severe level. */
export function startingLevel(options: readonly PlanOption[]): {
	plan: string | undefined;
	severity: string | undefined;
} {
	return { plan: options[0]?.plan, severity: options[0]?.severities[0] };
}

/**
 * Names a plan's level: what the level's description carries, so that the island, which describes
 * each level the reader chooses, leaves alone the one the page rendered.
 */
export function levelShown(plan: string | undefined, severity: string | undefined): string {
	return `${plan ?? ''}|${severity ?? ''}`;
}

/** One choice of the level field. */
export interface LevelChoice {
	id: string;
	/** "P1 · Critical": the id, and the level's name where the vendor gives one. */
	label: Phrase;
}

/**
 * The level field's choices for a plan with the given add-ons: the levels it offers, most severe
 * first.
 */
export function levelChoices(
	vendors: readonly CalculatorVendor[],
	options: readonly PlanOption[],
	plan: string | undefined,
	addOns: readonly string[] = []
): LevelChoice[] {
	const { vendor } = findPlan(vendors, plan);
	return levelsOffered(options, plan, addOns).map((id) => ({
		id,
		label: vendor?.severities.find((s) => s.id === id)?.label ?? id,
	}));
}

/**
 * What the form says of a plan's level (its heading, definition, the assumptions the definition rests
 * on, and examples); undefined for a level its vendor does not define.
 */
export function levelInfo(
	vendors: readonly CalculatorVendor[],
	plan: string | undefined,
	severity: string | undefined
): CalculatorSeverity | undefined {
	return findPlan(vendors, plan).vendor?.severities.find((s) => s.id === severity);
}
