import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import poland from '../../../content/holidays/PL.json';
import type { Translate } from '../i18n/translate.ts';
import type { RegionHolidays } from '../sla/regions.ts';
import { buildCalculatorData } from '../views/calculator.ts';
import {
	checkInput,
	evaluate,
	findPlan,
	initialInput,
	inputFromQuery,
	planOptions,
	problemMessage,
	regionsNeeded,
	severityForPlan,
	urlForInput,
} from './state.ts';

// Echoes the key and variables, so the test sees exactly what was asked for.
const t: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);
const vendors = buildCalculatorData(loadCatalogue('content/vendors'), 'en', t);
const options = planOptions(vendors);
const warsaw = {
	plan: 'amanda/standard',
	severity: 'P1',
	opened: '2026-11-27T16:30',
	tz: 'Europe/Warsaw',
};

describe('the calculator state: URL ⇄ input', () => {
	test('reads the fields from the query, trimmed, ignoring empty and unknown parameters', () => {
		expect(
			inputFromQuery('?plan=amanda/standard&severity=+P1+&opened=&tz=Europe/Warsaw&x=1')
		).toEqual({ plan: 'amanda/standard', severity: 'P1', tz: 'Europe/Warsaw' });
	});

	test('writes the input back as the same URL, in the locale', () => {
		const input = { ...warsaw, holidays: '2026-12-24, 2026-12-31' };
		const url = urlForInput('pl', input);
		expect(url).toBe(
			'/pl/calculator/?plan=amanda/standard&severity=P1&opened=2026-11-27T16:30&tz=Europe/Warsaw&holidays=2026-12-24,2026-12-31'
		);
		expect(inputFromQuery(new URL(url, 'https://x.example').search)).toEqual({
			...input,
			holidays: '2026-12-24,2026-12-31',
		});
	});

	test('starts from the URL, else the first plan, its most severe level, the reader’s zone and now', () => {
		const now = (zone: string) => {
			if (zone === 'Mars/Olympus') throw new RangeError(zone);
			return `now in ${zone}`;
		};
		expect(initialInput({}, options, { zone: 'Asia/Seoul', now })).toEqual({
			plan: options[0]!.plan,
			severity: options[0]!.severities[0],
			tz: 'Asia/Seoul',
			opened: 'now in Asia/Seoul',
		});
		expect(initialInput(warsaw, options, { zone: 'Asia/Seoul', now })).toEqual(warsaw);
		// An unknown zone from a link stays (so its error can name it); the time falls back to the reader's.
		expect(
			initialInput({ plan: 'amanda/premium', tz: 'Mars/Olympus' }, options, {
				zone: 'Asia/Seoul',
				now,
			})
		).toMatchObject({ severity: 'P1', tz: 'Mars/Olympus', opened: 'now in Asia/Seoul' });
	});

	test('a plan switch keeps the severity when the new plan has it, else takes its first', () => {
		expect(severityForPlan(options, 'amanda/premium', 'P3')).toBe('P3');
		const ptc = options.find((o) => o.plan.startsWith('ptc/'))!;
		expect(severityForPlan(options, ptc.plan, 'P3')).toBe(ptc.severities[0]);
		expect(findPlan(vendors, 'amanda/premium').tier?.id).toBe('premium');
		expect(findPlan(vendors, 'nobody/none')).toEqual({ vendor: undefined, tier: undefined });
	});
});

