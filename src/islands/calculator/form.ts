/**
 * The calculator's form: what it holds, the fields the chosen plan needs (add-ons, request type, the
 * level field and the impact × urgency helper, ticket attributes, when the vendor set the level), the
 * region field's words, and each problem shown at its field with a summary above the form that links
 * to each. What it shows is decided in src/lib/calculator/; this only reads and writes it.
 */
import { levelChoices } from '#lib/calculator/levels.ts';
import { regionLabels } from '#lib/calculator/regions.ts';
import {
	attributeChoices,
	attributeField,
	findPlan,
	levelLabels,
	levelTermForPlan,
	severityForPlan,
	ticketFields,
	type CalculatorField,
	type CalculatorInput,
	type FieldProblem,
	type LevelLabels,
} from '#lib/calculator/state.ts';
import { matrixLevel } from '#lib/catalogue/query.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import { foreignLanguage, plainText, type Phrase } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { PlanOption } from '#lib/sla/request.ts';
import type {
	CalculatorPageData,
	CalculatorTier,
	CalculatorVendor,
} from '#lib/views/pages/calculator.ts';
import { phraseNodes, repeat, required, template } from './dom.ts';

export interface CalculatorForm {
	/**
	 * What the form holds, each field trimmed and left out when empty or not asked for; the fields the
	 * plan needs are shown first (see ticketFields).
	 */
	read(): CalculatorInput;
	/**
	 * Writes the input the page starts with; `linked` is what the link's query said. A field the reader
	 * changed before the island ran keeps what they gave; returns whether any did.
	 */
	fill(input: CalculatorInput, linked: CalculatorInput): boolean;
	/**
	 * As a calculation begins: every problem is taken away, and the region field is worded after the
	 * terms of the plan's tier (see CalculatorTier.regionRule).
	 */
	begin(tier: CalculatorTier | undefined): void;
	/**
	 * Each problem at its field, and a summary above the form (their wording is loaded on the first
	 * problem); resolves to the summary, or to nothing when `current` says a later change overtook them
	 * while their wording loaded.
	 */
	showProblems(
		problems: readonly FieldProblem[],
		current: () => boolean
	): Promise<HTMLElement | undefined>;
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

/**
 * Whether the reader changed a control from what the page rendered in it, or from the link's value
 * written into it before the island ran (prefill.ts).
 */
const changedByReader = (control: HTMLInputElement | HTMLSelectElement) => {
	const prefilled = control.dataset.prefilled;
	if (prefilled !== undefined) return control.value !== prefilled;
	if (control instanceof HTMLSelectElement) {
		const rendered = [...control.options].find((o) => o.defaultSelected) ?? control.options[0];
		return control.value !== (rendered?.value ?? '');
	}
	return control.type === 'checkbox'
		? control.checked !== control.defaultChecked
		: control.value !== control.defaultValue;
};

/** The ids of a comma-separated list. */
const ids = (text: string | undefined) => (text ? text.split(',') : []);

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
	const plan = required(form, '[name=plan]', HTMLSelectElement);
	const severity = required(form, '[name=severity]', HTMLSelectElement);
	const type = required(form, '[name=type]', HTMLSelectElement);
	const opened = required(form, '[name=opened]', HTMLInputElement);
	const started = required(form, '[name=started]', HTMLInputElement);
	const tz = required(form, '[name=tz]', HTMLInputElement);
	const region = required(form, '[name=region]', HTMLSelectElement);
	const summary = required(form, '[data-error]');
	const problemList = template(root, 'problems');
	const addOnTemplate = template(root, 'add-on');
	const attributeTemplate = template(root, 'attribute');
	const addOnField = required(form, '[data-addons]');
	const addOnList = required(addOnField, '[data-addon-list]');
	const typeField = required(form, '[data-type-field]');
	const levelField = required(form, '[data-level-field]');
	const attributeList = required(form, '[data-attributes]');
	const startedField = required(form, '[data-started-field]');
	const zoneList = required(form, '#calculator-zones');
	const regionLabel = required(form, 'label[for="calc-region"]');
	const regionHint = required(form, '#calc-region-hint');
	const matrix = required(form, '[data-matrix]');
	const impact = required(matrix, '[data-impact]', HTMLSelectElement);
	const urgency = required(matrix, '[data-urgency]', HTMLSelectElement);
	const derived = required(matrix, '[data-derived]');
	const nowButton = required(form, '[data-now]');

