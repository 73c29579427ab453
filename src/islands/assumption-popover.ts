/**
 * Assumption markers open over the page: the opened text is placed below its marker (above it when
 * there is no room), kept inside the viewport, and pushes nothing down, so a card on a phone keeps
 * its height. One marker is open at a time; Escape, a click elsewhere or scrolling it out of view
 * closes it. Without this script the text still opens (styles/assumption-markers.css), below the marker.
 */
const MARGIN = 8;
const GAP = 4;

let current: HTMLDetailsElement | undefined;

function textOf(marker: HTMLDetailsElement): HTMLElement | null {
	return marker.querySelector<HTMLElement>('.assumption-text');
}

function place(marker: HTMLDetailsElement): void {
	const text = textOf(marker);
	const summary = marker.querySelector('summary');
	if (!text || !summary) return;
	const chip = summary.getBoundingClientRect();
	const width = Math.min(text.offsetWidth, window.innerWidth - 2 * MARGIN);
	const left = Math.max(MARGIN, Math.min(chip.left, window.innerWidth - width - MARGIN));
	const height = text.offsetHeight;
	const below = chip.bottom + GAP;
	const top =
		below + height > window.innerHeight - MARGIN && chip.top - GAP - height >= MARGIN
			? chip.top - GAP - height
			: below;
	text.style.left = `${left}px`;
	text.style.top = `${top}px`;
}

function close(marker: HTMLDetailsElement | undefined): void {
	if (marker?.open) marker.open = false;
}

document.addEventListener(
	'toggle',
	(event) => {
		const marker = event.target;
		if (!(marker instanceof HTMLDetailsElement) || !marker.matches('.assumption-marker')) return;
		if (marker.open) {
			if (current !== marker) close(current);
			current = marker;
			marker.dataset.placed = '';
			place(marker);
		} else {
			delete marker.dataset.placed;
			if (current === marker) current = undefined;
		}
	},
	true
);

document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape' || !current) return;
	const marker = current;
	close(marker);
	marker.querySelector('summary')?.focus();
});

document.addEventListener('click', (event) => {
	if (current && event.target instanceof Node && !current.contains(event.target)) close(current);
});

const follow = () => {
	if (!current) return;
	const chip = current.querySelector('summary')?.getBoundingClientRect();
	// Scrolled out of view: nothing left to point at.
	if (!chip || chip.bottom < 0 || chip.top > window.innerHeight) close(current);
	else place(current);
};
window.addEventListener('scroll', follow, { passive: true, capture: true });
window.addEventListener('resize', follow, { passive: true });
export {};
