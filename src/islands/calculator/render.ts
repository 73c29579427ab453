/**
 * The calculator's answer in the page: what the form says of the chosen level, the plan's terms and
 * assumptions, and the deadlines. Each piece is a copy of the page's template for it
 * (components/calculator/CalculatorTemplates.astro) with the values written in, and the parts a
 * deadline lacks taken out. The labels come with the templates, in the page's language (but for one
 * line, see `.promise`); the values come from src/lib/calculator/. Each card leads with where its
 * clock stands (brought up to date by `tick`); the timelines are drawn by a module loaded when a
 * result first has one to draw.
 */
import { clockState, describeClockState, type ClockCount } from '#lib/calculator/clock-state.ts';
import { levelInfo, levelShown } from '#lib/calculator/levels.ts';
import type { CalculatorInput, CalculatorResult } from '#lib/calculator/state.ts';
import { formatShortDateTime } from '#lib/i18n/format.ts';
import type { Translate, UiKey } from '#lib/i18n/translate.ts';
import type {
	CalculatorPageData,
	CalculatorSeverity,
	CalculatorTier,
	CalculatorVendor,
} from '#lib/views/pages/calculator.ts';
import type { DeadlineTerms } from '#lib/calculator/state.ts';
import type { DeadlineView } from '#lib/views/parts/deadlines.ts';
import { regionName } from '#lib/views/parts/region-note.ts';
import type { AssumptionMarker } from '#lib/views/parts/markers.ts';
import type { TargetProvenance } from '#lib/views/parts/target-provenance.ts';
import { phraseNodes, repeat, required, template } from './dom.ts';
import type { Phrase } from '#lib/i18n/text.ts';
import { ticketLinePhrase } from '#lib/views/parts/ticket-terms.ts';

export interface CalculatorResults {
	/**
	 * As a calculation begins: what the form says of the input's level, the plan's terms and the
	 * assumptions it rests on; the note on the opening time is hidden until a result has one to say.
	 */
	begin(
		input: CalculatorInput,
		vendor: CalculatorVendor | undefined,
		tier: CalculatorTier | undefined
	): void;
	/**
	 * Shows a result, or hides it when there is none (the input has problems); with `reveal`, brings
	 * the result into view and marks it as new.
	 */
	show(result: CalculatorResult | undefined, reveal: boolean): void;
	/** Brings every countdown up to date. */
	tick(): void;
}

/** Scrolls smoothly unless the reader asked for less motion. */
export const scrollBehavior = (): ScrollBehavior =>
	matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

/** Writes `text` into `node`, or removes `node` when there is nothing to write. */
function fillOrRemove(node: Element, text: Phrase | undefined) {
	if (text) node.replaceChildren(...phraseNodes(text));
	else node.remove();
}