	// A date-time input drops a value it cannot show (e.g. 30 February from a link); keep what the link
	// said until the reader edits the field, so the message can name it.
	const unshown: Partial<Record<'opened' | 'started', string>> = {};
	const dated = [opened, started] as const;
	for (const input of dated)
		input.addEventListener('input', () => delete unshown[input.name as keyof typeof unshown]);
	// Add-ons and a request type that a link gives and its plan does not offer stay shown (chosen) until
	// the plan changes, so that the message names them.
	let linkedPlan: string | undefined;
	// The plan and add-ons whose levels the level field offers.
	let levelsFor: string | undefined;

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
	const showMatrix = (planId: string, hidden: boolean) => {
		const { vendor } = findPlan(vendors, planId);
		const m = vendor?.matrix;
		matrix.hidden = !m || hidden;
		if (!m || matrixVendor === vendor?.id) return;
		matrixVendor = vendor?.id;
		impact.replaceChildren(...m.impacts.map((i) => option(i.id, i.name)));
		urgency.replaceChildren(...m.urgencies.map((u) => option(u.id, u.name)));
		derived.textContent = '';
	};

	/** Shows `value` in a select, adding it as a choice when the select does not offer it. */
	const select = (field: HTMLSelectElement, value: string) => {
		if (value && ![...field.options].some((o) => o.value === value)) field.append(option(value));
		field.value = value;
	};

	/**
	 * Whether a select (or a list of checkboxes) offers exactly these choices, in this order, with
	 * these words: then it need not be rebuilt.
	 */
	const offers = (
		choices: readonly { id: string; name: Phrase }[],
		shown: readonly { value: string; text: string }[]
	) =>
		shown.length === choices.length &&
		choices.every((c, i) => shown[i]!.value === c.id && shown[i]!.text === plainText(c.name));

	const showLevels = (planId: string, wanted: string | undefined, addOns: readonly string[]) => {
		const choices = levelChoices(vendors, options, planId, addOns);
		// The page renders the first plan's levels already: rebuilding them would only cost time.
		if (
			!offers(
				choices.map((c) => ({ id: c.id, name: plainText(c.label) })),
				[...severity.options]
			)
		)
			severity.replaceChildren(...choices.map((c) => option(c.id, c.label)));
		severity.disabled = choices.length === 0;
		// Keep an unknown level visible so the error message refers to what the reader gave.
		if (wanted) select(severity, wanted);
		// The level is named in the plan's vendor's word (severity or priority), wherever the form does.
		const labels = levelLabels(vendors, planId, t);
		for (const node of form.querySelectorAll<HTMLElement>('[data-level-text]')) {
			const text = labels[node.dataset.levelText as keyof LevelLabels];
			if (node.textContent !== text) node.textContent = text;
		}
	};

	/** A field for each of the vendor's attributes, built from the page's template. */
	const attributeFields = (vendor: CalculatorVendor) =>
		vendor.names.attributes.map((attribute) => {
			const field = required(attributeTemplate(), '[data-attribute]');
			const name = attributeField(attribute.id);
			const id = `calc-${name}`;
			field.dataset.attribute = attribute.id;
			const label = required(field, 'label', HTMLLabelElement);
			label.htmlFor = id;
			label.replaceChildren(...phraseNodes(attribute.name));
			const control = required(field, 'select', HTMLSelectElement);
			control.id = id;
			control.name = name;
			control.append(...attributeChoices(attribute, t).map((c) => option(c.value, c.text)));
			const error = required(field, '[data-field-error]');
			error.id = `${id}-error`;
			error.dataset.fieldError = name;
			return field;
		});

