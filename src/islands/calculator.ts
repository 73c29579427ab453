/**
 * The calculator island. The page is static HTML (the form and its labels); this script reads the
 * plan data embedded in the page, keeps the whole state in the URL query, computes deadlines with the
 * engine and renders them. Temporal's polyfill is fetched only when the browser lacks Temporal.
 */
import { formatMinutes } from '../lib/i18n/format.ts';
import type { LocaleTag } from '../lib/i18n/locales.ts';
import { createTranslate } from '../lib/i18n/ui-strings.ts';
import { buildIcs } from '../lib/ics.ts';
import { calculatorPath } from '../lib/routes.ts';
import { computeDeadlines } from '../lib/sla/deadlines.ts';
import { ensureTemporal } from '../lib/sla/ensure-temporal.ts';
import {
	isRequestProblem,
	resolveRequest,
	severityChoices,
	type PlanOption,
	type RequestProblem,
	type RequestText,
} from '../lib/sla/request.ts';
import type { CalculatorVendor } from '../lib/views/calculator.ts';
import type { AssumptionMarker } from '../lib/views/markers.ts';
import type { TargetProvenance } from '../lib/views/target-provenance.ts';
import { describeDeadlines, type DeadlineView } from '../lib/views/deadlines.ts';

interface PageData {
	tag: LocaleTag;
	strings: Record<string, string>;
	fallback: Record<string, string>;
	vendors: CalculatorVendor[];
}

const FIELDS = ['plan', 'severity', 'opened', 'tz', 'holidays'] as const;
type Field = (typeof FIELDS)[number];
const PROBLEM_FIELD: Record<RequestProblem['problem'], Field> = {
	'missing-plan': 'plan',
	'unknown-plan': 'plan',
	'missing-severity': 'severity',
	'unknown-severity': 'severity',
	'no-severities': 'severity',
	'missing-opened': 'opened',
	'invalid-time': 'opened',
	'missing-zone': 'tz',
	'invalid-zone': 'tz',
	'abbreviated-zone': 'tz',
	'invalid-holiday': 'holidays',
	'unknown-region': 'holidays',
	'too-many-holidays': 'holidays',
};

/** Creates an element with text content (never HTML: catalogue text is shown as text). */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