/** The results of the calculator in `root`. */
export function calculatorResults(
	root: HTMLElement,
	data: CalculatorPageData,
	t: Translate
): CalculatorResults {
	const { tag, vendors } = data;
	const levelTemplate = template(root, 'level');
	const markerTemplate = template(root, 'marker');
	const deadlineTemplate = template(root, 'deadline');
	const regionNoteTemplate = template(root, 'region-note');
	const noTargetsTemplate = template(root, 'no-targets');
	const assumptionTemplate = template(root, 'assumption');
	const ticketTemplate = template(root, 'ticket');
	const dutyTemplate = template(root, 'duty');
	const levelBox = required(root, '[data-severity-info]');
	const openingNote = required(root, '[data-opening-note]');
	const results = required(root, '[data-results]');
	const list = required(results, '[data-results-list]');
	const terms = required(results, '[data-terms]');
	const assumptions = required(root, '[data-assumptions]');
	const assumptionsSection = required(root, '[data-assumptions-section]');
	const summaryText = required(results, '[data-summary-text]');
	const answerBar = required(root, '[data-answer-bar]');
	// What each shown clock-state line counts, to bring it up to date.
	let clocks: { node: HTMLElement; count: ClockCount; zone: string }[] = [];
	// Numbers the cards' trace lists, which their timelines name as their text alternative.
	let traces = 0;
	// The sources (and clocks) the result's cards have cited so far.
	let cited = new Set<string>();

	required(results, '[data-edit]').addEventListener('click', () => {
		const plan = required(root, '#calc-plan');
		plan.scrollIntoView({ behavior: scrollBehavior(), block: 'center' });
		plan.focus({ preventScroll: true });
	});

	/** A label as it leads a value ("Target: "). */
	const label = (key: UiKey) => t('atlas.format.label', { label: t(key) });

	/** Assumption markers, each after a space, as the site's pages show them. */
	const markers = (items: readonly AssumptionMarker[]) =>
		items.map((m) => {
			const marker = markerTemplate();
			const details = required(marker, '.assumption-marker');
			details.dataset.assumptionMarker = m.id;
			details.dataset.assumptionNumber = String(m.number);
			required(marker, 'summary').textContent = m.label;
			required(marker, '.assumption-text').replaceChildren(...phraseNodes(m.text));
			return marker;
		});

	const level = (info: CalculatorSeverity) => {
		const box = levelTemplate();
		const heading = required(box, 'strong');
		heading.replaceChildren(...phraseNodes(info.heading));
		heading.after(...phraseNodes(info.definition), ...markers(info.assumptions));
		const examples = required(box, 'ul');
		if (info.examples.length)
			repeat(examples, info.examples, (li, e) => li.replaceChildren(...phraseNodes(e)));
		else {
			examples.remove();
			required(box, 'p').remove();
		}
		return box;
	};

	const deadline = (
		view: DeadlineView,
		provenance: TargetProvenance | undefined,
		terms: DeadlineTerms | undefined
	) => {
		const article = required(deadlineTemplate(), '.deadline');
		article.dataset.kind = view.kind;
		required(article, 'h3').textContent = view.severity
			? `${view.label} · ${view.severity}`
			: view.label;
		const due = required(article, '.due time');
		due.setAttribute('datetime', view.dueInstant);
		due.dataset.target = view.kind;
		due.dataset.zoned = view.dueZoned;
		due.textContent = view.dueText;
		clocks.push({
			node: required(article, '[data-clock-state]'),
			count: view.count,
			zone: view.count.zone,
		});
		// One line of text, as one text node: split into elements, its letters would be spaced anew. Only
		// a coverage name not yet translated goes in an element of its own, marked with its language.
		const commitment = terms?.commitment
			? t('atlas.format.parenthetical', { note: terms.commitment })
			: '';
		const promise = `${label('atlas.calc.label.target')}${view.promise}${commitment} · ${label('atlas.calc.label.coverage')}`;
		required(article, '.promise').replaceChildren(
			...(typeof view.coverage === 'string'
				? [promise + view.coverage]
				: [promise, ...phraseNodes(view.coverage)])
		);
		fillOrRemove(required(article, '[data-origin]'), terms?.origin);
		fillOrRemove(required(article, '[data-selected-by]'), terms?.selectedBy);
		fillOrRemove(required(article, '[data-start-event]'), terms?.startEvent);
		fillOrRemove(required(article, '[data-terms-change]'), terms?.termsChanges.join(' '));
		fillOrRemove(required(article, '.coverage-zone'), view.dueInCoverageZoneText);
		fillOrRemove(required(article, '[data-without-region]'), view.withoutRegionText);
		// A source (and how the clock is known) is said once per result: a card that would repeat the
		// one before says nothing of it.
		const said = (text: string | undefined) => (text && cited.has(text) ? undefined : text);
		fillOrRemove(required(article, '[data-source-line]'), said(provenance?.sourceText));
		const clock = required(article, '[data-clock]');
		if (provenance?.clock) clock.dataset.clock = provenance.clock.basis;
		fillOrRemove(clock, said(provenance?.clock?.text));
		for (const text of [provenance?.sourceText, provenance?.clock?.text]) if (text) cited.add(text);
		const updates = required(article, '.updates');
		if (view.updates && view.updates.length > 1)
			repeat(updates, view.updates, (li, u) => {
				const time = required(li, 'time');
				time.setAttribute('datetime', u.instant);
				time.textContent = u.text;
			});
		else {
			updates.remove();
			required(article, '[data-updates-label]').remove();
		}
		// The trace ends by naming what in it is our reading, not the vendor's words.
		const trace = required(article, '.trace');
		const ours = required(trace, '[data-trace-assumptions]');
		ours.remove();
		repeat(trace, view.trace, (li, step) => (li.textContent = step));
		trace.id = `calc-trace-${++traces}`;
		const restsOn = required(article, '[data-target-assumptions]');
		const assumed = provenance?.assumptions ?? [];
		if (assumed.length) {
			restsOn.append(...markers(assumed));
			ours.append(...markers(assumed));
			trace.append(ours);
		} else restsOn.remove();
		return article;
	};

	const tick = () => {
		const now = Date.now();
		for (const { node, count, zone } of clocks) {
			const state = clockState(count, now);
			node.dataset.state = state.state;
			const text = describeClockState(state, tag, zone, t);
			if (node.textContent !== text) node.textContent = text;
		}
		const first = clocks[0];
		const bar = answerBar.querySelector('[data-bar-state]');
		if (first && bar) bar.textContent = first.node.textContent;
	};

	/** Draws each card's timeline, once the drawing modules are loaded (fetched on first need). */
	const drawTimelines = async (result: CalculatorResult, cards: readonly HTMLElement[]) => {
		const [{ countTimeline }, { timelineSvg }] = await Promise.all([
			import('#lib/views/parts/timeline.ts'),
			import('#lib/views/parts/timeline-svg.ts'),
		]);
		result.deadlines.forEach((deadline, i) => {
			const card = cards[i];
			const box = card?.querySelector<HTMLElement>('[data-timeline]');
			const data = countTimeline(deadline, tag);
			if (!data || !box || !card?.isConnected) return;
			const trace = card.querySelector('.trace')?.id;
			box.innerHTML = timelineSvg(data, tag, t, `${trace}-timeline`, trace);
			box.hidden = false;
		});
	};

	return {
		begin({ plan, severity }, vendor, tier) {
			openingNote.hidden = true;
			// The level's description, unless it shows already (the page renders the level it starts on).
			const shown = levelShown(plan, severity);
			if (levelBox.dataset.severityInfo !== shown) {
				levelBox.dataset.severityInfo = shown;
				const info = levelInfo(vendors, plan, severity);
				levelBox.replaceChildren(...(info ? [level(info)] : []));
			}
			assumptions.replaceChildren(
				...(tier?.assumptions ?? []).map((a) => {
					const item = required(assumptionTemplate(), '[data-assumption]');
					item.dataset.assumption = a.id;
					required(item, 'strong').textContent = a.label;
					item.append(...phraseNodes(a.text));
					return item;
				})
			);
			terms.textContent = vendor?.terms ?? '';
			assumptionsSection.hidden = !tier?.assumptions.length;
		},
		show(result, reveal) {
			if (!result) {
				results.hidden = true;
				answerBar.replaceChildren();
				return;
			}
			// The sources of the version of the terms the deadlines counted on.
			terms.textContent = result.sources;
			if (result.openingNote) {
				openingNote.textContent = result.openingNote;
				openingNote.hidden = false;
			}
			// The sentence on the reader's region, when the result says one, leads the deadlines.
			const note = required(regionNoteTemplate(), '[data-region-note]');
			note.dataset.regionNote = result.region?.region ?? '';
			note.textContent = result.regionNote ?? '';
			// What the ticket brought and the customer's part lead, as the command line prints them.
			const ticket = required(ticketTemplate(), 'ul');
			repeat(ticket, result.ticket, (li, line) => {
				li.replaceChildren(
					...phraseNodes(ticketLinePhrase(line, t)),
					...markers(line.assumptions ?? [])
				);
			});
			const none = required(noTargetsTemplate(), 'p');
			if (result.noPublishedTarget) none.textContent = t('atlas.calc.noPublishedTarget');
			// The inputs the answer is for, in one line above it.
			const { request } = result;
			const opened = request.opening.at;
			summaryText.textContent = [
				result.summary,
				t('atlas.calc.summary.opened', {
					time: formatShortDateTime(opened.epochMilliseconds, tag, opened.timeZoneId),
				}),
				opened.timeZoneId,
				...(request.region
					? [t('atlas.calc.summary.region', { region: regionName(request.region, tag, t) })]
					: []),
			].join(' · ');
			clocks = [];
			cited = new Set();
			const cards = result.views.map((view, i) =>
				deadline(view, result.provenance[i], result.terms[i])
			);
			const firstView = result.views[0];
			if (firstView) {
				const head = document.createElement('strong');
				head.textContent = t('atlas.format.label', { label: firstView.label }) + firstView.dueText;
				const state = document.createElement('span');
				state.dataset.barState = '';
				answerBar.replaceChildren(head, state);
			} else answerBar.replaceChildren();
			list.replaceChildren(
				...(result.ticket.length ? [ticket] : []),
				...result.duties.map((text) => {
					const duty = required(dutyTemplate(), 'p');
					duty.replaceChildren(...phraseNodes(text));
					return duty;
				}),
				...(result.regionNote ? [note] : []),
				...(cards.length ? cards : [none])
			);
			void drawTimelines(result, cards);
			// The result takes the reserved room's place before it is scrolled to: were the placeholder
			// removed afterwards, everything above the result would move up and the scroll overshoot.
			root.dataset.ready = 'true';
			results.hidden = false;
			tick();
			if (!reveal) return;
			// Seen, not only updated: the result scrolls into view and flashes briefly.
			results.removeAttribute('data-fresh');
			void results.offsetWidth;
			results.setAttribute('data-fresh', '');
			results.scrollIntoView({ behavior: scrollBehavior(), block: 'start' });
			results.focus({ preventScroll: true });
		},
		tick,
	};
}
