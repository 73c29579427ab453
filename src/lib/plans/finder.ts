/**
 * The plan finder: a reader's needs (each optional) against what the catalogue states of every
 * tier. A tier matches when it meets every need; a near miss meets all but one. "Not stated" never
 * meets a need. Needs live in the URL, so a link reproduces an answer.
 */

/** Channels the finder tells apart, from the words a catalogue names a tier's channels with. */
export const FINDER_CHANNELS = ['phone', 'chat', 'email', 'web'] as const;
export type FinderChannel = (typeof FINDER_CHANNELS)[number];

/** What a reader may ask for; a need left out is no need. Durations in minutes. */
export interface FinderNeeds {
	/** First response for the most severe level within this many minutes (nominal target). */
	severe?: number | undefined;
	/** The worst real wait for the most severe level at most this many minutes. */
	worst?: number | undefined;
	/** First response for a normal level (the middle of the vendor's scale) within this many minutes. */
	normal?: number | undefined;
	/** The most severe level counted round the clock. */
	round?: boolean | undefined;
	/** Coverage on weekends for the most severe level. */
	weekend?: boolean | undefined;
	/** Coverage on public holidays for the most severe level. */
	holidays?: boolean | undefined;
	/** A channel the tier is reached by. */
	channel?: FinderChannel | undefined;
	/** An account manager at the vendor. */
	named?: boolean | undefined;
}

export type FinderNeedId = keyof FinderNeeds;
/** The needs in the order the finder asks and answers them. */
export const FINDER_NEEDS: readonly FinderNeedId[] = [
	'severe',
	'worst',
	'normal',
	'round',
	'weekend',
	'holidays',
	'channel',
	'named',
];

/** A stated fact and whether it rests on an assumption of the catalogue. */
export interface Stated<T> {
	value: T;
	assumed: boolean;
}

/** What the catalogue states of a tier, as the finder reads it; a fact left out is not stated. */
export interface FinderTier {
	/** `<vendor>/<tier>`. */
	plan: string;
	/** The most severe level's first response: nominal minutes and the worst real wait. */
	severe?: Stated<{ minutes: number; worst: number }> | undefined;
	/** A normal level's first response, nominal minutes. */
	normal?: Stated<{ minutes: number }> | undefined;
	round?: Stated<boolean> | undefined;
	weekend?: Stated<boolean> | undefined;
	holidays?: Stated<boolean> | undefined;
	channels?: Stated<FinderChannel[]> | undefined;
	named?: Stated<boolean> | undefined;
}

/** How a tier answers one need. */
export interface NeedResult {
	need: FinderNeedId;
	/** `unknown`: the catalogue does not state it (never a match). */
	status: 'met' | 'missed' | 'unknown';
	/** The fact rests on an assumption. */
	assumed: boolean;
	/** For a duration missed: by how many minutes the tier's figure exceeds the need. */
	over?: number | undefined;
}

export interface TierAnswer {
	plan: string;
	/** One result per need asked, in FINDER_NEEDS order. */
	results: NeedResult[];
	/** The results that are not met. */
	misses: NeedResult[];
}

/** The answer: tiers meeting every need, then those missing exactly one (closest first). */
export interface FinderAnswer {
	matches: TierAnswer[];
	nearMisses: TierAnswer[];
}

function durationResult(
	need: FinderNeedId,
	fact: Stated<number> | undefined,
	limit: number
): NeedResult {
	if (!fact) return { need, status: 'unknown', assumed: false };
	const over = fact.value - limit;
	return over <= 0
		? { need, status: 'met', assumed: fact.assumed }
		: { need, status: 'missed', assumed: fact.assumed, over };
}

function flagResult(need: FinderNeedId, fact: Stated<boolean> | undefined): NeedResult {
	if (!fact) return { need, status: 'unknown', assumed: false };
	return { need, status: fact.value ? 'met' : 'missed', assumed: fact.assumed };
}

