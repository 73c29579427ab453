/**
 * <atlas-plans-comparison>: the comparison table's small enhancements; without them the table is
 * complete (components/plans/TierComparisonTable.astro).
 * - `?highlight=<tier>` highlights that tier's column;
 * - `?tiers=<a,b>` and the tier picker choose the tiers set side by side (two on a phone by default);
 * - "show only differences" (`?differences=only`) hides rows where every tier shown shows the same
 *   thing: a row that differs only in a tier the picker has put away is hidden too;
 * - "copy link" puts the row's or column's link on the clipboard (with the tiers chosen or
 *   highlighted, so a phone shows the tier meant) and says so on the control;
 * - the frame's scroll padding follows the sticky header's height, so a linked row is not hidden
 *   (measured when a row link is followed, see measureHead).
 */
import { DIFFERENCES_PARAM, HIGHLIGHT_PARAM, TIERS_PARAM } from '#lib/routes.ts';
import { ONLY_DIFFERENCES, parseOnlyDifferences, sameAmong } from '#lib/plans/differences.ts';
import { sharedLink } from '#lib/plans/shared-link.ts';
import {
	defaultTierSelection,
	parseTierSelection,
	tierSelectionParam,
} from '#lib/plans/tier-selection.ts';

/**
 * The parts of a comparison the script works with, found once. The tier picker (more than two tiers)
 * and the differences controls (tiers to compare) are there only on tables that offer them.
 */
interface Parts {
	root: HTMLElement;
	table: HTMLTableElement;
	/** The scrolling frame around the table, and the table's sticky header. */
	frame: HTMLElement;
	head: HTMLTableSectionElement;
	/** Where "copied" is said to screen readers. */
	status: HTMLElement;
	picker: HTMLElement | null;
	controls: HTMLElement | null;
}

function highlight(table: HTMLElement, tierId: string): void {
	const cells = table.querySelectorAll<HTMLElement>('[data-tier]');
	if (![...cells].some((cell) => cell.dataset.tier === tierId)) return;
	for (const cell of cells) cell.classList.toggle('is-highlighted', cell.dataset.tier === tierId);
}

/** Writes one query parameter into the address bar (removed when empty), keeping commas readable. */
function setParam(name: string, value: string): void {
	const url = new URL(location.href);
	if (value) url.searchParams.set(name, value);
	else url.searchParams.delete(name);
	history.replaceState(history.state, '', url.href.replaceAll('%2C', ','));
}

/**
 * Marks the rows (and groups) whose compared tiers all show the same thing, for "show only
 * differences" to hide: only the tiers shown count.
 */
function markSameRows(table: HTMLElement, compared: readonly string[]): void {
	for (const group of table.querySelectorAll<HTMLElement>('tbody')) {
		const rows = [...group.querySelectorAll<HTMLElement>('tr[data-row]')];
		for (const row of rows) {
			const cells = [...row.querySelectorAll<HTMLElement>('td[data-tier]')].map((cell) => ({
				tier: cell.dataset.tier ?? '',
				variant: Number(cell.dataset.variant),
			}));
			row.toggleAttribute('data-same', sameAmong(cells, compared));
		}
		group.toggleAttribute(
			'data-same',
			rows.length > 0 && rows.every((r) => r.hasAttribute('data-same'))
		);
	}
}

/** The tiers shown now: the tier picker keeps it, "show only differences" compares them. */
interface Shown {
	tiers: readonly string[];
}

/**
 * Sets up "show only differences" and returns what applies it: the rows are marked for the tiers
 * shown only while it is on (the page renders the marks for every tier; nothing reads them while off).
 */
function setUpDifferences({ table, controls }: Parts, shown: Shown): () => void {
	const toggle = controls?.querySelector<HTMLInputElement>('input[data-differences-toggle]');
	if (!controls || !toggle) return () => {};
	const apply = () => {
		if (toggle.checked) markSameRows(table, shown.tiers);
		table.toggleAttribute('data-only-differences', toggle.checked);
	};
	toggle.checked = parseOnlyDifferences(
		new URLSearchParams(location.search).get(DIFFERENCES_PARAM)
	);
	toggle.addEventListener('change', () => {
		apply();
		setParam(DIFFERENCES_PARAM, toggle.checked ? ONLY_DIFFERENCES : '');
	});
	controls.hidden = false;
	return apply;
}

function setUpCopyLinks({ root, status }: Parts): void {
	root.addEventListener('click', async (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
		if (!link || !navigator.clipboard) return;
		event.preventDefault();
		const url = sharedLink(new URL(link.href, location.href).href, location.search);
		try {
			await navigator.clipboard.writeText(url);
		} catch {
			// No clipboard permission: behave like the plain link it is.
			location.href = url;
			return;
		}
		status.textContent = root.dataset.copied ?? '';
		const label = link.querySelector<HTMLElement>('[data-copy-label]');
		const words = label?.textContent ?? '';
		if (label) label.textContent = root.dataset.copied ?? words;
		link.setAttribute('data-copied', '');
		setTimeout(() => {
			link.removeAttribute('data-copied');
			if (label) label.textContent = words;
		}, 2500);
	});
}

