import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import { fixtureCatalogue } from '../../../../tests/support/fixture-catalogue.ts';
import { evaluate } from '#lib/calculator/state.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { buildCalculatorData } from '#lib/views/pages/calculator.ts';
import { readUiStringsFile } from '../../../node/ui-strings-files.ts';
import { countTimeline, type TimelineData } from './timeline.ts';
import { pauseLabel, timelinePieces, timelineSvg } from './timeline-svg.ts';

const at = (iso: string) => Date.parse(iso);

/**
 * The fixture's Orbit Basic, P1 (3 hours of 08:00–17:00), opened Friday 16:30 in Warsaw (with the
 * reader's own closed dates, when given).
 */
function fridayTimeline(tag: LocaleTag = 'en', holidays?: string) {
	const t = createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));
	const vendors = buildCalculatorData(fixtureCatalogue(), tag, t);
	const input = { plan: 'orbit/basic', severity: 'P1', opened: '2026-11-27T16:30' };
	const outcome = evaluate(
		vendors,
		{ ...input, tz: 'Europe/Warsaw', ...(holidays ? { holidays } : {}) },
		tag,
		t
	);
	if (!outcome.ok) throw new Error('the fixture input is valid');
	const index = outcome.result.views.findIndex((v) => v.kind === 'first-response');
	const data = countTimeline(outcome.result.deadlines[index]!, tag)!;
	return { t, data, trace: outcome.result.views[index]!.trace };
}

describe('countTimeline', () => {
	test("takes the engine's counted stretches and the closed time between them, with its reasons", () => {
		const { data } = fridayTimeline();
		expect(data.zone).toBe('Europe/Warsaw');
		expect(data.openedMs).toBe(at('2026-11-27T15:30:00Z'));
		expect(data.spans).toEqual([
			[at('2026-11-27T15:30:00Z'), at('2026-11-27T16:00:00Z')],
			[at('2026-11-30T07:00:00Z'), at('2026-11-30T09:30:00Z')],
		]);
		expect(data.pauses).toEqual([
			{
				fromMs: at('2026-11-27T16:00:00Z'),
				toMs: at('2026-11-30T07:00:00Z'),
				reasons: ['weekend'],
				holidays: [],
			},
		]);
	});

	test('a date the reader closed has no name: the pause says holiday, not the date', () => {
		const { t, data } = fridayTimeline('en', '2026-11-30');
		expect(data.pauses[0]!.reasons).toEqual(['weekend', 'holiday']);
		expect(data.pauses[0]!.holidays).toEqual([]);
		expect(pauseLabel(data.pauses[0]!, 'en', t)).toBe('Weekend and holiday');
	});
});

describe('timelinePieces', () => {
	test('counted stretches to scale; a weekend compressed, not wider than a counted stretch', () => {
		const [friday, weekend, monday] = timelinePieces(fridayTimeline().data);
		expect(friday!.pause).toBeUndefined();
		expect(weekend!.compressed).toBe(true);
		expect(monday!.width / friday!.width).toBeCloseTo(5, 5);
		expect(weekend!.width).toBeLessThan(monday!.width);
		expect(friday!.x + friday!.width).toBeCloseTo(weekend!.x, 5);
		expect(monday!.x + monday!.width).toBeCloseTo(252, 5);
	});

	test('a short pause (a lunch break) is drawn to scale, with no break', () => {
		const data: TimelineData = {
			zone: 'UTC',
			openedMs: at('2026-11-30T11:00:00Z'),
			clockStartMs: at('2026-11-30T11:00:00Z'),
			dueMs: at('2026-11-30T14:00:00Z'),
			minutes: 120,
			spans: [
				[at('2026-11-30T11:00:00Z'), at('2026-11-30T12:00:00Z')],
				[at('2026-11-30T13:00:00Z'), at('2026-11-30T14:00:00Z')],
			],
			pauses: [
				{
					fromMs: at('2026-11-30T12:00:00Z'),
					toMs: at('2026-11-30T13:00:00Z'),
					reasons: ['break'],
					holidays: [],
				},
			],
		};
		const pieces = timelinePieces(data);
		expect(pieces.map((p) => p.compressed)).toEqual([false, false, false]);
		expect(pieces[1]!.width).toBeCloseTo(pieces[0]!.width, 5);
	});
});

describe('pauseLabel', () => {
	test('names the reasons, holidays by name, and the time before coverage', () => {
		const pause = { fromMs: 0, toMs: 1, holidays: [] };
		expect(pauseLabel({ ...pause, reasons: ['weekend'] }, 'en', echoTranslate)).toBe(
			'Atlas.calc.trace.reason.weekend'
		);
		expect(
			pauseLabel(
				{ ...pause, reasons: ['night', 'holiday'], holidays: ['Independence Day'] },
				'en',
				echoTranslate
			)
		).toBe('Atlas.calc.trace.reason.night and Independence Day');
		expect(pauseLabel({ ...pause, reasons: [] }, 'en', echoTranslate)).toBe(
			'Atlas.calc.timeline.notCovered'
		);
	});
});

describe('timelineSvg', () => {
	test('marks the opening, the deadline and the local times of the counted stretches', () => {
		const { t, data } = fridayTimeline();
		const svg = timelineSvg(data, 'en', t, 'fr', 'fr-trace');
		expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-describedby="fr-trace"/);
		const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts).toEqual(['Fri 16:30', '17:00', 'Mon 08:00', '10:30', 'Weekend', 'Opened', 'Due']);
		// Counted time is filled, paused time hatched with the pattern of this timeline alone.
		expect(svg.match(/class="tl-counted"/g)).toHaveLength(2);
		expect(svg).toContain('fill="url(#fr-hatch)"');
		expect(svg).toContain('<pattern id="fr-hatch"');
		// The weekend is compressed: a break crosses it.
		expect(svg.match(/class="tl-break"/g)).toHaveLength(2);
	});

	test('opened outside covered hours: the opening’s time, and the wait before the clock starts', () => {
		const { t } = fridayTimeline();
		const data: TimelineData = {
			zone: 'Europe/Warsaw',
			openedMs: at('2026-11-28T10:00:00Z'),
			clockStartMs: at('2026-11-30T07:00:00Z'),
			dueMs: at('2026-11-30T08:00:00Z'),
			minutes: 60,
			spans: [[at('2026-11-30T07:00:00Z'), at('2026-11-30T08:00:00Z')]],
			pauses: [
				{
					fromMs: at('2026-11-28T10:00:00Z'),
					toMs: at('2026-11-30T07:00:00Z'),
					reasons: [],
					holidays: [],
				},
			],
		};
		const texts = [
			...timelineSvg(data, 'en', t, 'sat').matchAll(/<text [^>]*>([^<]*)<\/text>/g),
		].map((m) => m[1]);
		expect(texts).toEqual([
			'Sat 11:00',
			'Mon 08:00',
			'09:00',
			'Outside covered hours',
			'Opened',
			'Due',
		]);
	});

	test('writes its words in the page language, escaped', () => {
		const { t, data } = fridayTimeline('pl');
		const svg = timelineSvg(data, 'pl', t, 'x');
		expect(svg).toContain('>pt. 16:30<');
		expect(svg).toContain('>Weekend<');
		const hostile = timelineSvg(data, 'en', () => '<b>&"', 'x');
		expect(hostile).toContain('&lt;b&gt;&amp;&quot;');
		expect(hostile).not.toContain('<b>');
	});
});
