/**
 * A form marked `data-print-as-text` prints as what the reader entered, not as controls: before
 * printing, a list of each filled field's label and value (a select's chosen option, the ticked
 * boxes of a group) stands in its place; print CSS hides the form and shows the list.
 */

/** The words a control's value reads as on paper, or undefined when it holds nothing to print. */
function valueText(control: HTMLInputElement | HTMLSelectElement): string | undefined {
	if (control instanceof HTMLSelectElement)
		return control.selectedOptions[0]?.textContent?.trim() || undefined;
	if (control.type === 'checkbox' || control.type === 'radio')
		return control.checked ? labelText(control) : undefined;
	// A date-time field's value is "2026-11-27T16:30": printed as the reader typed it.
	return control.value.trim().replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ') || undefined;
}

function labelText(control: HTMLElement): string | undefined {
	const label = control.id
		? control.ownerDocument.querySelector(`label[for="${CSS.escape(control.id)}"]`)
		: null;
	return label?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}

/** Label and value of each filled field the reader can see, in the form's order. */
export function filledFields(form: HTMLFormElement): { label: string; value: string }[] {
	const fields: { label: string; value: string }[] = [];
	for (const control of form.elements) {
		if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) continue;
		if (!control.name || control.disabled || control.closest('[hidden]')) continue;
		const value = valueText(control);
		if (!value) continue;
		const group = control.closest('fieldset')?.querySelector('legend');
		const grouped = control.type === 'checkbox' || control.type === 'radio';
		const label = grouped ? group?.textContent?.trim() : labelText(control);
		if (!label) continue;
		const same = fields.at(-1);
		if (grouped && same?.label === label) same.value += `, ${value}`;
		else fields.push({ label, value });
	}
	return fields;
}

const printed: HTMLElement[] = [];

/** Puts the filled fields of every form marked for it before the form, for paper. */
export function printInputs(): void {
	for (const form of document.querySelectorAll<HTMLFormElement>('form[data-print-as-text]')) {
		const list = document.createElement('dl');
		list.className = 'print-inputs';
		list.dataset.printOnly = '';
		for (const { label, value } of filledFields(form)) {
			const term = document.createElement('dt');
			term.textContent = label;
			const detail = document.createElement('dd');
			detail.textContent = value;
			list.append(term, detail);
		}
		form.before(list);
		printed.push(list);
	}
}

/** Removes what printInputs added. */
export function clearPrintedInputs(): void {
	for (const list of printed.splice(0)) list.remove();
}
