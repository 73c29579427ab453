/**
 * The calculator island: the DOM side only. The page is static HTML (the form and its labels); this
 * script reads the plan data embedded in the page, and hands the form's values to the state module
 * (src/lib/calculator/state.ts), which decides the URL, the problems and the deadlines; here they are
 * written into the page. Temporal's polyfill is fetched only when the browser lacks Temporal.
 */
import {
	CALCULATOR_FIELDS,
	countDeadlines,
	describeCount,
	findPlan,
	initialInput,
	inputFromQuery,
	planOptions,
	problemMessage,
	regionsNeeded,
	severityForPlan,
	levelLabels,
	levelTermForPlan,
	urlForInput,
	type CalculatorField,
	type CalculatorInput,
	type CalculatorResult,
	type FieldProblem,
} from '#lib/calculator/state.ts';
import { matrixLevel } from '#lib/catalogue/query.ts';
import { formatMinutes } from '#lib/i18n/format.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { UiKey } from '#lib/i18n/translate.ts';
import { buildIcs } from '#lib/ics.ts';
import { ensureTemporal } from '#lib/sla/ensure-temporal.ts';
import { warmUpIntl } from './intl-warm-up.ts';
import { nextTask } from './next-task.ts';
import {
	suggestRegion,
	type HolidayRegion,
	type RegionHolidays,
	type RegionIndex,
} from '#lib/time/regions.ts';
import type {
	CalculatorRegion,
	CalculatorTier,
	CalculatorVendor,
} from '#lib/views/pages/calculator.ts';
import type { DeadlineView } from '#lib/views/parts/deadlines.ts';
import type { AssumptionMarker } from '#lib/views/parts/markers.ts';
import type { TargetProvenance } from '#lib/views/parts/target-provenance.ts';

interface PageData {
	tag: LocaleTag;
	strings: Record<string, string>;
	vendors: CalculatorVendor[];
	regions: CalculatorRegion[];
}

// Each region's holidays are a chunk of their own, fetched only when the region is chosen.
const regionFiles = import.meta.glob<RegionHolidays>(
	['../../content/holidays/*.json', '!../../content/holidays/index.json'],
	{ import: 'default' }
);
// Keyed by region code: the file name without ".json" (no template literal, so the island keeps the
// string fingerprint e2e/budgets.spec.ts recognises it by).
const regionLoaders = new Map(
	Object.entries(regionFiles).map(([path, load]) => [
		path.slice(path.lastIndexOf('/') + 1, -5),
		load,
	])
);
const regionCache = new Map<string, RegionHolidays>();
async function loadRegion(id: string): Promise<RegionHolidays | undefined> {
	const load = regionLoaders.get(id);
	if (!load) return undefined;
	if (!regionCache.has(id)) regionCache.set(id, await load());
	return regionCache.get(id);
}

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

/** Scrolls smoothly unless the reader asked for less motion. */
const scrollBehavior = (): ScrollBehavior =>
	matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

