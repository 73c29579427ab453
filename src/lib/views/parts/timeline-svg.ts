/**
 * A deadline's count as a picture: a time axis in the customer's zone, the counted stretches filled,
 * the time the clock stood still hatched (long pauses compressed, with a visible break), the opening
 * and the deadline marked with their local times. Drawn as an SVG string from a timeline's data
 * (timeline.ts), the same in the build (the FAQ's worked examples) and in the browser.
 */
import { formatList, sentenceStart } from '#lib/i18n/format.ts';
import type { LocaleTag } from '#lib/locales.ts';
import type { Translate, UiKey } from '#lib/i18n/translate.ts';
import type { ClosedReason } from '#lib/sla/covered-time.ts';
import type { TimelineData, TimelinePause } from './timeline.ts';

/** Text and attribute values as SVG markup takes them. */
const escapeXml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** One piece of the axis: counted or paused, and the width it is drawn at. */
interface Piece {
	fromMs: number;
	toMs: number;
	pause?: TimelinePause | undefined;
	/** Drawn shorter than its length, with a break. */
	compressed: boolean;
	x: number;
	width: number;
}

const WIDTH = 260;
const MARGIN = 8;
const BAR_TOP = 22;
const BAR_HEIGHT = 20;
/** A pause up to this long (a lunch break) is drawn to scale. */
const SHORT_PAUSE = 3 * 3_600_000;
/** The labels' font size; roughly how wide a Latin or digit character of theirs is. */
const FONT = 13;
const CHAR = 7.5;

/** Roughly how wide a label is drawn, to keep labels from overlapping: a Han or Hangul sign is square. */
const textWidth = (text: string) =>
	[...text].reduce(
		(sum, c) => sum + (/[\p{Script=Han}\p{Script=Hangul}（）：，]/u.test(c) ? FONT : CHAR),
		0
	);

/** The axis in pieces, each with its place: counted stretches to scale, long pauses compressed. */
export function timelinePieces(data: TimelineData): Piece[] {
	const raw = [
		...data.spans.map(([fromMs, toMs]) => ({ fromMs, toMs, pause: undefined })),
		...data.pauses.map((pause) => ({ fromMs: pause.fromMs, toMs: pause.toMs, pause })),
	].sort((a, b) => a.fromMs - b.fromMs);
	const counted = data.spans.reduce((sum, [a, b]) => sum + (b - a), 0);
	// A pause longer than a few hours (a night, a weekend) is drawn at most as wide as half an average
	// counted stretch (and never under a sliver), so that a weekend does not squeeze the counted hours
	// into hairlines.
	const cap = Math.max(counted / data.spans.length / 2, counted * 0.08);
	const floor = counted * 0.06;
	const weights = raw.map((p) => {
		const length = p.toMs - p.fromMs;
		if (!p.pause) return { weight: Math.max(length, floor), compressed: false };
		return length > Math.max(cap, SHORT_PAUSE)
			? { weight: cap, compressed: true }
			: { weight: Math.max(length, floor), compressed: false };
	});
	const total = weights.reduce((sum, w) => sum + w.weight, 0) || 1;
	const scale = (WIDTH - 2 * MARGIN) / total;
	let x = MARGIN;
	return raw.map((p, i) => {
		const width = weights[i]!.weight * scale;
		const piece = { ...p, compressed: weights[i]!.compressed, x, width };
		x += width;
		return piece;
	});
}

/** Local time, with the weekday when it is another day than the last label's. */
function timeLabels(tag: LocaleTag, zone: string) {
	const time = new Intl.DateTimeFormat(tag, {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: zone,
	});
	const day = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: zone });
	const date = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
	let lastDay = '';
	return (ms: number) => {
		const today = date.format(ms);
		const text = today === lastDay ? time.format(ms) : `${day.format(ms)} ${time.format(ms)}`;
		lastDay = today;
		return text;
	};
}

const reasonKeys: Readonly<Record<ClosedReason, UiKey>> = {
	break: 'atlas.calc.trace.reason.break',
	night: 'atlas.calc.trace.reason.night',
	weekend: 'atlas.calc.trace.reason.weekend',
	'day-off': 'atlas.calc.trace.reason.dayOff',
	holiday: 'atlas.calc.trace.reason.holiday',
	'clock-change': 'atlas.calc.trace.reason.clockChange',
};

/** Why the clock stood still, in a few words ("Weekend", "Holiday: Independence Day"). */
export function pauseLabel(pause: TimelinePause, tag: LocaleTag, t: Translate): string {
	if (!pause.reasons.length) return sentenceStart(t('atlas.calc.timeline.notCovered'), tag);
	const words = pause.reasons.map((r) =>
		r === 'holiday' && pause.holidays.length ? formatList(pause.holidays, tag) : t(reasonKeys[r])
	);
	return sentenceStart(formatList(words, tag), tag);
}

/**
 * The timeline as an SVG element's markup. `id` makes its pattern's id unique in the page;
 * `describedBy` names the element (the trace) that says in words what it shows.
 */