	/**
	 * Shows the fields the plan needs for `input` (see ticketFields). With `linked`, sets them to what
	 * `input` says (a link's values, kept visible when the plan does not offer them, so that their
	 * problems name them); otherwise they keep what the reader chose.
	 */
	const showFields = (input: CalculatorInput, linked: boolean) => {
		const planId = plan.value;
		const { vendor } = findPlan(vendors, planId);
		const fields = ticketFields(vendors, options, input);
		const addOns = ids(input.addons);

		const offered = [
			...fields.addOns,
			...(planId === linkedPlan ? addOns : [])
				.filter((id) => !fields.addOns.some((a) => a.id === id))
				.map((id) => ({ id, name: id })),
		];
		const boxes = () => [...addOnList.querySelectorAll('input')];
		if (
			!offers(
				offered,
				boxes().map((b) => ({ value: b.value, text: b.labels?.[0]?.textContent ?? '' }))
			)
		)
			addOnList.replaceChildren(
				...offered.map((a) => {
					const item = addOnTemplate();
					const box = required(item, 'input', HTMLInputElement);
					box.value = a.id;
					box.id = `calc-addon-${a.id}`;
					const label = required(item, 'label', HTMLLabelElement);
					label.htmlFor = box.id;
					label.replaceChildren(...phraseNodes(a.name));
					return item;
				})
			);
		for (const box of boxes()) box.checked = addOns.includes(box.value);
		addOnField.hidden = offered.length === 0;

		const wantedType = linked ? (input.type ?? '') : type.value;
		const types = [
			...fields.requestTypes,
			...(planId === linkedPlan &&
			wantedType &&
			!fields.requestTypes.some((r) => r.id === wantedType)
				? [{ id: wantedType, name: wantedType }]
				: []),
		];
		if (!offers(types, [...type.options].slice(1)))
			type.replaceChildren(type.options[0]!, ...types.map((r) => option(r.id, r.name)));
		type.value = types.some((r) => r.id === wantedType) ? wantedType : '';
		typeField.hidden = types.length === 0;
		const typed = Boolean(type.value);
		levelField.hidden = typed;

		const levelsKey = `${planId}|${addOns.join()}`;
		if (linked || levelsKey !== levelsFor)
			showLevels(
				planId,
				linked ? input.severity : severityForPlan(options, planId, severity.value, addOns),
				addOns
			);
		levelsFor = levelsKey;
		showMatrix(planId, typed);

		if (vendor && attributeList.dataset.vendor !== vendor.id) {
			attributeList.dataset.vendor = vendor.id;
			attributeList.replaceChildren(...attributeFields(vendor));
		}
		for (const field of attributeList.querySelectorAll<HTMLElement>('[data-attribute]')) {
			const id = field.dataset.attribute!;
			field.hidden = !fields.attributes.includes(id);
			if (linked)
				select(required(field, 'select', HTMLSelectElement), input[attributeField(id)] ?? '');
		}
		startedField.hidden = !fields.started;
	};

