/**
 * The comparison table's small enhancements; without them the table is complete.
 * - `?highlight=<tier>` highlights that tier's column;
 * - `?tiers=<a,b>` and the tier picker choose the tiers set side by side (two on a phone by default);
 * - "show only differences" (`?differences=only`) hides rows where every tier shown shows the same
 *   thing: a row that differs only in a tier the picker has put away is hidden too;
 * - "copy link" puts the row's or column's link on the clipboard and says so on the control;
 * - the frame's scroll padding follows the sticky header's height, so a linked row is not hidden.
 */
import { DIFFERENCES_PARAM, HIGHLIGHT_PARAM, TIERS_PARAM } from '../lib/routes.ts';
import { ONLY_DIFFERENCES, parseOnlyDifferences, sameAmong } from '../lib/plans/differences.ts';
import {
	defaultTierSelection,
	parseTierSelection,
	tierSelectionParam,
} from '../lib/plans/tier-selection.ts';

function highlight(root: HTMLElement, tierId: string): void {
	const cells = root.querySelectorAll<HTMLElement>('[data-tier]');
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
				tier: cell.dataset.tier!,
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

function setUpDifferences(root: HTMLElement): void {
	const controls = root.querySelector<HTMLElement>('[data-plans-controls]');
	const toggle = root.querySelector<HTMLInputElement>('[data-differences-toggle]');
	const table = root.querySelector<HTMLElement>('[data-plans-table]');
	if (!controls || !toggle || !table) return;
	const apply = () => table.toggleAttribute('data-only-differences', toggle.checked);
	toggle.checked = parseOnlyDifferences(
		new URLSearchParams(location.search).get(DIFFERENCES_PARAM)
	);
	toggle.addEventListener('change', () => {
		apply();
		setParam(DIFFERENCES_PARAM, toggle.checked ? ONLY_DIFFERENCES : '');
	});
	apply();
	controls.hidden = false;
}

function setUpCopyLinks(root: HTMLElement): void {
	const status = root.querySelector<HTMLElement>('[data-copy-status]');
	root.addEventListener('click', async (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
		if (!link || !navigator.clipboard) return;
		event.preventDefault();
		const url = new URL(link.href, location.href).href;
		try {
			await navigator.clipboard.writeText(url);
		} catch {
			// No clipboard permission: behave like the plain link it is.
			location.href = url;
			return;
		}
		if (status) status.textContent = root.dataset.copied ?? '';
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

/** Shows only the picked tiers' columns, keeping the choice in the URL. */
function setUpTierPicker(root: HTMLElement, highlighted: string | null): void {
	const picker = root.querySelector<HTMLElement>('[data-tier-picker]');
	const table = root.querySelector<HTMLTableElement>('[data-plans-table]');
	if (!picker || !table) return;
	const boxes = [...picker.querySelectorAll<HTMLInputElement>('[data-tier-pick]')];
	const ids = boxes.map((box) => box.value);
	const apply = (selected: readonly string[]) => {
		const shown = new Set(selected);
		for (const box of boxes) box.checked = shown.has(box.value);
		for (const cell of table.querySelectorAll<HTMLElement>('[data-tier]'))
			cell.hidden = !shown.has(cell.dataset.tier!);
		for (const cell of table.querySelectorAll<HTMLTableCellElement>('th[colspan]'))
			cell.colSpan = shown.size + 1;
		table.style.setProperty('--tier-count', String(shown.size));
		markSameRows(table, selected);
	};
	const params = new URLSearchParams(location.search);
	const chosen = parseTierSelection(params.get(TIERS_PARAM), ids);
	const narrow = matchMedia('(max-width: 50rem)');
	const byWidth = () =>
		defaultTierSelection(ids, { narrow: narrow.matches, highlight: highlighted });
	apply(chosen ?? byWidth());
	// Until the reader picks tiers, the default follows the width: a desktop window narrowed to a
	// phone's (or a tablet turned) shows the phone's two tiers instead of every tier squeezed.
	let picked = chosen !== undefined;
	narrow.addEventListener('change', () => {
		if (!picked) apply(byWidth());
	});
	picker.addEventListener('change', (event) => {
		picked = true;
		let selected = boxes.filter((box) => box.checked).map((box) => box.value);
		// At least one tier stays: an empty table answers nothing.
		if (!selected.length) selected = [(event.target as HTMLInputElement).value];
		apply(selected);
		setParam(TIERS_PARAM, tierSelectionParam(selected, ids));
	});
	picker.hidden = false;
}

/**
 * Keeps the frame's scroll padding at the sticky header row's height, and calls `measured` the first
 * time it is known. The height is read from a ResizeObserver, which hands over what the browser's own
 * layout computed: reading it from the script while the page loads would force a layout of the whole
 * page inside the script's task. It follows the header when the tiers shown or the width change it.
 */
function followHeadHeight(root: HTMLElement, measured: () => void): void {
	const frame = root.querySelector<HTMLElement>('.table-frame');
	const head = frame?.querySelector('thead');
	if (!frame || !head) return;
	let first = true;
	new ResizeObserver(([entry]) => {
		const height = entry!.borderBoxSize[0]!.blockSize;
		frame.style.setProperty('--table-head-height', `${Math.ceil(height)}px`);
		if (first) {
			first = false;
			measured();
		}
	}).observe(head);
}

/** A row opened from a link: brought into view again once the header's height is known. */
function revealTarget(root: HTMLElement): void {
	const id = decodeURIComponent(location.hash.slice(1));
	const row = id ? document.getElementById(id) : null;
	if (row && root.contains(row) && row.matches('tr[data-row]'))
		row.scrollIntoView({ block: 'start' });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-plans-comparison]')) {
	const tierId =
		new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ??
		root.querySelector<HTMLElement>('thead .is-highlighted')?.dataset.tier ??
		null;
	if (tierId) highlight(root, tierId);
	setUpTierPicker(root, tierId);
	setUpDifferences(root);
	setUpCopyLinks(root);
	followHeadHeight(root, () => revealTarget(root));
	addEventListener('hashchange', () => revealTarget(root));
}