async function main() {
	const root = document.querySelector<HTMLElement>('[data-calculator]');
	const dataElement = document.getElementById('calculator-data');
	if (!root || !dataElement) return;
	const data = JSON.parse(dataElement.textContent ?? '{}') as PageData;
	const { tag, vendors } = data;
	const t = createTranslate(tag, data.strings);
	await ensureTemporal();
	// Temporal names the zone without Intl, whose first use is left to the worker (see intl-warm-up.ts).
	const browserZone = Temporal.Now.timeZoneId();
	const intlWarm = warmUpIntl(tag, browserZone);
	await nextTask();

	const form = root.querySelector<HTMLFormElement>('form')!;
	const field = (name: CalculatorField) =>
		form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
	const $ = <E extends HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
	const summary = $('[data-error]');
	const openingNote = $('[data-opening-note]');
	const results = $('[data-results]');
	const list = $('[data-results-list]');
	const severityInfo = $('[data-severity-info]');
	const levelLabel = $('[data-level-label]');
	const helpChoose = $('[data-help-choose]');
	const matrix = $<HTMLDetailsElement>('[data-matrix]');
	const assumptions = $('[data-assumptions]');
	const terms = $('[data-terms]');
	const ics = $<HTMLAnchorElement>('[data-ics]');
	const copy = $<HTMLButtonElement>('[data-copy-link]');
	const copyStatus = $('[data-copy-status]');
	const zoneList = $<HTMLDataListElement>('#calculator-zones');
	const planSelect = field('plan') as HTMLSelectElement;
	const severitySelect = field('severity') as HTMLSelectElement;
	const regionSelect = field('region') as HTMLSelectElement;
	const options = planOptions(vendors);

	const nowIn = (zone: string) =>
		Temporal.Now.plainDateTimeISO(zone)
			.round({ smallestUnit: 'minute', roundingMode: 'floor' })
			.toString({ smallestUnit: 'minute' });

	// About 400 zone names: listed when the reader first reaches the field, not while the page loads.
	field('tz').addEventListener(
		'focus',
		() => {
			for (const zone of Intl.supportedValuesOf?.('timeZone') ?? [])
				zoneList.append(el('option', { value: zone }));
		},
		{ once: true }
	);

	/** Fills the severity select with the plan's choices and selects `wanted` (kept even if unknown). */
	function fillSeverities(plan: string, wanted: string | undefined) {
		const { vendor } = findPlan(vendors, plan);
		const choices = options.find((o) => o.plan === plan)?.severities ?? [];
		const label = (id: string) =>
			`${id} · ${vendor?.severities.find((s) => s.id === id)?.name ?? id}`;
		const same =
			severitySelect.options.length === choices.length &&
			choices.every((id, i) => severitySelect.options[i]!.value === id);
		// The page renders the first plan's levels already: rebuilding them would only cost time.
		if (!same)
			severitySelect.replaceChildren(
				...choices.map((id) => el('option', { value: id }, label(id)))
			);
		severitySelect.disabled = choices.length === 0;
		if (wanted && !choices.includes(wanted))
			// Keep an unknown severity visible so the error message refers to what the reader gave.
			severitySelect.append(el('option', { value: wanted }, wanted));
		if (wanted) severitySelect.value = wanted;
		// The level is named in the plan's vendor's word (severity or priority).
		const labels = levelLabels(vendors, plan, t);
		if (levelLabel.textContent !== labels.field) levelLabel.textContent = labels.field;
		if (helpChoose.textContent !== labels.helpChoose) helpChoose.textContent = labels.helpChoose;
		renderMatrix(plan);
	}

	let shownSeverity = `${options[0]?.plan}|${options[0]?.severities[0]}`;
	function renderSeverityInfo(plan: string, severityId: string) {
		// Already shown (the page renders the first plan's first level): leave it, so nothing moves.
		if (`${plan}|${severityId}` === shownSeverity) return;
		shownSeverity = `${plan}|${severityId}`;
		const level = findPlan(vendors, plan).vendor?.severities.find((s) => s.id === severityId);
		severityInfo.replaceChildren();
		if (!level) return;
		severityInfo.append(
			el(
				'div',
				{ class: 'severity-definition' },
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
		const { vendor } = findPlan(vendors, plan);
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
	function readForm(): CalculatorInput {
		const input: CalculatorInput = {};
		for (const name of CALCULATOR_FIELDS) {
			const value = field(name).value.trim();
			if (value) input[name] = value;
		}
		if (!input.opened && unshownOpened) input.opened = unshownOpened;
		return input;
	}

	function clearProblems() {
		for (const name of CALCULATOR_FIELDS) {
			field(name).removeAttribute('aria-invalid');
			const message = root!.querySelector<HTMLElement>(`[data-field-error="${name}"]`)!;
			message.hidden = true;
			message.textContent = '';
			const hint = field(name).getAttribute('aria-describedby')?.split(' ')[0];
			if (hint === message.id) field(name).removeAttribute('aria-describedby');
			else if (hint) field(name).setAttribute('aria-describedby', hint);
		}
		summary.hidden = true;
		summary.replaceChildren();
	}

	/** Each problem at its field, and a summary above the form that links to each field. */
	function showProblems(problems: FieldProblem[]) {
		const items = problems.map(({ field: name, problem }) => {
			const text = problemMessage(
				problem,
				t,
				true,
				levelTermForPlan(vendors, planSelect.value),
				tag
			);
			const control = field(name);
			const message = root!.querySelector<HTMLElement>(`[data-field-error="${name}"]`)!;
			message.textContent = text;
			message.hidden = false;
			control.setAttribute('aria-invalid', 'true');
			const hint = control.getAttribute('aria-describedby');
			control.setAttribute('aria-describedby', hint ? `${message.id} ${hint}` : message.id);
			const link = el('a', { href: `#${control.id}` }, text);
			link.addEventListener('click', (event) => {
				event.preventDefault();
				control.focus();
			});
			return el('li', {}, link);
		});
		summary.replaceChildren(items.length === 1 ? items[0]!.firstChild! : el('ul', {}, ...items));
		summary.hidden = false;
		results.hidden = true;
	}

	let current: CalculatorResult | undefined;

	const regionLabel = form.querySelector<HTMLLabelElement>('label[for="calc-region"]')!;
	const regionHint = $('#calc-region-hint');
	/**
	 * Words the region field after the plan's terms (one rule per calendar): its holidays apply, may
	 * apply (a what-if beside the catalogue's reading), or do not change the deadlines at all.
	 */
	function renderRegionField(rule: CalculatorTier['regionRule'] | undefined) {
		const key = rule ?? 'unknown';
		regionLabel.textContent = t(`atlas.calc.field.region.${key}`);
		regionHint.textContent = t(`atlas.calc.field.regionHint.${key}`);
		regionSelect.disabled = rule === 'no';
	}

	/** Marks the region the reader's time zone suggests (the choice stays the reader's). */
	function suggest(zone: string) {
		const index = Object.fromEntries(data.regions.map((r) => [r.id, r])) as unknown as RegionIndex;
		const suggested = suggestRegion(index, zone);
		for (const option of regionSelect.options) {
			const region = data.regions.find((r) => r.id === option.value);
			if (region)
				option.textContent =
					region.id === suggested
						? t('atlas.calc.field.regionSuggested', { region: region.name })
						: region.name;
		}
	}

	/**
	 * Assumption markers as on the site's pages: "Assumption n", opening to its text in place, each
	 * after a space (the gap from the text before it; see styles/assumption-markers.css).
	 */
	function markers(list: readonly AssumptionMarker[]): (HTMLElement | string)[] {
		return list.flatMap((m) => [
			' ',
			el(
				'details',
				{ class: 'assumption-marker', 'data-assumption-marker': m.id },
				el('summary', {}, m.label),
				el('span', { class: 'assumption-text', role: 'note' }, m.text)
			),
		]);
	}

	function renderDeadline(view: DeadlineView, provenance?: TargetProvenance): HTMLElement {
		const article = el('article', { class: 'deadline', 'data-kind': view.kind });
		article.append(el('h3', {}, view.severity ? `${view.label} · ${view.severity}` : view.label));
		const label = (key: UiKey) => t('atlas.format.label', { label: t(key) });
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
		article.append(
			el('p', { class: 'countdown', 'data-countdown': view.dueInstant, 'aria-live': 'off' })
		);
		article.append(
			el(
				'p',
				{ class: 'promise' },
				`${label('atlas.calc.label.target')}${view.promise} · ${label('atlas.calc.label.coverage')}${view.coverage}`
			)
		);
		if (view.dueInCoverageZoneText)
			article.append(el('p', { class: 'coverage-zone' }, view.dueInCoverageZoneText));
		if (view.withoutRegionText)
			article.append(
				el('p', { class: 'without-region', 'data-without-region': '' }, view.withoutRegionText)
			);
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
		const now = Temporal.Now.instant();
		for (const node of results.querySelectorAll<HTMLElement>('[data-countdown]')) {
			const left = Temporal.Instant.from(node.dataset.countdown!).since(now);
			const minutes = Math.floor(Math.abs(left.total('minutes')));
			const duration = formatMinutes(minutes, tag, { days: true });
			node.textContent = t(
				left.sign >= 0 ? 'atlas.calc.countdown.left' : 'atlas.calc.countdown.overdue',
				{ duration }
			);
		}
	}

	/**
	 * Reads the form, updates the URL (unless `updateUrl` is false), and shows the deadlines or the
	 * problems. With `reveal`, the result (or the first problem) is brought into view.
	 */
	let run = 0;
	async function calculate(updateUrl: boolean, reveal = false) {
		const mine = ++run;
		clearProblems();
		openingNote.hidden = true;
		const input = readForm();
		renderSeverityInfo(input.plan ?? '', input.severity ?? '');
		const { vendor, tier } = findPlan(vendors, input.plan);
		renderRegionField(tier?.regionRule);
		assumptions.replaceChildren(
			...(tier?.assumptions ?? []).map((a) =>
				el('li', { 'data-assumption': a.id }, el('strong', {}, a.label), ' ', a.text)
			)
		);
		terms.textContent = vendor?.terms ?? '';
		assumptions.closest<HTMLElement>('[data-assumptions-section]')!.hidden =
			!tier?.assumptions.length;
		if (updateUrl) history.replaceState(null, '', urlForInput(tag, input));
		// Region data (the reader's, and any a calendar names) is loaded before counting.
		const loaded = await Promise.all(regionsNeeded(vendors, input).map(loadRegion));
		if (mine !== run) return; // a later change already recalculated
		const byId = new Map(loaded.flatMap((r) => (r ? [[r.region, r] as const] : [])));
		// Counting, putting into words and writing the result are short tasks rather than one long one.
		const count = countDeadlines(vendors, input, (id: HolidayRegion) => byId.get(id));
		await nextTask();
		if (mine !== run) return;
		const outcome = describeCount(count, tag, t);
		await nextTask();
		if (mine !== run) return;
		if (!outcome.ok) {
			current = undefined;
			showProblems(outcome.problems);
			if (reveal) summary.scrollIntoView({ behavior: scrollBehavior(), block: 'center' });
			return;
		}
		current = outcome.result;
		if (current.openingNote) {
			openingNote.textContent = current.openingNote;
			openingNote.hidden = false;
		}
		list.replaceChildren(
			...(current.regionNote
				? [
						el(
							'p',
							{ class: 'region-note', 'data-region-note': current.region?.region ?? '' },
							current.regionNote
						),
					]
				: []),
			...(current.views.length
				? current.views.map((view, i) => renderDeadline(view, current!.provenance[i]))
				: [el('p', {}, t('atlas.calc.noTargets'))])
		);
		// The result takes the reserved room's place before it is scrolled to: were the placeholder
		// removed afterwards, everything above the result would move up and the scroll overshoot.
		root!.dataset.ready = 'true';
		results.hidden = false;
		tickCountdowns();
		if (reveal) {
			// Seen, not only updated: the result scrolls into view and flashes briefly.
			results.removeAttribute('data-fresh');
			void results.offsetWidth;
			results.setAttribute('data-fresh', '');
			results.scrollIntoView({ behavior: scrollBehavior(), block: 'start' });
			results.focus({ preventScroll: true });
		}
	}

	/**
	 * The .ics file is made when the reader reaches for its link (pointer, focus, touch, click), not
	 * with every result, so that the result shows sooner; `icsOf` is the result it was made for.
	 */
	let icsOf: CalculatorResult | undefined;
	function updateIcs() {
		if (!current || icsOf === current) return;
		icsOf = current;
		const { views, summary: plan } = current;
		const events = views.flatMap((view) =>
			(view.updates ?? [{ instant: view.dueInstant, text: view.dueText }]).map((at, i) => ({
				uid: `${location.search}#${view.kind}-${i}@plan-atlas`,
				startMs: Date.parse(at.instant),
				durationMinutes: 15,
				summary: t('atlas.calc.ics.summary', { kind: view.label, plan }),
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
		ics.download = `plan-atlas-${plan.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.ics`;
	}

	// Initial state: the URL query, else sensible defaults (first plan, browser zone, now).
	const query = inputFromQuery(location.search);
	const start = initialInput(query, options, { zone: browserZone, now: nowIn });
	if (start.plan && ![...planSelect.options].some((o) => o.value === start.plan))
		planSelect.append(el('option', { value: start.plan }, start.plan));
	planSelect.value = start.plan ?? '';
	fillSeverities(planSelect.value, start.severity);
	field('tz').value = start.tz ?? '';
	field('opened').value = start.opened ?? '';
	field('holidays').value = start.holidays ?? '';
	const linkedRegion = start.region?.toUpperCase() ?? '';
	// Keep an unknown region visible so the error message refers to what the link said.
	if (linkedRegion && ![...regionSelect.options].some((o) => o.value === linkedRegion))
		regionSelect.append(el('option', { value: linkedRegion }, linkedRegion));
	regionSelect.value = linkedRegion;
	suggest(field('tz').value.trim());
	field('tz').addEventListener('change', () => suggest(field('tz').value.trim()));
	if (query.opened && field('opened').value !== query.opened) unshownOpened = query.opened;
	field('opened').addEventListener('input', () => (unshownOpened = undefined));

	planSelect.addEventListener('change', () => {
		fillSeverities(
			planSelect.value,
			severityForPlan(options, planSelect.value, severitySelect.value)
		);
		void calculate(true);
	});
	form.addEventListener('change', (event) => {
		if (event.target !== planSelect && !(event.target as HTMLElement).closest('[data-matrix]'))
			void calculate(true);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void calculate(true, true);
	});
	$<HTMLButtonElement>('[data-now]').addEventListener('click', () => {
		try {
			field('opened').value = nowIn(field('tz').value.trim());
		} catch {
			field('opened').value = nowIn(browserZone);
		}
		void calculate(true);
	});
	matrix.addEventListener('change', () => {
		const { vendor } = findPlan(vendors, planSelect.value);
		const impact = matrix.querySelector<HTMLSelectElement>('[data-impact]')!.value;
		const urgency = matrix.querySelector<HTMLSelectElement>('[data-urgency]')!.value;
		const level = vendor?.matrix && matrixLevel(vendor.matrix.levels, impact, urgency);
		if (!level) return;
		matrix.querySelector<HTMLElement>('[data-derived]')!.textContent = t(
			levelKey('atlas.calc.derivedSeverity', levelTermForPlan(vendors, planSelect.value)),
			{ severity: level }
		);
		fillSeverities(planSelect.value, level);
		void calculate(true);
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

	for (const type of ['pointerenter', 'focus', 'pointerdown', 'click', 'contextmenu'])
		ics.addEventListener(type, updateIcs);

	// A link that names a plan was shared for its answer: show it, not the form.
	await intlWarm;
	await calculate(false, Boolean(query.plan));
	root.dataset.ready = 'true';
	setInterval(tickCountdowns, 15_000);
}

void main();