/** How one tier answers each need asked. */
export function answerNeeds(tier: FinderTier, needs: FinderNeeds): NeedResult[] {
	const pick = <T, U>(fact: Stated<T> | undefined, f: (v: T) => U): Stated<U> | undefined =>
		fact && { value: f(fact.value), assumed: fact.assumed };
	return FINDER_NEEDS.flatMap((need): NeedResult[] => {
		switch (need) {
			case 'severe':
				return needs.severe === undefined
					? []
					: [
							durationResult(
								need,
								pick(tier.severe, (s) => s.minutes),
								needs.severe
							),
						];
			case 'worst':
				return needs.worst === undefined
					? []
					: [
							durationResult(
								need,
								pick(tier.severe, (s) => s.worst),
								needs.worst
							),
						];
			case 'normal':
				return needs.normal === undefined
					? []
					: [
							durationResult(
								need,
								pick(tier.normal, (s) => s.minutes),
								needs.normal
							),
						];
			case 'channel': {
				const channel = needs.channel;
				return channel === undefined
					? []
					: [
							flagResult(
								need,
								pick(tier.channels, (list) => list.includes(channel))
							),
						];
			}
			default:
				return needs[need] ? [flagResult(need, tier[need])] : [];
		}
	});
}

/**
 * Every tier against the needs: matches in the given order, then near misses (one need not met),
 * those missed by a duration by how much (least first), then those missing a yes/no need, then
 * those whose one gap is a fact not stated.
 */
export function findPlans(tiers: readonly FinderTier[], needs: FinderNeeds): FinderAnswer {
	const answers = tiers.map((tier): TierAnswer => {
		const results = answerNeeds(tier, needs);
		return { plan: tier.plan, results, misses: results.filter((r) => r.status !== 'met') };
	});
	const rank = (a: TierAnswer) => {
		const miss = a.misses[0]!;
		return miss.status === 'unknown' ? Infinity : (miss.over ?? Number.MAX_SAFE_INTEGER);
	};
	return {
		matches: answers.filter((a) => a.misses.length === 0),
		nearMisses: answers
			.filter((a) => a.misses.length === 1)
			.map((a, index) => ({ a, index }))
			.sort((x, y) => rank(x.a) - rank(y.a) || x.index - y.index)
			.map(({ a }) => a),
	};
}

/** The query parameter of each need (durations in minutes; yes/no needs as `1`). */
export const FINDER_PARAMS: Record<FinderNeedId, string> = {
	severe: 'critical',
	worst: 'worst',
	normal: 'normal',
	round: '24x7',
	weekend: 'weekends',
	holidays: 'holidays',
	channel: 'channel',
	named: 'named',
};

/** Reads needs from a query string; anything unreadable is no need. */
export function parseNeeds(params: URLSearchParams): FinderNeeds {
	const minutes = (id: FinderNeedId) => {
		const value = Number(params.get(FINDER_PARAMS[id]) ?? '');
		return Number.isInteger(value) && value > 0 ? value : undefined;
	};
	const flag = (id: FinderNeedId) => (params.get(FINDER_PARAMS[id]) === '1' ? true : undefined);
	const channel = params.get(FINDER_PARAMS.channel);
	return {
		severe: minutes('severe'),
		worst: minutes('worst'),
		normal: minutes('normal'),
		round: flag('round'),
		weekend: flag('weekend'),
		holidays: flag('holidays'),
		channel: FINDER_CHANNELS.find((c) => c === channel),
		named: flag('named'),
	};
}

/** Needs as a query string (without `?`), in FINDER_NEEDS order; empty for no needs. */
export function needsQuery(needs: FinderNeeds): string {
	const params = new URLSearchParams();
	for (const id of FINDER_NEEDS) {
		const value = needs[id];
		if (value === undefined || value === false) continue;
		params.set(FINDER_PARAMS[id], value === true ? '1' : String(value));
	}
	return params.toString();
}

/** Which channels words name ("Phone support", "Email and in-app chat"), read in English. */
export function channelsNamed(words: readonly string[]): FinderChannel[] {
	const patterns: Record<FinderChannel, RegExp> = {
		phone: /\b(tele)?phone\b|\bcall\b|\bhotline\b/i,
		chat: /\bchat\b|\bmessag/i,
		email: /\be-?mail\b/i,
		web: /\bweb\b|\bportal\b|\bonline\b|\bhelp ?(center|centre|desk)\b/i,
	};
	return FINDER_CHANNELS.filter((channel) => words.some((w) => patterns[channel].test(w)));
}
