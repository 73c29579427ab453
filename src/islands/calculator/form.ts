/**
 * The calculator's form: what it holds, the level field and the impact × urgency helper for the plan
 * chosen, the region field's words, and each problem shown at its field with a summary above the form
 * that links to each. What it shows is decided in src/lib/calculator/; this only reads and writes it.
 */
import { levelChoices } from '#lib/calculator/levels.ts';
import { regionLabels } from '#lib/calculator/regions.ts';
import {
	CALCULATOR_FIELDS,
	findPlan,
	levelLabels,
	levelTermForPlan,
	problemMessage,
	severityForPlan,
	type CalculatorField,
	type CalculatorInput,
	type FieldProblem,
} from '#lib/calculator/state.ts';
import { matrixLevel } from '#lib/catalogue/query.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import { foreignLanguage, plainText, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { PlanOption } from '#lib/sla/request.ts';
import type { CalculatorPageData, CalculatorTier } from '#lib/views/pages/calculator.ts';
import { repeat, required, template } from './dom.ts';

export interface CalculatorForm {
	/** What the form holds, each field trimmed and left out when empty. */
	read(): CalculatorInput;
	/** Writes the input the page starts with; `linked` is what the link's query said. */
	fill(input: CalculatorInput, linked: CalculatorInput): void;
	/**
	 * As a calculation begins: every problem is taken away, and the region field is worded after the
	 * terms of the plan's tier (see CalculatorTier.regionRule).
	 */
	begin(tier: CalculatorTier | undefined): void;
	/** Each problem at its field, and a summary above the form; returns the summary. */
	showProblems(problems: readonly FieldProblem[]): HTMLElement;
}

/**
 * Creates an option, as the page renders them: its value, and its words as text, in the language of
 * a catalogue text not yet translated where it holds one.
 */
const option = (value: string, text: Phrase = value) => {
	const choice = new Option(plainText(text), value);
	const lang = foreignLanguage(text);
	if (lang) choice.lang = lang;
	return choice;
};

/** What the form needs besides the page's data. */
export interface FormContext {
	/** The time now in a zone as the date field takes it; throws for a zone that is not one. */
	now: (zone: string) => string;
	/** The reader's time zone. */
	browserZone: string;
	/** Called when the reader changes the input; `reveal` when they asked for the result (submit). */
	changed: (reveal: boolean) => void;
}