describe('the calculator state: problems, each at its field', () => {
	test('a valid input has none', () => {
		expect(checkInput(options, warsaw)).toEqual([]);
	});

	test('lists every bad field at once, in form order, not only the first', () => {
		const problems = checkInput(options, {
			plan: 'amanda/standard',
			severity: 'P9',
			opened: '2026-02-30T16:30',
			tz: 'Mars/Olympus',
			holidays: '2026-12-24,24.12.2026',
		});
		expect(problems.map((p) => [p.field, p.problem.problem])).toEqual([
			['severity', 'unknown-severity'],
			['opened', 'invalid-time'],
			['tz', 'invalid-zone'],
			['holidays', 'invalid-holiday'],
		]);
		expect(problems[3]!.problem).toEqual({ problem: 'invalid-holiday', value: '24.12.2026' });
	});

	test('an unknown region is named at the region field, with the others', () => {
		const problems = checkInput(options, { ...warsaw, holidays: 'x', region: 'XX' });
		expect(problems.map((p) => [p.field, p.problem.problem])).toEqual([
			['holidays', 'invalid-holiday'],
			['region', 'unknown-region'],
		]);
		expect(problems[1]!.problem).toMatchObject({ problem: 'unknown-region', value: 'XX' });
	});

	test('missing values are named at their fields', () => {
		expect(checkInput(options, {}).map((p) => [p.field, p.problem.problem])).toEqual([
			['plan', 'missing-plan'],
			['opened', 'missing-opened'],
			['tz', 'missing-zone'],
		]);
	});

	test('in the form, a missing time is asked for without the link format', () => {
		expect(problemMessage({ problem: 'missing-opened' }, t)).toBe(
			'atlas.calc.error.missing-opened-field{}'
		);
		expect(problemMessage({ problem: 'missing-opened' }, t, false)).toBe(
			'atlas.calc.error.missing-opened{}'
		);
		expect(
			problemMessage({ problem: 'unknown-severity', value: 'P9', choices: ['P1', 'P2'] }, t)
		).toBe('atlas.calc.error.unknown-severity{"value":"P9","choices":"P1, P2"}');
	});
});

describe('the calculator state: results', () => {
	test('Amanda Standard P1 opened Friday 16:30 in Warsaw is due Monday 08:30', () => {
		const outcome = evaluate(vendors, warsaw, 'en', t);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		const first = outcome.result.views.find((v) => v.kind === 'first-response')!;
		expect(first.dueInstant).toBe('2026-11-30T07:30:00Z');
		expect(outcome.result.summary).toBe('Amanda Standard P1');
		expect(outcome.result.openingNote).toBeUndefined();
	});

	test('Poland closes 11 November: a P2 opened Tuesday 15:00 in Warsaw moves from Wednesday to Thursday', () => {
		const input = { ...warsaw, severity: 'P2', opened: '2026-11-10T15:00', region: 'PL' };
		expect(regionsNeeded(vendors, input)).toEqual(['PL']);
		expect(urlForInput('en', input)).toMatch(/[?&]region=PL$/);
		expect(inputFromQuery(urlForInput('en', input).split('?')[1]!)).toEqual(input);
		const due = (regionData?: Parameters<typeof evaluate>[4]) => {
			const outcome = evaluate(vendors, input, 'en', t, regionData);
			if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
			return outcome.result;
		};
		const first = (r: ReturnType<typeof due>) =>
			r.views.find((v) => v.kind === 'first-response')!.dueInstant;
		// Without the region's data, the day is an ordinary Wednesday.
		expect(first(due())).toBe('2026-11-11T08:00:00Z');
		const data = poland as unknown as RegionHolidays;
		const withPoland = due((id) => (id === 'PL' ? data : undefined));
		expect(first(withPoland)).toBe('2026-11-12T08:00:00Z');
		expect(withPoland.region?.region).toBe('PL');
	});

	test('a bad input gives its problems and no result', () => {
		const outcome = evaluate(vendors, { ...warsaw, tz: 'Mars/Olympus' }, 'en', t);
		expect(outcome).toEqual({
			ok: false,
			problems: [{ field: 'tz', problem: { problem: 'invalid-zone', value: 'Mars/Olympus' } }],
		});
	});

	test('a time the clocks skip is explained in a note', () => {
		const outcome = evaluate(vendors, { ...warsaw, opened: '2026-03-29T02:30' }, 'en', t);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		expect(outcome.result.openingNote).toMatch(/^atlas\.calc\.trace\.openedSkipped/);
	});
});
