/**
 * <atlas-sortable-table>: sorting for the cross-vendor matrix (components/plans/CompareVendorsTable.astro).
 * Each sortable column heading becomes a button, a copy of the page's template for it; a second
 * press reverses the order. Cells carry their sort value in `data-sort`; cells without one sort last.
 * Without this script the table is complete, in catalogue order.
 */
function sortValue(row: HTMLTableRowElement, column: number): string | undefined {
	return (row.cells[column] as HTMLElement | undefined)?.dataset.sort || undefined;
}

function sortTable(
	table: HTMLTableElement,
	column: number,
	type: 'number' | 'text',
	direction: 'ascending' | 'descending'
): void {
	const body = table.tBodies[0];
	if (!body) return;
	const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });
	const sign = direction === 'ascending' ? 1 : -1;
	const rows = [...body.rows].map((row, index) => ({ row, index, value: sortValue(row, column) }));
	rows.sort((a, b) => {
		// Empty cells stay at the bottom whichever way the column is sorted.
		if (a.value === undefined || b.value === undefined)
			return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
		const order =
			type === 'number' ? Number(a.value) - Number(b.value) : collator.compare(a.value, b.value);
		return order === 0 ? a.index - b.index : sign * order;
	});
	body.append(...rows.map((r) => r.row));
}

class SortableTable extends HTMLElement {
	connectedCallback() {
		// Its parts, looked up once; without them the table stays as rendered, complete.
		const table = this.querySelector<HTMLTableElement>('table[data-sortable]');
		const sortButton = this.querySelector<HTMLTemplateElement>(
			'template[data-template="sort-button"]'
		)?.content.firstElementChild;
		if (!table || !sortButton) return;
		const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
		headers.forEach((th, column) => {
			const type = th.dataset.sortType;
			if (type !== 'number' && type !== 'text') return;
			const button = sortButton.cloneNode(true) as Element;
			button.append(...th.childNodes);
			th.append(button);
			button.addEventListener('click', () => {
				const direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
				for (const other of headers) other.removeAttribute('aria-sort');
				th.setAttribute('aria-sort', direction);
				sortTable(table, column, type, direction);
			});
		});
	}
}

customElements.define('atlas-sortable-table', SortableTable);