/** The form of the calculator in `root`, set up to answer the reader's changes. */
export function calculatorForm(
	root: HTMLElement,
	data: CalculatorPageData,
	options: readonly PlanOption[],
	t: Translate,
	{ now, browserZone, changed }: FormContext
): CalculatorForm {
	const { tag, vendors } = data;
	const form = required(root, 'form');
	const fields = {
		plan: required(form, '[name=plan]', HTMLSelectElement),
		severity: required(form, '[name=severity]', HTMLSelectElement),
		opened: required(form, '[name=opened]', HTMLInputElement),
		tz: required(form, '[name=tz]', HTMLInputElement),
		holidays: required(form, '[name=holidays]', HTMLInputElement),
		region: required(form, '[name=region]', HTMLSelectElement),
	} satisfies Record<CalculatorField, HTMLInputElement | HTMLSelectElement>;
	const fieldErrors = Object.fromEntries(
		CALCULATOR_FIELDS.map((name) => [name, required(form, `[data-field-error="${name}"]`)])
	) as Record<CalculatorField, HTMLElement>;
	const summary = required(form, '[data-error]');
	const problemList = template(root, 'problems');
	const levelLabel = required(form, '[data-level-label]');
	const zoneList = required(form, '#calculator-zones');
	const regionLabel = required(form, 'label[for="calc-region"]');
	const regionHint = required(form, '#calc-region-hint');
	const matrix = required(form, '[data-matrix]');
	const helpChoose = required(matrix, '[data-help-choose]');
	const impact = required(matrix, '[data-impact]', HTMLSelectElement);
	const urgency = required(matrix, '[data-urgency]', HTMLSelectElement);
	const derived = required(matrix, '[data-derived]');
	const nowButton = required(form, '[data-now]');
	const { plan, severity, opened, tz, region } = fields;

	// A date-time input drops a value it cannot show (e.g. 30 February from a link); keep what the link
	// said until the reader edits the field, so the message can name it.
	let unshownOpened: string | undefined;
	opened.addEventListener('input', () => (unshownOpened = undefined));

	// About 400 zone names: listed when the reader first reaches the field, not while the page loads.
	tz.addEventListener(
		'focus',
		() =>
			zoneList.append(...(Intl.supportedValuesOf?.('timeZone') ?? []).map((z) => option(z, ''))),
		{ once: true }
	);

	/** Marks the region the reader's time zone suggests. */
	const suggestRegion = () => {
		const labels = regionLabels(data.regions, tz.value.trim(), t);
		for (const choice of region.options) {
			const label = labels.get(choice.value);
			if (label !== undefined) choice.textContent = label;
		}
	};
	tz.addEventListener('change', suggestRegion);

	// The vendor whose impact and urgency the helper offers: only a change of vendor rebuilds them,
	// since rebuilding would reset the reader's picks.
	let matrixVendor: string | undefined;
	const showMatrix = (planId: string) => {
		const { vendor } = findPlan(vendors, planId);
		const m = vendor?.matrix;
		matrix.hidden = !m;
		if (!m || matrixVendor === vendor?.id) return;
		matrixVendor = vendor?.id;
		impact.replaceChildren(...m.impacts.map((i) => option(i.id, i.name)));
		urgency.replaceChildren(...m.urgencies.map((u) => option(u.id, u.name)));
		derived.textContent = '';
	};

	const showLevels = (planId: string, wanted: string | undefined) => {
		const choices = levelChoices(vendors, options, planId);
		const same =
			severity.options.length === choices.length &&
			choices.every((c, i) => severity.options[i]?.value === c.id);
		// The page renders the first plan's levels already: rebuilding them would only cost time.
		if (!same) severity.replaceChildren(...choices.map((c) => option(c.id, c.label)));
		severity.disabled = choices.length === 0;
		// Keep an unknown level visible so the error message refers to what the reader gave.
		if (wanted && !choices.some((c) => c.id === wanted)) severity.append(option(wanted));
		if (wanted) severity.value = wanted;
		// The level is named in the plan's vendor's word (severity or priority).
		const labels = levelLabels(vendors, planId, t);
		if (levelLabel.textContent !== labels.field) levelLabel.textContent = labels.field;
		if (helpChoose.textContent !== labels.helpChoose) helpChoose.textContent = labels.helpChoose;
		showMatrix(planId);
	};

	/** Shows `value` in a select, adding it as a choice when the select does not offer it. */
	const select = (field: HTMLSelectElement, value: string) => {
		if (value && ![...field.options].some((o) => o.value === value)) field.append(option(value));
		field.value = value;
	};

	plan.addEventListener('change', () => {
		showLevels(plan.value, severityForPlan(options, plan.value, severity.value));
		changed(false);
	});
	form.addEventListener('change', (event) => {
		if (event.target !== plan && !(event.target as Element).closest('[data-matrix]'))
			changed(false);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		changed(true);
	});
	nowButton.addEventListener('click', () => {
		try {
			opened.value = now(tz.value.trim());
		} catch {
			opened.value = now(browserZone);
		}
		changed(false);
	});
	// The impact × urgency helper picks the level its choices give.
	matrix.addEventListener('change', () => {
		const { vendor } = findPlan(vendors, plan.value);
		const level = vendor?.matrix && matrixLevel(vendor.matrix.levels, impact.value, urgency.value);
		if (!level) return;
		derived.textContent = t(
			levelKey('atlas.calc.derivedSeverity', levelTermForPlan(vendors, plan.value)),
			{ severity: level }
		);
		showLevels(plan.value, level);
		changed(false);
	});

	return {
		read() {
			const input: CalculatorInput = {};
			for (const name of CALCULATOR_FIELDS) {
				const value = fields[name].value.trim();
				if (value) input[name] = value;
			}
			if (!input.opened && unshownOpened) input.opened = unshownOpened;
			return input;
		},
		fill(input, linked) {
			// A plan or region the page does not offer stays visible, so that the message names it.
			select(plan, input.plan ?? '');
			showLevels(plan.value, input.severity);
			tz.value = input.tz ?? '';
			opened.value = input.opened ?? '';
			fields.holidays.value = input.holidays ?? '';
			select(region, input.region?.toUpperCase() ?? '');
			suggestRegion();
			if (linked.opened && opened.value !== linked.opened) unshownOpened = linked.opened;
		},
		begin(tier) {
			for (const name of CALCULATOR_FIELDS) {
				const control = fields[name];
				const message = fieldErrors[name];
				control.removeAttribute('aria-invalid');
				message.hidden = true;
				message.textContent = '';
				const hint = control.getAttribute('aria-describedby')?.split(' ')[0];
				if (hint === message.id) control.removeAttribute('aria-describedby');
				else if (hint) control.setAttribute('aria-describedby', hint);
			}
			summary.hidden = true;
			summary.replaceChildren();
			const rule = tier?.regionRule;
			const key = rule ?? 'unknown';
			regionLabel.textContent = t(`atlas.calc.field.region.${key}`);
			regionHint.textContent = t(`atlas.calc.field.regionHint.${key}`);
			region.disabled = rule === 'no';
		},
		showProblems(problems) {
			const term = levelTermForPlan(vendors, plan.value);
			const list = required(problemList(), 'ul');
			repeat(list, problems, (item, { field, problem }) => {
				const text = problemMessage(problem, t, true, term, tag);
				const control = fields[field];
				const message = fieldErrors[field];
				message.textContent = text;
				message.hidden = false;
				control.setAttribute('aria-invalid', 'true');
				const hint = control.getAttribute('aria-describedby');
				control.setAttribute('aria-describedby', hint ? `${message.id} ${hint}` : message.id);
				const link = required(item, 'a');
				link.setAttribute('href', `#${control.id}`);
				link.textContent = text;
				link.addEventListener('click', (event) => {
					event.preventDefault();
					control.focus();
				});
			});
			// One problem is a link of its own; several are a list.
			summary.replaceChildren(problems.length === 1 ? required(list, 'a') : list);
			summary.hidden = false;
			return summary;
		},
	};
}
