/**
 * What a reader can do with a result: copy its link, and add its deadlines to a calendar; neither is
 * offered for a result without deadlines. The .ics file is made when the reader reaches for its link
 * (pointer, focus, touch, click), not with every result, so that the result shows sooner; the code
 * that writes it is fetched then too, as few readers ever ask for it.
 */
import type { CalculatorResult } from '#lib/calculator/state.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { required } from './dom.ts';

export interface ResultActions {
	/** The result the actions are for now; undefined while there is none. */
	offer(result: CalculatorResult | undefined): void;
}

/** The result's actions in `root`. */
export function resultActions(root: HTMLElement, t: Translate): ResultActions {
	const actions = required(root, '[data-actions]');
	const copy = required(root, '[data-copy-link]');
	const copyStatus = required(root, '[data-copy-status]');
	const ics = required(root, '[data-ics]', HTMLAnchorElement);
	let offered: CalculatorResult | undefined;
	// The result whose file is being made, its making, and the result the link's file is for.
	let made: CalculatorResult | undefined;
	let making: Promise<void> | undefined;
	let ready: CalculatorResult | undefined;

	copy.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(location.href);
		} catch {
			// No clipboard permission (e.g. an embedded view): copy through a selected, hidden field.
			const scratch = document.createElement('textarea');
			scratch.setAttribute('aria-hidden', 'true');
			scratch.className = 'sr-only';
			scratch.textContent = location.href;
			document.body.append(scratch);
			scratch.select();
			document.execCommand('copy');
			scratch.remove();
		}
		copyStatus.textContent = t('atlas.calc.copied');
	});

	const makeFile = () => {
		const result = offered;
		if (!result || made === result) return making;
		made = result;
		making = Promise.all([
			import('#lib/calculator/deadline-events.ts'),
			import('#lib/calculator/ics.ts'),
		]).then(([{ deadlineEvents, icsFileName }, { buildIcs }]) => {
			if (made !== result) return;
			const { views, summary, terms } = result;
			const events = deadlineEvents(views, summary, location, t, terms);
			if (ics.href.startsWith('blob:')) URL.revokeObjectURL(ics.href);
			ics.href = URL.createObjectURL(
				new Blob([buildIcs(events, Date.now())], { type: 'text/calendar' })
			);
			ics.download = icsFileName(summary);
			ready = result;
		});
		return making;
	};
	for (const type of ['pointerenter', 'focus', 'pointerdown', 'contextmenu'])
		ics.addEventListener(type, () => void makeFile());
	// A click before the file is made (its code still loading) waits for it, then follows the link.
	ics.addEventListener('click', (event) => {
		if (!offered || ready === offered) return;
		event.preventDefault();
		void makeFile()?.then(() => {
			if (ready === offered) ics.click();
		});
	});

	return {
		offer(result) {
			offered = result;
			copyStatus.textContent = '';
			// Nothing to copy or to put in a calendar without deadlines.
			actions.hidden = !result?.views.length;
		},
	};
}