async function main() {
	const root = document.querySelector<HTMLElement>('[data-calculator]');
	const dataElement = document.getElementById('calculator-data');
	if (!root || !dataElement) return;
	const data = JSON.parse(dataElement.textContent ?? '{}') as PageData;
	const { tag } = data;
	const t = createTranslate(tag, data.strings, data.fallback);
	await ensureTemporal();

	const form = root.querySelector<HTMLFormElement>('form')!;
	const field = (name: Field) =>
		form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
	const error = root.querySelector<HTMLElement>('[data-error]')!;
	const openingNote = root.querySelector<HTMLElement>('[data-opening-note]')!;
	const results = root.querySelector<HTMLElement>('[data-results]')!;
	const list = root.querySelector<HTMLElement>('[data-results-list]')!;
	const severityInfo = root.querySelector<HTMLElement>('[data-severity-info]')!;
	const matrix = root.querySelector<HTMLDetailsElement>('[data-matrix]')!;
	const assumptions = root.querySelector<HTMLElement>('[data-assumptions]')!;
	const terms = root.querySelector<HTMLElement>('[data-terms]')!;
	const ics = root.querySelector<HTMLAnchorElement>('[data-ics]')!;
	const copy = root.querySelector<HTMLButtonElement>('[data-copy-link]')!;
	const copyStatus = root.querySelector<HTMLElement>('[data-copy-status]')!;
	const zoneList = root.querySelector<HTMLDataListElement>('#calculator-zones')!;

	const options: PlanOption[] = data.vendors.flatMap((v) =>
		v.tiers.map((tier) => ({
			plan: `${v.id}/${tier.id}`,
			severities: severityChoices(
				v.severities.map((s) => s.id),
				tier.targets
			),
		}))
	);
	const find = (plan: string) => {
		const [vendorId, tierId] = plan.split('/');
		const vendor = data.vendors.find((v) => v.id === vendorId);
		return { vendor, tier: vendor?.tiers.find((x) => x.id === tierId) };
	};

	const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	const nowIn = (zone: string) =>
		Temporal.Now.plainDateTimeISO(zone)
			.round({ smallestUnit: 'minute', roundingMode: 'floor' })
			.toString({ smallestUnit: 'minute' });
	for (const zone of Intl.supportedValuesOf?.('timeZone') ?? [])
		zoneList.append(el('option', { value: zone }));

	/** Fills the severity select with the plan's choices, keeping the current one when it still fits. */
	function fillSeverities(plan: string, wanted: string) {
		const select = field('severity') as HTMLSelectElement;
		const { vendor } = find(plan);
		const choices = options.find((o) => o.plan === plan)?.severities ?? [];
		select.replaceChildren(
			...choices.map((id) =>
				el(
					'option',
					{ value: id },
					`${id} · ${vendor?.severities.find((s) => s.id === id)?.name ?? id}`
				)
			)
		);
		select.disabled = choices.length === 0;
		if (choices.includes(wanted)) select.value = wanted;
		else if (wanted) {
			// Keep an unknown severity visible so the error message refers to what the reader gave.
			select.append(el('option', { value: wanted }, wanted));
			select.value = wanted;
		}
		renderMatrix(plan);
	}

	function renderSeverityInfo(plan: string, severityId: string) {
		const { vendor } = find(plan);
		const level = vendor?.severities.find((s) => s.id === severityId);
		severityInfo.replaceChildren();
		if (!level) return;
		severityInfo.append(
			el(
				'p',
				{},
				el('strong', {}, t('atlas.format.label', { label: `${level.id} · ${level.name}` })),
				level.definition,
				...markers(level.assumptions)
			)
		);
		if (level.examples.length)
			severityInfo.append(
				el('p', {}, t('atlas.calc.examples')),
				el('ul', {}, ...level.examples.map((e) => el('li', {}, e)))
			);
	}

	let matrixVendor: string | undefined;
	function renderMatrix(plan: string) {
		const { vendor } = find(plan);
		const m = vendor?.matrix;
		matrix.hidden = !m;
		// Rebuilding the choices would reset the reader's picks; only a change of vendor needs it.
		if (!m || matrixVendor === vendor?.id) return;
		matrixVendor = vendor?.id;
		const impact = matrix.querySelector<HTMLSelectElement>('[data-impact]')!;
		const urgency = matrix.querySelector<HTMLSelectElement>('[data-urgency]')!;
		impact.replaceChildren(...m.impacts.map((i) => el('option', { value: i.id }, i.name)));
		urgency.replaceChildren(...m.urgencies.map((u) => el('option', { value: u.id }, u.name)));
		matrix.querySelector<HTMLElement>('[data-derived]')!.textContent = '';
	}

	// A date-time input drops a value it cannot show (e.g. 30 February from a link); keep what the link
	// said until the reader edits the field, so the message can name it.
	let unshownOpened: string | undefined;
	function readForm(): RequestText {
		const text: RequestText = {};
		for (const name of FIELDS) {
			const value = field(name).value.trim();
			if (value) text[name] = value;
		}
		if (!text.opened && unshownOpened) text.opened = unshownOpened;
		return text;
	}

	function showProblem(problem: RequestProblem) {
		const vars: Record<string, string> = {};
		if ('value' in problem) vars.value = problem.value;
		if ('choices' in problem) vars.choices = problem.choices.join(', ');
		if ('max' in problem) vars.max = problem.max;
		error.textContent = t(`atlas.calc.error.${problem.problem}`, vars);
		error.hidden = false;
		const bad = field(PROBLEM_FIELD[problem.problem]);
		bad.setAttribute('aria-invalid', 'true');
		bad.setAttribute('aria-describedby', error.id);
		results.hidden = true;
	}

	let current: { views: DeadlineView[]; summary: string } | undefined;

	/** Assumption markers as on the site's pages: "Assumption n", opening to its text in place. */
	function markers(list: readonly AssumptionMarker[]): HTMLElement[] {
		return list.map((m) =>
			el(
				'details',
				{ class: 'assumption-marker', 'data-assumption-marker': m.id },
				el('summary', {}, m.label),
				el('span', { class: 'assumption-text', role: 'note' }, m.text)
			)
		);
	}

	function renderDeadline(view: DeadlineView, provenance?: TargetProvenance): HTMLElement {
		const article = el('article', { class: 'deadline', 'data-kind': view.kind });
		article.append(el('h3', {}, view.severity ? `${view.label} · ${view.severity}` : view.label));
		const label = (key: string) => t('atlas.format.label', { label: t(key) });
		article.append(
			el(
				'p',
				{ class: 'promise' },
				`${label('atlas.calc.label.target')}${view.promise} · ${label('atlas.calc.label.coverage')}${view.coverage}`
			)
		);
		article.append(
			el(
				'p',
				{ class: 'due' },
				label('atlas.calc.label.due'),
				el(
					'time',
					{ datetime: view.dueInstant, 'data-target': view.kind, 'data-zoned': view.dueZoned },
					view.dueText
				)
			)
		);
		if (view.dueInCoverageZoneText)
			article.append(el('p', { class: 'coverage-zone' }, view.dueInCoverageZoneText));
		if (provenance) {
			article.append(el('p', { class: 'source', 'data-source-line': '' }, provenance.sourceText));
			if (provenance.clock)
				article.append(
					el('p', { class: 'clock', 'data-clock': provenance.clock.basis }, provenance.clock.text)
				);
			if (provenance.assumptions.length)
				article.append(
					el(
						'div',
						{ class: 'assumptions', 'data-target-assumptions': '' },
						t('atlas.format.label', { label: t('atlas.calc.label.restsOn') }),
						...markers(provenance.assumptions)
					)
				);
		}
		article.append(
			el('p', { class: 'countdown', 'data-countdown': view.dueInstant, 'aria-live': 'off' })
		);
		if (view.updates && view.updates.length > 1) {
			article.append(
				el('p', {}, t('atlas.calc.label.updates')),
				el(
					'ol',
					{ class: 'updates' },
					...view.updates.map((u) => el('li', {}, el('time', { datetime: u.instant }, u.text)))
				)
			);
		}
		article.append(
			el(
				'details',
				{},
				el('summary', {}, t('atlas.calc.label.trace')),
				el(
					'ol',
					{ class: 'trace' },
					...view.trace.map((s) => el('li', {}, s)),
					// The trace ends by naming what in it is our reading, not the vendor's words.
					...(provenance?.assumptions.length
						? [
								el(
									'li',
									{ 'data-trace-assumptions': '' },
									t('atlas.calc.trace.assumptions'),
									...markers(provenance.assumptions)
								),
							]
						: [])
				)
			)
		);
		return article;
	}

	function tickCountdowns() {
		const now = Date.now();
		for (const node of results.querySelectorAll<HTMLElement>('[data-countdown]')) {
			const due = Date.parse(node.dataset.countdown!);
			const minutes = Math.floor(Math.abs(due - now) / 60_000);
			const duration = formatMinutes(minutes, tag, { days: true });
			node.textContent = t(
				due >= now ? 'atlas.calc.countdown.left' : 'atlas.calc.countdown.overdue',
				{ duration }
			);
		}
	}

	function calculate(updateUrl: boolean) {
		for (const name of FIELDS) {
			field(name).removeAttribute('aria-invalid');
			field(name).removeAttribute('aria-describedby');
		}
		error.hidden = true;
		openingNote.hidden = true;
		const text = readForm();
		renderSeverityInfo(text.plan ?? '', text.severity ?? '');
		const { vendor, tier } = find(text.plan ?? '');
		assumptions.replaceChildren(
			...(tier?.assumptions ?? []).map((a) =>
				el('li', { 'data-assumption': a.id }, el('strong', {}, a.label), ' ', a.text)
			)
		);
		terms.textContent = vendor?.terms ?? '';
		assumptions.closest<HTMLElement>('[data-assumptions-section]')!.hidden =
			!tier?.assumptions.length;
		const request = resolveRequest(options, text);
		if (updateUrl)
			history.replaceState(
				null,
				'',
				calculatorPath(tag, { ...text, holidays: text.holidays?.split(',').map((d) => d.trim()) })
			);
		if (isRequestProblem(request)) return showProblem(request);
		const deadlines = computeDeadlines({
			vendor: vendor!,
			tier: tier!,
			severity: request.severity,
			opened: request.opening.at,
			openingAdjustment: request.opening.adjustment,
			extraClosed: request.holidays,
		});
		const views = describeDeadlines(
			deadlines,
			new Map(vendor!.calendars.map((c) => [c.id, c.name])),
			tag,
			t
		);
		if (request.opening.adjustment) {
			openingNote.textContent = views[0]?.trace[0] ?? '';
			openingNote.hidden = !openingNote.textContent;
		}
		list.replaceChildren(
			...(views.length
				? views.map((view, i) =>
						renderDeadline(view, tier!.provenance[tier!.targets.indexOf(deadlines[i]!.target)])
					)
				: [el('p', {}, t('atlas.calc.noTargets'))])
		);
		results.hidden = false;
		current = {
			views,
			summary: `${vendor!.name} ${tier!.name}${request.severity ? ` ${request.severity}` : ''}`,
		};
		tickCountdowns();
		updateIcs();
	}

	function updateIcs() {
		if (!current) return;
		const { views, summary } = current;
		const events = views.flatMap((view) =>
			(view.updates ?? [{ instant: view.dueInstant, text: view.dueText }]).map((at, i) => ({
				uid: `${location.search}#${view.kind}-${i}@plan-atlas`,
				startMs: Date.parse(at.instant),
				durationMinutes: 15,
				summary: t('atlas.calc.ics.summary', { kind: view.label, plan: summary }),
				description: [
					`${t('atlas.format.label', { label: t('atlas.calc.label.due') })}${at.text}`,
					...view.trace,
				].join('\n'),
				url: location.href,
			}))
		);
		if (ics.href.startsWith('blob:')) URL.revokeObjectURL(ics.href);
		ics.href = URL.createObjectURL(
			new Blob([buildIcs(events, Date.now())], { type: 'text/calendar' })
		);
		ics.download = `plan-atlas-${summary.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.ics`;
	}

	// Initial state: the URL query, else sensible defaults (first plan, browser zone, now).
	const query = new URL(location.href).searchParams;
	const zone = query.get('tz') ?? browserZone;
	const plan = query.get('plan') ?? options[0]?.plan ?? '';
	const planSelect = field('plan') as HTMLSelectElement;
	if (![...planSelect.options].some((o) => o.value === plan))
		planSelect.append(el('option', { value: plan }, plan));
	planSelect.value = plan;
	fillSeverities(
		plan,
		query.get('severity') ?? options.find((o) => o.plan === plan)?.severities[0] ?? ''
	);
	field('tz').value = zone;
	field('opened').value =
		query.get('opened') ??
		(() => {
			try {
				return nowIn(zone);
			} catch {
				return nowIn(browserZone);
			}
		})();
	field('holidays').value = query.get('holidays') ?? '';
	const linkedOpened = query.get('opened');
	if (linkedOpened && field('opened').value !== linkedOpened) unshownOpened = linkedOpened;
	field('opened').addEventListener('input', () => (unshownOpened = undefined));

	planSelect.addEventListener('change', () => {
		fillSeverities(planSelect.value, (field('severity') as HTMLSelectElement).value);
		calculate(true);
	});
	form.addEventListener('change', (event) => {
		if (event.target !== planSelect && !(event.target as HTMLElement).closest('[data-matrix]'))
			calculate(true);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		calculate(true);
	});
	root.querySelector<HTMLButtonElement>('[data-now]')!.addEventListener('click', () => {
		const tz = field('tz').value.trim();
		try {
			field('opened').value = nowIn(tz);
		} catch {
			field('opened').value = nowIn(browserZone);
		}
		calculate(true);
	});
	matrix.addEventListener('change', () => {
		const { vendor } = find(planSelect.value);
		const impact = matrix.querySelector<HTMLSelectElement>('[data-impact]')!.value;
		const urgency = matrix.querySelector<HTMLSelectElement>('[data-urgency]')!.value;
		const level = vendor?.matrix?.levels[urgency]?.[impact];
		if (!level) return;
		matrix.querySelector<HTMLElement>('[data-derived]')!.textContent = t(
			'atlas.calc.derivedSeverity',
			{ severity: level }
		);
		fillSeverities(planSelect.value, level);
		calculate(true);
	});
	copy.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(location.href);
		} catch {
			// No clipboard permission (e.g. an embedded view): copy through a selected, hidden field.
			const scratch = el('textarea', { 'aria-hidden': 'true', class: 'sr-only' }, location.href);
			document.body.append(scratch);
			scratch.select();
			document.execCommand('copy');
			scratch.remove();
		}
		copyStatus.textContent = t('atlas.calc.copied');
	});

	calculate(false);
	root.dataset.ready = 'true';
	setInterval(tickCountdowns, 15_000);
}

void main();
