import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../tests/support/echo-translate.ts';
import poland from '../../../content/holidays/PL.json';
import { fixtureCatalogue, fixtureFolderVendor } from '../../../tests/support/fixture-catalogue.ts';
import type { RegionHolidays } from '#lib/time/regions.ts';
import type { RequestProblem } from '#lib/sla/request.ts';
import { buildCalculatorData } from '#lib/views/pages/calculator.ts';
import {
	checkInput,
	countDeadlines,
	describeCount,
	evaluate,
	findPlan,
	initialInput,
	inputFromQuery,
	levelLabels,
	levelTermForPlan,
	planOptions,
	problemMessage,
	regionsNeeded,
	severityForPlan,
	urlForInput,
} from './state.ts';

const t = echoTranslate;
// Orbit (levels P1–P3, an office in Warsaw, customer-zone hours), solo (no levels) and duo, whose
// Lite tier has targets for S2 only.
const vendors = buildCalculatorData(
	{ vendors: [...fixtureCatalogue().vendors, fixtureFolderVendor('plan-pages')] },
	'en',
	t
);
const options = planOptions(vendors);
// Orbit Basic counts on its office hours: Monday to Friday 08:00–17:00 in Warsaw.
const warsaw = {
	plan: 'orbit/basic',
	severity: 'P1',
	opened: '2026-11-27T16:30',
	tz: 'Europe/Warsaw',
};

describe('the calculator state: URL ⇄ input', () => {
	test('lists every plan with the levels its targets use', () => {
		expect(options).toEqual([
			{ plan: 'orbit/basic', severities: ['P1', 'P2', 'P3'] },
			{ plan: 'orbit/premium', severities: ['P1', 'P2', 'P3'] },
			{ plan: 'solo/standard', severities: [] },
			{ plan: 'duo/lite', severities: ['S2'] },
			{ plan: 'duo/plus', severities: ['S1', 'S2'] },
			{ plan: 'duo/max', severities: ['S1', 'S2'] },
		]);
	});

	test('reads the fields from the query, trimmed, ignoring empty and unknown parameters', () => {
		expect(inputFromQuery('?plan=orbit/basic&severity=+P1+&opened=&tz=Europe/Warsaw&x=1')).toEqual({
			plan: 'orbit/basic',
			severity: 'P1',
			tz: 'Europe/Warsaw',
		});
	});

	test('writes the input back as the same URL, in the locale', () => {
		const input = { ...warsaw, holidays: '2026-12-24, 2026-12-31' };
		const url = urlForInput('pl', input);
		expect(url).toBe(
			'/pl/calculator/?plan=orbit/basic&severity=P1&opened=2026-11-27T16:30&tz=Europe/Warsaw&holidays=2026-12-24,2026-12-31'
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
			plan: 'orbit/basic',
			severity: 'P1',
			tz: 'Asia/Seoul',
			opened: 'now in Asia/Seoul',
		});
		expect(initialInput(warsaw, options, { zone: 'Asia/Seoul', now })).toEqual(warsaw);
		// An unknown zone from a link stays (so its error can name it); the time falls back to the reader's.
		expect(
			initialInput({ plan: 'duo/lite', tz: 'Mars/Olympus' }, options, {
				zone: 'Asia/Seoul',
				now,
			})
		).toMatchObject({ severity: 'S2', tz: 'Mars/Olympus', opened: 'now in Asia/Seoul' });
	});

	test('a plan switch keeps the severity when the new plan has it, else takes its first', () => {
		expect(severityForPlan(options, 'orbit/premium', 'P3')).toBe('P3');
		expect(severityForPlan(options, 'duo/plus', 'S2')).toBe('S2');
		expect(severityForPlan(options, 'duo/lite', 'S1')).toBe('S2');
		expect(severityForPlan(options, 'solo/standard', 'P1')).toBeUndefined();
		expect(findPlan(vendors, 'orbit/premium').tier?.name).toBe('Premium');
		expect(findPlan(vendors, 'nobody/none')).toEqual({ vendor: undefined, tier: undefined });
		// Not a plan id: a vendor alone names no plan.
		expect(findPlan(vendors, 'orbit')).toEqual({ vendor: undefined, tier: undefined });
	});
});

