import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../tests/support/echo-translate.ts';
import poland from '../../../content/holidays/PL.json';
import { fixtureCatalogue, fixtureFolderVendor } from '../../../tests/support/fixture-catalogue.ts';
import type { RegionHolidays } from '#lib/time/regions.ts';
import type { RequestProblem } from '#lib/sla/request.ts';
import { buildCalculatorData } from '#lib/views/pages/calculator.ts';
import {
	attributeChoices,
	checkInput,
	countDeadlines,
	describeCount,
	evaluate,
	findPlan,
	initialInput,
	inputFromQuery,
	levelLabels,
	levelsOffered,
	levelTermForPlan,
	planOptions,
	regionsNeeded,
	severityForPlan,
	ticketFields,
	urlForInput,
} from './state.ts';
import { problemMessage } from './problems.ts';

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
		expect(options.map(({ plan, severities }) => ({ plan, severities }))).toEqual([
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

	test('levelLabels words the field, the impact × urgency helper, the request type and the start field for the plan', () => {
		expect(levelLabels(vendors, 'orbit/basic', t)).toEqual({
			field: 'atlas.calc.field.severity',
			helpChoose: 'atlas.calc.helpChoose',
			typeLevel: 'atlas.calc.field.typeLevel',
			typeHint: 'atlas.calc.field.typeHint',
			started: 'atlas.calc.field.started',
		});
		expect(levelLabels(vendors, 'duo/lite', t)).toEqual({
			field: 'atlas.calc.field.severity.priority',
			helpChoose: 'atlas.calc.helpChoose.priority',
			typeLevel: 'atlas.calc.field.typeLevel.priority',
			typeHint: 'atlas.calc.field.typeHint.priority',
			started: 'atlas.calc.field.started.priority',
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

// Keystone (tests/fixtures/terms) uses every structured field of real vendors' terms: attributes
// (one without a default), a request type, add-ons that set or lift targets, a tier that includes
// another, a level offered without a target, and a clock that starts when the vendor sets the level.
describe('the calculator state: what selects a target (Keystone)', () => {
	const keystone = buildCalculatorData({ vendors: [fixtureFolderVendor('terms')] }, 'en', t);
	const plans = planOptions(keystone);
	// Friday 4 December 2026, 16:30 in Warsaw (UTC+1): half an hour before business hours end.
	const friday = { opened: '2026-12-04T16:30', tz: 'Europe/Warsaw' };
	const premiumP2 = { ...friday, plan: 'keystone/premium', severity: 'P2' };
	const result = (input: Parameters<typeof evaluate>[1]) => {
		const outcome = evaluate(keystone, input, 'en', t);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		return outcome.result;
	};
	const due = (input: Parameters<typeof evaluate>[1]) =>
		result(input).views.map((v) => [v.kind, v.dueInstant]);

	test('offers the levels each plan has, with add-ons that can change them', () => {
		expect(plans.map(({ plan, severities, addOns }) => [plan, severities, addOns])).toEqual([
			['keystone/basic', [], ['guard']],
			['keystone/enterprise', ['P1', 'P2', 'P3', 'P4'], ['guard']],
			['keystone/premium', ['P1', 'P2', 'P3', 'P4'], ['rapid']],
		]);
		// Guard lifts Basic, which offers no level, to Premium's.
		expect(levelsOffered(plans, 'keystone/basic', ['guard'])).toEqual(['P1', 'P2', 'P3', 'P4']);
		expect(severityForPlan(plans, 'keystone/basic', 'P2', ['guard'])).toBe('P2');
	});

	test('the new fields travel through the URL and back', () => {
		const input = {
			...friday,
			plan: 'keystone/basic',
			addons: 'guard',
			severity: 'P2',
			'attr-hours': 'business',
			'attr-language': 'ja',
			started: '2026-12-07T10:00',
		};
		const url = urlForInput('pl', input);
		expect(url).toBe(
			'/pl/calculator/?plan=keystone/basic&addons=guard&severity=P2&attr-hours=business&attr-language=ja&opened=2026-12-04T16:30&started=2026-12-07T10:00&tz=Europe/Warsaw'
		);
		expect(inputFromQuery(new URL(url, 'https://x.example').search)).toEqual(input);
		const licensing = { ...friday, plan: 'keystone/enterprise', type: 'licensing' };
		expect(urlForInput('en', licensing)).toBe(
			'/calculator/?plan=keystone/enterprise&type=licensing&opened=2026-12-04T16:30&tz=Europe/Warsaw'
		);
		expect(inputFromQuery(urlForInput('en', licensing).split('?')[1]!)).toEqual(licensing);
		// An attribute parameter without a name is no field; other unknown parameters are ignored too.
		expect(inputFromQuery('?plan=keystone/premium&attr-=x&attrs=y&addons=+rapid+')).toEqual({
			plan: 'keystone/premium',
			addons: 'rapid',
		});
	});

	test('asks for what the chosen plan and level need, and nothing else', () => {
		const fields = (input: Parameters<typeof ticketFields>[2]) =>
			ticketFields(keystone, plans, input);
		expect(fields(premiumP2)).toEqual({
			addOns: [{ id: 'rapid', name: 'Rapid Response' }],
			requestTypes: [{ id: 'licensing', name: 'Licensing questions' }],
			attributes: ['language', 'hours'],
			started: true,
		});
		// Premium P1 counts round the clock on its own target: no attribute decides it.
		expect(fields({ ...premiumP2, severity: 'P1' }).attributes).toEqual([]);
		// Enterprise P1 depends on the deployment (a target) and the language (a calendar).
		expect(fields({ ...premiumP2, plan: 'keystone/enterprise', severity: 'P1' })).toMatchObject({
			addOns: [{ id: 'guard', name: 'Guard' }],
			attributes: ['deployment', 'language'],
		});
		// A licensing question starts its clock at opening: no start time to ask for.
		expect(fields({ ...friday, plan: 'keystone/enterprise', type: 'licensing' })).toMatchObject({
			attributes: ['language'],
			started: false,
		});
		// Basic answers nothing without an add-on: no request type, no level.
		expect(fields({ ...friday, plan: 'keystone/basic' })).toEqual({
			addOns: [{ id: 'guard', name: 'Guard' }],
			requestTypes: [],
			attributes: [],
			started: false,
		});
		// The attribute fields: the assumed value first where there is a default, else a request to choose.
		const [deployment, , hours] = keystone[0]!.names.attributes;
		expect(attributeChoices(deployment!, t)).toEqual([
			{ value: '', text: 'atlas.calc.field.attributeAssumed{"value":"Cloud"}' },
			{ value: 'cloud', text: 'Cloud' },
			{ value: 'server', text: 'Server' },
		]);
		expect(attributeChoices(hours!, t)[0]).toEqual({ value: '', text: 'atlas.calc.field.choose' });
	});

	test('each problem is at its own field, attributes and values named as the form names them', () => {
		const problems = checkInput(plans, {
			...premiumP2,
			addons: 'guard',
			'attr-language': 'fr',
			started: 'soon',
		});
		expect(problems.map((p) => [p.field, p.problem.problem])).toEqual([
			['addons', 'unknown-add-on'],
			['attr-language', 'unknown-attribute-value'],
			['attr-hours', 'missing-attribute'],
			['started', 'invalid-started'],
		]);
		const names = keystone[0]!.names;
		expect(problemMessage(problems[2]!.problem, t, true, 'priority', 'en', names)).toBe(
			'atlas.calc.error.missing-attribute{"choices":"Round the clock, Business hours","attribute":"Hours chosen at submission"}'
		);
		expect(problemMessage(problems[0]!.problem, t, true, 'priority', 'zh-CN', names)).toBe(
			'atlas.calc.error.unknown-add-on{"value":"guard","choices":"Rapid Response"}'
		);
		// Without names (the command line), ids: what its flags take.
		expect(problemMessage(problems[2]!.problem, t, false)).toBe(
			'atlas.calc.error.missing-attribute{"choices":"round-the-clock, business","attribute":"hours"}'
		);
		expect(
			checkInput(plans, {
				...premiumP2,
				'attr-hours': 'business',
				started: '2026-12-04T16:00',
			}).map((p) => [p.field, p.problem])
		).toEqual([['started', { problem: 'started-before-opening', value: '2026-12-04T16:00' }]]);
		expect(
			checkInput(plans, { ...premiumP2, type: 'licensing' }).map((p) => [p.field, p.problem])
		).toEqual([['type', { problem: 'severity-and-request-type', value: 'licensing' }]]);
		expect(
			checkInput(plans, { ...friday, plan: 'keystone/basic', severity: 'P1' }).map((p) => [
				p.field,
				p.problem.problem,
			])
		).toEqual([['severity', 'no-levels-offered']]);
		// An attribute the vendor does not have has no field: it is the plan's vendor that lacks it.
		expect(
			checkInput(plans, { ...premiumP2, 'attr-hours': 'business', 'attr-colour': 'red' })
		).toEqual([
			{
				field: 'plan',
				problem: {
					problem: 'unknown-attribute',
					value: 'colour',
					choices: ['deployment', 'language', 'hours'],
				},
			},
		]);
	});

	test('Premium P2: business hours or round the clock, as chosen at submission', () => {
		// Business hours: half an hour on Friday, three and a half from Monday 09:00.
		expect(due({ ...premiumP2, 'attr-hours': 'business' })).toEqual([
			['first-response', '2026-12-07T11:30:00Z'],
		]);
		// Round the clock: four hours of elapsed time.
		const round = result({ ...premiumP2, 'attr-hours': 'round-the-clock' });
		expect(round.views.map((v) => v.dueInstant)).toEqual(['2026-12-04T19:30:00Z']);
		expect(round.terms).toEqual([
			{
				selectedBy:
					'atlas.calc.selectedBy{"conditions":"atlas.calc.condition{\\"name\\":\\"Hours chosen at submission\\",\\"value\\":\\"Round the clock\\"}"}',
				startEvent: 'atlas.calc.trace.startAssignedUnknown',
				termsChanges: [],
			},
		]);
		// The language decides a calendar too: not given, its default is assumed and said so.
		expect(round.ticket).toEqual([
			{ label: 'Hours chosen at submission', value: 'Round the clock' },
			{ label: 'Support language', value: 'atlas.calc.attributeAssumed{"value":"English"}' },
		]);
		expect(round.request.assumedAttributes).toEqual(['language']);
		expect(round.provenance[0]?.sourceText).toMatch(/^atlas\.source\.line/);
		// Japanese tickets count on Tokyo's business hours.
		expect(due({ ...premiumP2, 'attr-hours': 'business', 'attr-language': 'ja' })).toEqual([
			['first-response', '2026-12-07T04:00:00Z'],
		]);
	});

	test('the clock starts when the vendor set the level, when that time is given', () => {
		const started = result({ ...premiumP2, 'attr-hours': 'business', started: '2026-12-07T10:00' });
		// Four business hours from Monday 10:00.
		expect(started.views[0]!.dueInstant).toBe('2026-12-07T13:00:00Z');
		expect(started.terms[0]!.startEvent).toMatch(/^atlas\.calc\.trace\.startAssigned\{"time":/);
		expect(started.request.started?.toString()).toBe('2026-12-07T10:00:00+01:00[Europe/Warsaw]');
	});

	test('Basic with Guard: lifted to Premium’s terms, which the result says come from the add-on', () => {
		const guarded = result({ ...friday, plan: 'keystone/basic', addons: 'guard', severity: 'P1' });
		// Premium P1: under 30 minutes round the clock, guaranteed.
		expect(guarded.views.map((v) => v.dueInstant)).toEqual(['2026-12-04T16:00:00Z']);
		expect(guarded.terms[0]).toMatchObject({
			origin: 'atlas.calc.origin.addOn{"addOn":"Guard"}',
			commitment: 'atlas.commitment.guaranteed',
		});
		expect(guarded.ticket).toEqual([{ label: 'atlas.calc.label.addOns', value: 'Guard' }]);
		// The duty of P1 tickets, with the level the ticket is handled at otherwise.
		expect(guarded.duties).toEqual([
			'atlas.calc.dutyWithDowngrade{"text":"Stay reachable around the clock.","level":"P2"}',
		]);
		expect(guarded.summary).toBe(
			'atlas.faq.example.planName{"vendor":"Keystone","tier":"Basic"} · P1'
		);
		// Premium with Rapid Response: the add-on's own target, with its provenance.
		const rapid = result({ ...premiumP2, severity: 'P1', addons: 'rapid' });
		expect(rapid.views.map((v) => v.dueInstant)).toEqual(['2026-12-04T15:45:00Z']);
		expect(rapid.terms[0]!.origin).toBe('atlas.calc.origin.addOn{"addOn":"Rapid Response"}');
		expect(rapid.provenance[0]?.source?.locator).toBe('Rapid Response');
	});

	test('Enterprise P4 is offered without a target: accepted, and answered so', () => {
		const none = result({ ...friday, plan: 'keystone/enterprise', severity: 'P4' });
		expect(none.views).toEqual([]);
		expect(none.noPublishedTarget).toBe(true);
		// A plan that offers no level has no target either, but offers none to publish.
		expect(result({ ...friday, plan: 'keystone/basic' }).noPublishedTarget).toBe(false);
	});

	test('Enterprise P1 depends on the deployment: server tickets get a faster target', () => {
		const cloud = result({ ...friday, plan: 'keystone/enterprise', severity: 'P1' });
		// Eight business hours: Monday 16:30; a target, not a guarantee.
		expect(cloud.views.map((v) => v.dueInstant)).toEqual(['2026-12-07T15:30:00Z']);
		expect(cloud.terms[0]!.commitment).toBe('atlas.commitment.target');
		expect(cloud.request.assumedAttributes).toEqual(['deployment', 'language']);
		const server = result({
			...friday,
			plan: 'keystone/enterprise',
			severity: 'P1',
			'attr-deployment': 'server',
		});
		expect(server.views.map((v) => v.dueInstant)).toEqual(['2026-12-07T11:30:00Z']);
		expect(server.terms[0]!.selectedBy).toContain('\\"value\\":\\"Server\\"');
	});

	test('a licensing question has no level: its own reply time, counted from opening', () => {
		const licensing = result({ ...friday, plan: 'keystone/enterprise', type: 'licensing' });
		// Eight business hours, the clock starting when the ticket was opened.
		expect(licensing.views.map((v) => [v.kind, v.dueInstant])).toEqual([
			['inquiry-response', '2026-12-07T15:30:00Z'],
		]);
		expect(licensing.terms[0]!.startEvent).toBeUndefined();
		expect(licensing.request.severity).toBeUndefined();
		expect(licensing.ticket[0]).toEqual({
			label: 'atlas.calc.label.requestType',
			value: 'Licensing questions',
		});
		expect(licensing.summary).toBe(
			'atlas.faq.example.planName{"vendor":"Keystone","tier":"Enterprise"} · Licensing questions'
		);
		// Premium answers it from the tier it includes.
		const included = result({ ...friday, plan: 'keystone/premium', type: 'licensing' });
		expect(included.terms[0]!.origin).toBe('atlas.calc.origin.included{"tier":"Enterprise"}');
		expect(included.views.map((v) => v.dueInstant)).toEqual(['2026-12-07T15:30:00Z']);
	});
});

// Ledger (tests/fixtures/versions): Standard's P1 first response was 4 h (2024), 2 h (September
// 2025) and 1 h (1 March 2026); Premium was added in September 2025.
describe('the calculator state: the terms in effect when the ticket was opened (Ledger)', () => {
	const ledger = buildCalculatorData({ vendors: [fixtureFolderVendor('versions')] }, 'en', t);
	const standardP1 = { plan: 'ledger/standard', severity: 'P1', tz: 'Europe/Warsaw' };
	const result = (opened: string, plan = standardP1.plan) => {
		const outcome = evaluate(ledger, { ...standardP1, plan, opened }, 'en', t);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		return outcome.result;
	};
	const target = (opened: string) => result(opened).views[0]!.promise;

	test('the calculator data carries each earlier version, newest first', () => {
		expect(ledger[0]!.effective).toBe('2026-03-01');
		expect(ledger[0]!.earlier?.map((v) => v.effective)).toEqual(['2025-09', '2024-01-15']);
		expect(ledger[0]!.earlier?.map((v) => v.tiers.map((x) => x.id))).toEqual([
			['standard', 'premium'],
			['standard'],
		]);
	});

	test('a ticket opened before a change gets the old target, one opened after it the new one', () => {
		// Monday 10:00 in Warsaw, under each version: 1 h, 2 h, 4 h.
		const [now, before, earliest] = ['2026-03-02T10:00', '2026-02-23T10:00', '2025-06-02T10:00'];
		expect(result(now).views[0]!.dueInstant).toBe('2026-03-02T10:00:00Z');
		expect(result(before).views[0]!.dueInstant).toBe('2026-02-23T11:00:00Z');
		expect(result(earliest).views[0]!.dueInstant).toBe('2025-06-02T12:00:00Z');
		expect(new Set([now, before, earliest].map(target)).size).toBe(3);
	});

	test('says which version it used, and its sources', () => {
		const terms = (opened: string) => result(opened).ticket[0];
		expect(terms('2026-03-02T10:00')).toEqual({
			label: 'atlas.calc.label.terms',
			value: 'atlas.calc.terms.current{"date":"Mar 1, 2026","next":""}',
			assumptions: [],
		});
		expect(terms('2025-10-01T10:00')?.value).toBe(
			'atlas.calc.terms.superseded{"date":"September 2025","next":"Mar 1, 2026"}'
		);
		expect(terms('2023-06-01T10:00')?.value).toMatch(/^atlas\.calc\.terms\.before/);
		expect(result('2026-03-02T10:00').sources).toMatch(/Ledger support terms \(March 2026\)/);
		expect(result('2025-10-01T10:00').sources).toMatch(/Ledger support terms \(2025\)/);
	});

	test('warns when the terms change between the opening and a deadline', () => {
		// Friday 27 February 2026, 16:30: the 2-hour target runs into Monday 2 March, under new terms.
		const friday = result('2026-02-27T16:30');
		expect(friday.views[0]!.dueInstant).toBe('2026-03-02T09:30:00Z');
		expect(friday.terms[0]!.termsChanges).toEqual([
			'atlas.calc.terms.changeBefore{"date":"Mar 1, 2026"}',
		]);
		expect(result('2026-03-02T10:00').terms[0]!.termsChanges).toEqual([]);
	});

	test('a plan the terms of the opening day did not have is a problem with the plan', () => {
		const outcome = evaluate(
			ledger,
			{ ...standardP1, plan: 'ledger/premium', opened: '2025-06-02T10:00' },
			'en',
			t
		);
		expect(outcome).toEqual({
			ok: false,
			problems: [
				{
					field: 'plan',
					problem: { problem: 'plan-not-in-terms', value: 'ledger/premium', date: '2025-06-02' },
				},
			],
		});
		expect(result('2025-10-01T10:00', 'ledger/premium').views[0]!.dueInstant).toBe(
			'2025-10-01T08:30:00Z'
		);
	});
});