export function timelineSvg(
	data: TimelineData,
	tag: LocaleTag,
	t: Translate,
	id: string,
	describedBy?: string
): string {
	const pieces = timelinePieces(data);
	const label = timeLabels(tag, data.zone);
	const hatch = `${id}-hatch`;
	const parts: string[] = [];
	const text = (x: number, y: number, anchor: string, value: string, cls: string) =>
		`<text x="${x.toFixed(1)}" y="${y}" text-anchor="${anchor}" class="${cls}">${escapeXml(value)}</text>`;
	for (const p of pieces) {
		const x = p.x.toFixed(1);
		const w = Math.max(p.width, 0.5).toFixed(1);
		if (!p.pause) {
			parts.push(
				`<rect class="tl-counted" x="${x}" y="${BAR_TOP}" width="${w}" height="${BAR_HEIGHT}" fill="currentColor"/>`
			);
			continue;
		}
		parts.push(
			`<rect class="tl-paused" x="${x}" y="${BAR_TOP}" width="${w}" height="${BAR_HEIGHT}" fill="url(#${hatch})" stroke="currentColor" stroke-width="0.5" stroke-opacity="0.5"/>`
		);
		if (p.compressed) {
			// The break: two slanted strokes across the bar, where days were left out.
			const mid = p.x + p.width / 2;
			for (const dx of [-3, 3])
				parts.push(
					`<path class="tl-break" d="M${(mid + dx - 3).toFixed(1)} ${BAR_TOP + BAR_HEIGHT + 4}L${(mid + dx + 3).toFixed(1)} ${BAR_TOP - 4}" stroke="currentColor" stroke-width="1.5"/>`
				);
		}
	}
	// Times at the edges of the counted stretches (and the opening's, where the clock started later),
	// below the bar, on a second or third row where they would run into the one before; one that fits
	// on none is left out (the trace lists them all), never the deadline's.
	const edges = [
		...new Set([
			...(data.openedMs < data.clockStartMs ? [data.openedMs] : []),
			...pieces.filter((p) => !p.pause).flatMap((p) => [p.fromMs, p.toMs]),
		]),
	];
	const free = [0, 0, 0];
	let rows = 1;
	const lastEdge = edges.at(-1);
	for (const ms of edges) {
		const piece = pieces.find((p) => p.fromMs === ms || (!p.pause && p.toMs === ms))!;
		const x = piece.fromMs === ms ? piece.x : piece.x + piece.width;
		const value = label(ms);
		const width = textWidth(value);
		const anchor =
			x - width / 2 < MARGIN ? 'start' : x + width / 2 > WIDTH - MARGIN ? 'end' : 'middle';
		const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
		let row = free.findIndex((end) => left >= end);
		if (row < 0) {
			if (ms !== lastEdge) continue;
			row = free.length - 1;
		}
		rows = Math.max(rows, row + 1);
		free[row] = left + width + 4;
		parts.push(
			`<path d="M${x.toFixed(1)} ${BAR_TOP + BAR_HEIGHT}v${4 + row * 15}" stroke="currentColor"/>`
		);
		parts.push(text(x, BAR_TOP + BAR_HEIGHT + 15 + row * 15, anchor, value, 'tl-time'));
	}
	// Why the clock stood still, under each pause, moved in from the edges; one that would run into the
	// one before is left out.
	const pauseY = BAR_TOP + BAR_HEIGHT + 18 + rows * 15;
	let pauseFree = 0;
	for (const p of pieces) {
		if (!p.pause) continue;
		const value = pauseLabel(p.pause, tag, t);
		const width = textWidth(value);
		const left = Math.min(Math.max(p.x + p.width / 2 - width / 2, MARGIN), WIDTH - MARGIN - width);
		if (left < pauseFree || left < MARGIN) continue;
		pauseFree = left + width + 8;
		parts.push(text(left + width / 2, pauseY, 'middle', value, 'tl-pause'));
	}
	// The opening and the deadline, above the bar.
	const first = pieces[0]!;
	const last = pieces.at(-1)!;
	const openedX = first.x;
	const dueX = last.x + last.width;
	const openedText = t('atlas.calc.timeline.opened');
	const dueText = t('atlas.calc.timeline.due');
	parts.push(
		`<path d="M${openedX.toFixed(1)} ${BAR_TOP - 8}v${BAR_HEIGHT + 8}" stroke="currentColor" stroke-width="1.5"/>`
	);
	parts.push(
		`<path d="M${dueX.toFixed(1)} ${BAR_TOP - 8}v${BAR_HEIGHT + 8}" stroke="currentColor" stroke-width="2.5"/>`
	);
	parts.push(text(openedX, BAR_TOP - 10, 'start', openedText, 'tl-mark'));
	if (textWidth(openedText) + textWidth(dueText) + 8 < dueX - openedX)
		parts.push(text(dueX, BAR_TOP - 10, 'end', dueText, 'tl-mark tl-due'));
	const height = pauseY + 5;
	const described = describedBy ? ` aria-describedby="${escapeXml(describedBy)}"` : '';
	return [
		`<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeXml(t('atlas.calc.timeline.label'))}"${described} font-size="${FONT}" xmlns="http://www.w3.org/2000/svg">`,
		`<defs><pattern id="${hatch}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path d="M0 0V5" stroke="currentColor" stroke-width="1.2" stroke-opacity="0.55"/></pattern></defs>`,
		...parts,
		'</svg>',
	].join('');
}
