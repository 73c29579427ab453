/**
 * The comparison table's small enhancements; without them the table is complete.
 * - `?highlight=<tier>` highlights that tier's column;
 * - "show only differences" hides rows where every tier shows the same thing;
 * - "copy link" puts the row's or column's link on the clipboard.
 */

function highlight(root: HTMLElement, tierId: string): void {
	const cells = root.querySelectorAll<HTMLElement>('[data-tier]');
	if (![...cells].some((cell) => cell.dataset.tier === tierId)) return;
	for (const cell of cells) cell.classList.toggle('is-highlighted', cell.dataset.tier === tierId);
}

function setUpDifferences(root: HTMLElement): void {
	const controls = root.querySelector<HTMLElement>('[data-plans-controls]');
	const toggle = root.querySelector<HTMLInputElement>('[data-differences-toggle]');
	const table = root.querySelector<HTMLElement>('[data-plans-table]');
	if (!controls || !toggle || !table) return;
	const apply = () => table.toggleAttribute('data-only-differences', toggle.checked);
	toggle.addEventListener('change', apply);
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
		link.setAttribute('data-copied', '');
		setTimeout(() => link.removeAttribute('data-copied'), 2000);
	});
}

for (const root of document.querySelectorAll<HTMLElement>('[data-plans-comparison]')) {
	const tierId = new URLSearchParams(location.search).get('highlight');
	if (tierId) highlight(root, tierId);
	setUpDifferences(root);
	setUpCopyLinks(root);
}
