/**
 * The calculator's answer in the page: what the form says of the chosen level, the plan's terms and
 * assumptions, and the deadlines. Each piece is a copy of the page's template for it
 * (components/calculator/CalculatorTemplates.astro) with the values written in, and the parts a
 * deadline lacks taken out. The labels come with the templates, in the page's language (but for one
 * line, see `.promise`); the values come from src/lib/calculator/.
 */
import { levelInfo, levelShown } from '#lib/calculator/levels.ts';
import type { CalculatorInput, CalculatorResult } from '#lib/calculator/state.ts';
import { formatMinutes } from '#lib/i18n/format.ts';
import type { Translate, UiKey } from '#lib/i18n/translate.ts';
import type {
	CalculatorPageData,
	CalculatorSeverity,
	CalculatorTier,
	CalculatorVendor,
} from '#lib/views/pages/calculator.ts';
import type { DeadlineTerms } from '#lib/calculator/state.ts';
import type { DeadlineView } from '#lib/views/parts/deadlines.ts';
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

	/** A label as it leads a value ("Target: "). */
	const label = (key: UiKey) => t('atlas.format.label', { label: t(key) });

	/** Assumption markers, each after a space, as the site's pages show them. */
	const markers = (items: readonly AssumptionMarker[]) =>
		items.map((m) => {
			const marker = markerTemplate();
			required(marker, '.assumption-marker').dataset.assumptionMarker = m.id;
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
		required(article, '[data-countdown]').dataset.countdown = view.dueInstant;
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
		fillOrRemove(required(article, '[data-source-line]'), provenance?.sourceText);
		const clock = required(article, '[data-clock]');
		if (provenance?.clock) clock.dataset.clock = provenance.clock.basis;
		fillOrRemove(clock, provenance?.clock?.text);
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
		const now = Temporal.Now.instant();
		for (const node of results.querySelectorAll<HTMLElement>('[data-countdown]')) {
			const at = node.dataset.countdown;
			if (!at) continue;
			const left = Temporal.Instant.from(at).since(now);
			const minutes = Math.floor(Math.abs(left.total('minutes')));
			const duration = formatMinutes(minutes, tag, { days: true });
			node.textContent = t(
				left.sign >= 0 ? 'atlas.calc.countdown.left' : 'atlas.calc.countdown.overdue',
				{ duration }
			);
		}
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
			list.replaceChildren(
				...(result.ticket.length ? [ticket] : []),
				...result.duties.map((text) => {
					const duty = required(dutyTemplate(), 'p');
					duty.replaceChildren(...phraseNodes(text));
					return duty;
				}),
				...(result.regionNote ? [note] : []),
				...(result.views.length
					? result.views.map((view, i) => deadline(view, result.provenance[i], result.terms[i]))
					: [none])
			);
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
