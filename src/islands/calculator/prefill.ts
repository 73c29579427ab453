/**
 * A shared link's inputs in the calculator's form as soon as the page is parsed: the island (which
 * checks and answers them) can take seconds to arrive on a slow network, and meanwhile the form
 * would show the page's defaults. This module is tiny and imports nothing, so that it arrives first.
 * Each value it writes is marked on its field (`data-prefilled`), so that the island tells it from
 * what the reader typed meanwhile, which it keeps (see form.ts).
 */
const form = document.querySelector('[data-calculator] form');
const query = new URLSearchParams(location.search);
if (form instanceof HTMLFormElement && query.get('plan')) {
	for (const name of ['plan', 'severity', 'opened', 'started', 'tz', 'holidays', 'region']) {
		const control = form.elements.namedItem(name);
		let value = query.get(name)?.trim();
		if (!value) continue;
		if (control instanceof HTMLSelectElement) {
			if (name === 'region') value = value.toUpperCase();
			if (![...control.options].some((o) => o.value === value))
				control.add(new Option(value, value));
		} else if (!(control instanceof HTMLInputElement)) continue;
		control.value = value;
		// A date the field cannot show is dropped by it: the island says why.
		control.dataset.prefilled = control.value;
	}
}