describe('the calculator state: problems, each at its field', () => {
	test('a valid input has none', () => {
		expect(checkInput(options, warsaw)).toEqual([]);
	});

	test('lists every bad field at once, in form order, not only the first', () => {
		const problems = checkInput(options, {
			plan: 'orbit/basic',
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
		expect(problems[0]!.problem).toEqual({
			problem: 'unknown-severity',
			value: 'P9',
			choices: ['P1', 'P2', 'P3'],
		});
		expect(problems[3]!.problem).toEqual({ problem: 'invalid-holiday', value: '24.12.2026' });
	});

	test('a zone abbreviation beside another bad field still gets its suggested zones', () => {
		const problems = checkInput(options, { ...warsaw, opened: '2026-02-30T16:30', tz: 'PST' });
		expect(problems.map((p) => [p.field, p.problem.problem])).toEqual([
			['opened', 'invalid-time'],
			['tz', 'abbreviated-zone'],
		]);
		expect(problems[1]!.problem).toMatchObject({ value: 'PST' });
		expect((problems[1]!.problem as { choices: string[] }).choices).toContain(
			'America/Los_Angeles'
		);
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
		const { severity: _none, ...withoutSeverity } = { ...warsaw, plan: 'duo/lite' };
		expect(checkInput(options, withoutSeverity).map((p) => p.problem)).toEqual([
			{ problem: 'missing-severity', choices: ['S2'] },
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

	test('problems with the level name it in the word of the plan’s vendor', () => {
		const unknown = { problem: 'unknown-severity' as const, value: 'P9', choices: ['S2'] };
		expect(problemMessage(unknown, t, true, 'priority')).toBe(
			'atlas.calc.error.unknown-severity.priority{"value":"P9","choices":"S2"}'
		);
		expect(
			problemMessage({ problem: 'missing-severity', choices: ['S2'] }, t, true, 'priority')
		).toBe('atlas.calc.error.missing-severity.priority{"choices":"S2"}');
		expect(problemMessage({ problem: 'no-severities', value: 'S1' }, t, false, 'priority')).toBe(
			'atlas.calc.error.no-severities.priority{"value":"S1"}'
		);
		// Problems with other fields have one wording.
		expect(problemMessage({ problem: 'missing-opened' }, t, true, 'priority')).toBe(
			'atlas.calc.error.missing-opened-field{}'
		);
	});

	test('Chinese lists the valid choices with 、, not a Latin comma', () => {
		const problem: RequestProblem = {
			problem: 'unknown-severity',
			value: 'P9',
			choices: ['P1', 'P2', 'P3'],
		};
		for (const tag of ['zh-CN', 'zh-TW'] as const)
			expect(problemMessage(problem, t, true, undefined, tag)).toBe(
				'atlas.calc.error.unknown-severity{"value":"P9","choices":"P1、P2、P3"}'
			);
		expect(problemMessage(problem, t, true, undefined, 'pl')).toContain('"choices":"P1, P2, P3"');
	});
});

describe('the calculator state: the level’s name', () => {
	test('follows the plan’s vendor: Orbit ranks by severity, Duo by priority', () => {
		expect(levelTermForPlan(vendors, 'orbit/basic')).toBe('severity');
		expect(levelTermForPlan(vendors, 'duo/lite')).toBe('priority');
		// No plan, or one that does not exist: the default wording.
		expect(levelTermForPlan(vendors, undefined)).toBe('severity');
		expect(levelTermForPlan(vendors, 'nobody/none')).toBe('severity');
	});

	test('levelLabels words the field and the impact × urgency helper for the plan', () => {
		expect(levelLabels(vendors, 'orbit/basic', t)).toEqual({
			field: 'atlas.calc.field.severity',
			helpChoose: 'atlas.calc.helpChoose',
		});
		expect(levelLabels(vendors, 'duo/lite', t)).toEqual({
			field: 'atlas.calc.field.severity.priority',
			helpChoose: 'atlas.calc.helpChoose.priority',
		});
	});
});

describe('the calculator state: results', () => {
	test('Orbit Basic P1 (3 office hours) opened Friday 16:30 in Warsaw is due Monday 10:30', () => {
		const outcome = evaluate(vendors, warsaw, 'en', t);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		const first = outcome.result.views.find((v) => v.kind === 'first-response')!;
		// Half an hour on Friday, two and a half on Monday from 08:00; Warsaw is UTC+1 in November.
		expect(first.dueInstant).toBe('2026-11-30T09:30:00Z');
		expect(outcome.result.summary).toBe(
			'atlas.faq.example.planName{"vendor":"Orbit","tier":"Basic"} · P1'
		);
		expect(outcome.result.openingNote).toBeUndefined();
	});

	test('Poland closes 11 November: a P2 (2 hours) opened Tuesday 16:30 moves from Wednesday to Thursday', () => {
		// Orbit Premium counts P2 on the customer's own hours (09:00–17:00), where the reader's
		// region's holidays apply.
		const input = {
			plan: 'orbit/premium',
			severity: 'P2',
			opened: '2026-11-10T16:30',
			tz: 'Europe/Warsaw',
			region: 'PL',
		};
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
		// Without the region's data, the day is an ordinary Wednesday: 09:00 plus the remaining 1.5 hours.
		expect(first(due())).toBe('2026-11-11T09:30:00Z');
		const data = poland as unknown as RegionHolidays;
		const withPoland = due((id) => (id === 'PL' ? data : undefined));
		expect(first(withPoland)).toBe('2026-11-12T09:30:00Z');
		expect(withPoland.region?.region).toBe('PL');
	});

	test('a bad input gives its problems and no result', () => {
		const outcome = evaluate(vendors, { ...warsaw, tz: 'Mars/Olympus' }, 'en', t);
		expect(outcome).toEqual({
			ok: false,
			problems: [{ field: 'tz', problem: { problem: 'invalid-zone', value: 'Mars/Olympus' } }],
		});
	});

	test('counting and putting into words, run apart, give what evaluate gives', () => {
		const count = countDeadlines(vendors, warsaw);
		if (!count.ok) throw new Error(JSON.stringify(count.problems));
		// Counted, not yet in words: the instants are there before any text.
		expect(count.deadlines.length).toBeGreaterThan(0);
		expect(describeCount(count, 'pl', t)).toEqual(evaluate(vendors, warsaw, 'pl', t));
		const bad = { ...warsaw, tz: 'Mars/Olympus' };
		expect(describeCount(countDeadlines(vendors, bad), 'en', t)).toEqual(
			evaluate(vendors, bad, 'en', t)
		);
	});

	test('a time the clocks skip is explained in a note', () => {
		const outcome = evaluate(vendors, { ...warsaw, opened: '2026-03-29T02:30' }, 'en', t);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		expect(outcome.result.openingNote).toMatch(/^atlas\.calc\.trace\.openedSkipped/);
	});
});
