/**
 * <atlas-calculator>, the SLA calculator's island. The page is static HTML: the form and its labels,
 * the plan data as JSON, and a template of each piece the answer repeats. The element hands the
 * form's values to the state module (src/lib/calculator/state.ts), which decides the URL, the problems
 * and the deadlines, and writes them into the page, each part by the module whose job it is:
 * - form.ts: the fields, the level field and its helper, and the problems at each field;
 * - render.ts: the chosen level's description, the plan's terms and assumptions, the deadlines;
 * - actions.ts: copying the result's link and adding its deadlines to a calendar;
 * - regions.ts: the regions' holiday data, loaded when a result needs it.
 * Temporal's polyfill is fetched only when the browser lacks Temporal.
 */
import {
	countDeadlines,
	describeCount,
	findPlan,
	initialInput,
	inputFromQuery,
	planOptions,
	regionsNeeded,
	urlForInput,
} from '#lib/calculator/state.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import { ensureTemporal } from '#lib/sla/ensure-temporal.ts';
import type { CalculatorPageData } from '#lib/views/pages/calculator.ts';
import { required } from './dom.ts';
import { warmUpIntl } from '../intl-warm-up.ts';
import { nextTask } from '../next-task.ts';
import { resultActions } from './actions.ts';
import { calculatorForm } from './form.ts';
import { regions } from './regions.ts';
import { calculatorResults, scrollBehavior } from './render.ts';

/** The time now in a zone, to the minute, as a date-time field takes it. */
const nowIn = (zone: string) =>
	Temporal.Now.plainDateTimeISO(zone)
		.round({ smallestUnit: 'minute', roundingMode: 'floor' })
		.toString({ smallestUnit: 'minute' });

// Whether the reader has touched the page (pressed, typed, scrolled): then nothing moves it for them.
let touched = false;
for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'])
	addEventListener(type, () => (touched = true), { capture: true, passive: true, once: true });

/** Sets the calculator in `root` going: fills the form from the URL, and answers it and each change. */
async function start(root: HTMLElement) {
	const json = required(root, '#calculator-data').textContent;
	const data = JSON.parse(json ?? '{}') as CalculatorPageData;
	const { tag, vendors } = data;
	const t = createTranslate(tag, data.strings);
	await ensureTemporal();
	// Temporal names the zone without Intl, whose first use is left to the worker (see intl-warm-up.ts).
	const browserZone = Temporal.Now.timeZoneId();
	const intlWarm = warmUpIntl(tag, browserZone);
	await nextTask();

	const options = planOptions(vendors);
	const form = calculatorForm(root, data, options, t, {
		now: nowIn,
		browserZone,
		changed: (reveal) => void calculate(true, reveal),
	});
	const results = calculatorResults(root, data, t);
	const actions = resultActions(root, t);

	// Each calculation is numbered: one that a later change overtook while it waited is dropped.
	let latest = 0;
	/**
	 * Reads the form, updates the URL (unless `updateUrl` is false), and shows the deadlines or the
	 * problems. With `reveal`, the result (or the first problem) is brought into view.
	 */
	async function calculate(updateUrl: boolean, reveal = false) {
		const mine = ++latest;
		const input = form.read();
		const { vendor, tier } = findPlan(vendors, input.plan);
		form.begin(tier);
		results.begin(input, vendor, tier);
		if (updateUrl) history.replaceState(null, '', urlForInput(tag, input));
		// Region data (the reader's, and any a calendar names) is loaded before counting.
		const regionData = await regions.loadAll(regionsNeeded(vendors, input));
		if (mine !== latest) return;
		// Counting, putting into words and writing the result are short tasks rather than one long one.
		const count = countDeadlines(vendors, input, regionData);
		await nextTask();
		if (mine !== latest) return;
		const outcome = describeCount(count, tag, t);
		await nextTask();
		if (mine !== latest) return;
		const result = outcome.ok ? outcome.result : undefined;
		actions.offer(result);
		results.show(result, reveal);
		if (!outcome.ok) {
			const summary = await form.showProblems(outcome.problems, () => mine === latest);
			if (summary && reveal)
				summary.scrollIntoView({ behavior: scrollBehavior(), block: 'center' });
		}
	}

	// Initial state: the URL query, else sensible defaults (first plan, browser zone, now).
	const query = inputFromQuery(location.search);
	const kept = form.fill(initialInput(query, options, { zone: browserZone, now: nowIn }), query);
	// A link that names a plan was shared for its answer: show it, not the form, unless the reader is
	// already at work on the page (the URL then follows what they typed).
	const busy = touched || kept || scrollY > 0 || root.contains(document.activeElement);
	await intlWarm;
	await calculate(kept, Boolean(query.plan) && !busy);
	root.dataset.ready = 'true';
	setInterval(results.tick, 15_000);
}

/** The calculator: its markup is the page's (components/calculator/Calculator.astro). */
class AtlasCalculator extends HTMLElement {
	connectedCallback() {
		void start(this);
	}
}

customElements.define('atlas-calculator', AtlasCalculator);
