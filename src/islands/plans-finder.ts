/**
 * <atlas-plan-finder>: reads the needs from the URL (and the form), lists the plans that meet them
 * and the near misses (lib/plans/finder.ts). Every word comes from the page: cards in templates,
 * phrases in the data element. Without this script the form still submits and the matrix below it
 * shows every plan against every need.
 */
import { formatMinutes } from '#lib/i18n/format.ts';
import { interpolate } from '#lib/i18n/interpolate.ts';
import type { LocaleTag } from '#lib/locales.ts';
import {
	findPlans,
	needsQuery,
	parseNeeds,
	type FinderChannel,
	type FinderNeedId,
	type FinderTier,
	type NeedResult,
	type TierAnswer,
} from '#lib/plans/finder.ts';

interface FinderData {
	tiers: FinderTier[];
	strings: {
		needs: Record<FinderNeedId, string>;
		channels: Record<FinderChannel, string>;
		longer: string;
		missed: string;
		unknown: string;
	};
	lang: LocaleTag;
}

/** How much longer than asked, as precise as a reader needs (to the hour from three hours on). */
function overText(minutes: number, lang: LocaleTag): string {
	if (minutes < 180) return formatMinutes(minutes, lang);
	return formatMinutes(Math.round(minutes / 60) * 60, lang, { days: minutes >= 4320 });
}

class PlanFinder extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('form[data-finder-form]');
		const answer = this.querySelector<HTMLElement>('[data-finder-answer]');
		const matches = this.querySelector<HTMLElement>('[data-matches]');
		const near = this.querySelector<HTMLElement>('[data-near]');
		const dataElement = this.querySelector('script[data-finder-data]');
		if (!form || !answer || !matches || !near || !dataElement) return;
		const data = JSON.parse(dataElement.textContent ?? '{}') as FinderData;
		const templates = new Map(
			[...this.querySelectorAll<HTMLTemplateElement>('template[data-card]')].map((t) => [
				t.dataset.card!,
				t,
			])
		);
		const missText = (miss: NeedResult, channel: FinderChannel | undefined) => {
			// A channel missed is named ("Phone: no"); other needs by their heading.
			const need =
				miss.need === 'channel' && channel
					? data.strings.channels[channel]
					: data.strings.needs[miss.need];
			if (miss.status === 'unknown') return interpolate(data.strings.unknown, { need });
			if (miss.over !== undefined)
				return interpolate(data.strings.longer, { need, by: overText(miss.over, data.lang) });
			return interpolate(data.strings.missed, { need });
		};
		const card = (result: TierAnswer, channel: FinderChannel | undefined) => {
			const item = templates.get(result.plan)?.content.firstElementChild?.cloneNode(true) as
				HTMLElement | undefined;
			if (!item) return [];
			const asked = new Set(result.results.map((r) => r.need));
			for (const fact of item.querySelectorAll<HTMLElement>('[data-need]'))
				fact.hidden = !asked.has(fact.dataset.need as FinderNeedId);
			const miss = item.querySelector<HTMLElement>('[data-miss]');
			if (miss && result.misses[0]) {
				miss.textContent = missText(result.misses[0], channel);
				miss.hidden = false;
			}
			return [item];
		};
		const show = () => {
			const needs = parseNeeds(new URLSearchParams(location.search));
			for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
				const value = new URLSearchParams(location.search).get(field.name) ?? '';
				if (field instanceof HTMLInputElement) field.checked = value === '1';
				else field.value = [...field.options].some((o) => o.value === value) ? value : '';
			}
			const asked = needsQuery(needs) !== '';
			answer.hidden = !asked;
			if (!asked) return;
			const found = findPlans(data.tiers, needs);
			matches.replaceChildren(...found.matches.flatMap((r) => card(r, needs.channel)));
			near.replaceChildren(...found.nearMisses.flatMap((r) => card(r, needs.channel)));
			this.querySelector<HTMLElement>('[data-none]')!.hidden = found.matches.length > 0;
			this.querySelector<HTMLElement>('[data-no-near]')!.hidden = found.nearMisses.length > 0;
		};
		// Each choice goes to the URL at once, so the answer and a shared link agree.
		const choose = (event?: Event) => {
			event?.preventDefault();
			const params = new URLSearchParams();
			for (const [name, value] of new FormData(form))
				if (typeof value === 'string' && value) params.set(name, value);
			const query = needsQuery(parseNeeds(params));
			history.replaceState(null, '', query ? `?${query}` : location.pathname);
			show();
		};
		form.addEventListener('change', () => choose());
		form.addEventListener('submit', choose);
		show();
	}
}

customElements.define('atlas-plan-finder', PlanFinder);
