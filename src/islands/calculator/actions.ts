/**
 * What a reader can do with a result: copy its link, and add its deadlines to a calendar. The .ics
 * file is made when the reader reaches for its link (pointer, focus, touch, click), not with every
 * result, so that the result shows sooner.
 */
import { deadlineEvents, icsFileName } from '#lib/calculator/deadline-events.ts';
import { buildIcs } from '#lib/calculator/ics.ts';
import type { CalculatorResult } from '#lib/calculator/state.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { required } from './dom.ts';

export interface ResultActions {
	/** The result the actions are for now; undefined while there is none. */
	offer(result: CalculatorResult | undefined): void;
}

/** The result's actions in `root`. */
export function resultActions(root: HTMLElement, t: Translate): ResultActions {
	const copy = required(root, '[data-copy-link]');
	const copyStatus = required(root, '[data-copy-status]');
	const ics = required(root, '[data-ics]', HTMLAnchorElement);
	let offered: CalculatorResult | undefined;
	// The result the file behind the link was made for.
	let made: CalculatorResult | undefined;

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
		if (!offered || made === offered) return;
		made = offered;
		const { views, summary, terms } = offered;
		const events = deadlineEvents(views, summary, location, t, terms);
		if (ics.href.startsWith('blob:')) URL.revokeObjectURL(ics.href);
		ics.href = URL.createObjectURL(
			new Blob([buildIcs(events, Date.now())], { type: 'text/calendar' })
		);
		ics.download = icsFileName(summary);
	};
	for (const type of ['pointerenter', 'focus', 'pointerdown', 'click', 'contextmenu'])
		ics.addEventListener(type, makeFile);

	return {
		offer(result) {
			offered = result;
		},
	};
}
