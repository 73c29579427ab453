/**
 * <severity-picker>: the impact × urgency picker of a severity guide
 * (components/docs/SeverityPicker.astro). Every possible answer is rendered on the server (hidden),
 * so the script only shows the one chosen and carries no text of its own.
 */
import { matrixLevel, type SeverityMatrixLevels } from '#lib/catalogue/query.ts';

/** Shows the level for the chosen impact and urgency. */
class SeverityPicker extends HTMLElement {
	connectedCallback() {
		const levels = JSON.parse(this.dataset.levels ?? '{}') as SeverityMatrixLevels;
		// Its parts, looked up once; the page renders them all, and without them the picker stays hidden.
		const form = this.querySelector('form');
		const impact = this.querySelector<HTMLSelectElement>('select[data-picker-impact]');
		const urgency = this.querySelector<HTMLSelectElement>('select[data-picker-urgency]');
		const prompt = this.querySelector<HTMLElement>('[data-picker-prompt]');
		if (!form || !impact || !urgency || !prompt) return;
		const results = [...form.querySelectorAll<HTMLElement>('[data-picker-result]')];
		const update = () => {
			const level = matrixLevel(levels, impact.value, urgency.value);
			prompt.hidden = level !== undefined;
			for (const result of results) result.hidden = result.dataset.pickerResult !== level;
		};
		impact.addEventListener('change', update);
		urgency.addEventListener('change', update);
		form.addEventListener('submit', (event) => event.preventDefault());
		update();
		this.hidden = false;
	}
}

customElements.define('severity-picker', SeverityPicker);