/**
 * Shows only the picked tiers' columns, keeping the choice in the URL. The page renders the default
 * for its highlighted tier (on a phone the pair that tier-selection.ts picks, by CSS; elsewhere every
 * tier), so while that default stands the script only ticks the picker's boxes: hiding columns
 * while the page loads would restyle the whole table. `changed` is called when the tiers shown change.
 */
function setUpTierPicker(
	{ table, picker }: Parts,
	highlight: { rendered: string | null; shown: string | null },
	shown: Shown,
	changed: () => void
): void {
	if (!picker) return;
	const boxes = [...picker.querySelectorAll<HTMLInputElement>('[data-tier-pick]')];
	const ids = boxes.map((box) => box.value);
	const tick = (selected: readonly string[]) => {
		const set = new Set(selected);
		for (const box of boxes) box.checked = set.has(box.value);
		shown.tiers = selected;
	};
	/** Shows exactly `selected`, in place of the rendered default. */
	const choose = (selected: readonly string[]) => {
		tick(selected);
		const set = new Set(selected);
		table.setAttribute('data-tiers-chosen', '');
		for (const cell of table.querySelectorAll<HTMLElement>('[data-tier]'))
			cell.hidden = !set.has(cell.dataset.tier ?? '');
		for (const cell of table.querySelectorAll<HTMLTableCellElement>('th[colspan]'))
			cell.colSpan = set.size + 1;
		table.style.setProperty('--tier-count', String(set.size));
		changed();
	};
	// A screen's width only: paper prints every tier, whatever a phone shows.
	const narrow = matchMedia('screen and (max-width: 50rem)');
	const byWidth = () =>
		defaultTierSelection(ids, { narrow: narrow.matches, highlight: highlight.shown });
	// A ?highlight= other than the page's own moves the phone's pair: the script shows that one.
	const rendered = highlight.shown === highlight.rendered;
	const useDefault = () => {
		if (!rendered || table.hasAttribute('data-tiers-chosen')) return choose(byWidth());
		tick(byWidth());
		changed();
	};
	const chosen = parseTierSelection(new URLSearchParams(location.search).get(TIERS_PARAM), ids);
	if (chosen) choose(chosen);
	else useDefault();
	// Until the reader picks tiers, the default follows the width: a desktop window narrowed to a
	// phone's (or a tablet turned) shows the phone's two tiers instead of every tier squeezed.
	let picked = chosen !== undefined;
	narrow.addEventListener('change', () => {
		if (!picked) useDefault();
	});
	picker.addEventListener('change', (event) => {
		picked = true;
		let selected = boxes.filter((box) => box.checked).map((box) => box.value);
		// At least one tier stays: an empty table answers nothing.
		if (!selected.length) selected = [(event.target as HTMLInputElement).value];
		choose(selected);
		setParam(TIERS_PARAM, tierSelectionParam(selected, ids));
	});
	picker.hidden = false;
}

/**
 * Sets the frame's scroll padding (and its rows' scroll margin) to the sticky header row's height,
 * read when it is needed: as the reader reaches into the table (a row link is about to be followed)
 * and for a row opened from the address. Read while the page loads, it would lay out the whole page
 * inside the script's task; kept by an observer, each change would restyle the whole table.
 */
function measureHead({ frame, head }: Parts): void {
	const height = `${Math.ceil(head.getBoundingClientRect().height)}px`;
	if (frame.style.getPropertyValue('--table-head-height') !== height)
		frame.style.setProperty('--table-head-height', height);
}

/** A row opened from a link: brought into view again, clear of the header as measured now. */
function revealTarget(parts: Parts): void {
	const id = decodeURIComponent(location.hash.slice(1));
	const row = id ? document.getElementById(id) : null;
	if (!row || !parts.table.contains(row) || !row.matches('tr[data-row]')) return;
	measureHead(parts);
	row.scrollIntoView({ block: 'start' });
}

class PlansComparison extends HTMLElement {
	connectedCallback() {
		// Its parts, looked up once; without them the table stays as rendered, complete.
		const table = this.querySelector<HTMLTableElement>('table[data-plans-table]');
		const frame = this.querySelector<HTMLElement>('.table-frame');
		const head = table?.tHead;
		const status = this.querySelector<HTMLElement>('[data-copy-status]');
		if (!table || !frame || !head || !status) return;
		const parts: Parts = {
			root: this,
			table,
			frame,
			head,
			status,
			picker: this.querySelector('[data-tier-picker]'),
			controls: this.querySelector('[data-plans-controls]'),
		};
		const rendered = parts.head.querySelector<HTMLElement>('.is-highlighted')?.dataset.tier ?? null;
		const tierId = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? rendered;
		if (tierId) highlight(table, tierId);
		const shown: Shown = {
			tiers: [...parts.head.querySelectorAll<HTMLElement>('[data-tier]')].map(
				(th) => th.dataset.tier ?? ''
			),
		};
		const differences = setUpDifferences(parts, shown);
		setUpTierPicker(parts, { rendered, shown: tierId }, shown, differences);
		differences();
		setUpCopyLinks(parts);
		for (const type of ['pointerdown', 'focusin'])
			this.addEventListener(type, () => measureHead(parts), { passive: true });
		revealTarget(parts);
		addEventListener('hashchange', () => revealTarget(parts));
	}
}

customElements.define('atlas-plans-comparison', PlansComparison);