	/** What the shown fields hold. */
	const values = (): CalculatorInput => {
		const input: CalculatorInput = {};
		for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
			const value = control.value.trim();
			const unchecked = control.type === 'checkbox' && !(control as HTMLInputElement).checked;
			if (!value || unchecked || control.closest('[hidden]')) continue;
			const name = control.name as CalculatorField;
			input[name] = input[name] ? `${input[name]},${value}` : value;
		}
		for (const name of ['opened', 'started'] as const)
			if (!input[name] && unshown[name] && !(name === 'started' && startedField.hidden))
				input[name] = unshown[name];
		return input;
	};

	plan.addEventListener('change', () => (linkedPlan = undefined));
	form.addEventListener('change', (event) => {
		if (!(event.target as Element).closest('[data-matrix]')) changed(false);
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
		select(severity, level);
		changed(false);
	});

	return {
		read() {
			// Which fields a plan needs depends on what the others hold (the level decides which attributes
			// matter, and those which target's clock applies): twice settles it.
			showFields(values(), false);
			showFields(values(), false);
			return values();
		},
		fill(input, linked) {
			// What the reader typed or chose while the page loaded is theirs: it is put back afterwards.
			const typed = [
				...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]'),
			].flatMap((control) =>
				changedByReader(control)
					? [{ control, value: control.value, checked: 'checked' in control && control.checked }]
					: []
			);
			// A plan or region the page does not offer stays visible, so that the message names it.
			select(plan, input.plan ?? '');
			linkedPlan = plan.value;
			showFields(input, true);
			tz.value = input.tz ?? '';
			opened.value = input.opened ?? '';
			started.value = input.started ?? '';
			required(form, '[name=holidays]', HTMLInputElement).value = input.holidays ?? '';
			select(region, input.region?.toUpperCase() ?? '');
			suggestRegion();
			for (const input of dated) {
				const name = input.name as keyof typeof unshown;
				const given = linked[name];
				if (given && input.value !== given) unshown[name] = given;
			}
			for (const { control, value, checked } of typed) {
				if (control instanceof HTMLSelectElement) select(control, value);
				else if (control.type === 'checkbox') control.checked = checked;
				else {
					control.value = value;
					delete unshown[control.name as keyof typeof unshown];
				}
			}
			return typed.length > 0;
		},
		begin(tier) {
			for (const message of form.querySelectorAll<HTMLElement>('[data-field-error]')) {
				message.hidden = true;
				message.textContent = '';
			}
			for (const control of form.querySelectorAll('[aria-invalid]')) {
				control.removeAttribute('aria-invalid');
				const hints = control
					.getAttribute('aria-describedby')
					?.split(' ')
					.filter((id) => !id.endsWith('-error'))
					.join(' ');
				if (hints) control.setAttribute('aria-describedby', hints);
				else control.removeAttribute('aria-describedby');
			}
			summary.hidden = true;
			summary.replaceChildren();
			const rule = tier?.regionRule;
			const key = rule ?? 'unknown';
			regionLabel.textContent = t(`atlas.calc.field.region.${key}`);
			regionHint.textContent = t(`atlas.calc.field.regionHint.${key}`);
			region.disabled = rule === 'no';
		},
		async showProblems(problems, current) {
			const { problemMessage } = await import('#lib/calculator/problems.ts');
			if (!current()) return undefined;
			const term = levelTermForPlan(vendors, plan.value);
			const names = findPlan(vendors, plan.value).vendor?.names;
			const list = required(problemList(), 'ul');
			repeat(list, problems, (item, { field, problem }) => {
				const text = problemMessage(problem, t, true, term, tag, names);
				const controls = [...form.querySelectorAll<HTMLElement>(`[name="${field}"]`)];
				const message = form.querySelector<HTMLElement>(`[data-field-error="${field}"]`);
				if (message) {
					message.textContent = text;
					message.hidden = false;
				}
				for (const control of controls) {
					control.setAttribute('aria-invalid', 'true');
					const hint = control.getAttribute('aria-describedby');
					if (message)
						control.setAttribute('aria-describedby', hint ? `${message.id} ${hint}` : message.id);
				}
				const link = required(item, 'a');
				link.setAttribute('href', `#${controls[0]?.id ?? ''}`);
				link.textContent = text;
				link.addEventListener('click', (event) => {
					event.preventDefault();
					controls[0]?.focus();
				});
			});
			// One problem is a link of its own; several are a list.
			summary.replaceChildren(problems.length === 1 ? required(list, 'a') : list);
			summary.hidden = false;
			return summary;
		},
	};
}
