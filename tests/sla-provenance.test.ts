/**
 * The command line says where each deadline comes from: the source (with the date it was checked)
 * and every assumption, in the chosen locale, in --json and in the readable output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runSla } from '../scripts/sla-command.ts';
import { catalogueDir } from '../src/node/catalogue-files.ts';
import { parse } from 'yaml';

// In-process: tests/sla-cli.test.ts runs the script itself.
const sla = (...args: string[]) => runSla(args, catalogueDir({}));

const tableau = parse(readFileSync('content/vendors/tableau.yaml', 'utf8')) as {
	sources: { id: string; title: string; retrieved: string }[];
	assumptions: { id: string; text: Record<string, string> }[];
};
const text = (id: string, tag: string) => tableau.assumptions.find((a) => a.id === id)!.text[tag];

describe('npm run sla: sources and assumptions', () => {
	test('--json lists each target’s source and assumptions (Tableau Standard P2)', () => {
		const run = sla(
			'--plan',
			'tableau/standard',
			'--severity',
			'P2',
			'--opened',
			'2026-11-27T10:00',
			'--tz',
			'Europe/Warsaw',
			'--json'
		);
		expect(run.status).toBe(0);
		const output = JSON.parse(run.stdout) as {
			targets: {
				kind: string;
				source: { id: string; title: string; retrieved: string; locator: string | null };
				assumptions: { id: string; text: string }[];
				clockBasis: { basis: string } | null;
			}[];
		};
		expect(output.targets.map((t) => t.kind)).toEqual(['first-response', 'update']);
		const source = tableau.sources[0]!;
		for (const target of output.targets) {
			expect(target.source).toMatchObject({
				id: source.id,
				title: source.title,
				retrieved: source.retrieved,
			});
			expect(target.source.locator).toMatch(/支持和服务计划对比/);
			// The clock is our reading and the hours are undefined by the source: both are named; so is
			// when each clock starts (at opening; updates one interval after the first response).
			const ids = [
				'counting-clock',
				'business-hours',
				target.kind === 'first-response' ? 'clock-starts-at-opening' : 'update-anchoring',
			];
			expect(target.assumptions).toHaveLength(ids.length);
			expect(target.assumptions).toEqual(
				expect.arrayContaining(ids.map((id) => ({ id, text: text(id, 'en') })))
			);
			expect(target.clockBasis?.basis).toBe('assumption');
		}
	}, 60_000);

	test('--json words assumptions in the chosen locale, each where it applies', () => {
		const run = sla(
			'--plan',
			'tableau/premium',
			'--severity',
			'P1',
			'--opened',
			'2026-11-27T10:00',
			'--tz',
			'Europe/Warsaw',
			'--locale',
			'zh-TW',
			'--json'
		);
		expect(run.status).toBe(0);
		const output = JSON.parse(run.stdout) as {
			targets: { kind: string; assumptions: unknown[]; clockBasis: unknown }[];
		};
		// Round the clock, the hours rest on no assumption; when each clock starts does, and "twice a
		// day" is spread evenly by our reading.
		const expected: Record<string, string[]> = {
			'first-response': ['clock-starts-at-opening'],
			update: ['update-spacing', 'update-anchoring'],
		};
		for (const target of output.targets) {
			expect(target.assumptions).toHaveLength(expected[target.kind]!.length);
			expect(target.assumptions).toEqual(
				expect.arrayContaining(
					expected[target.kind]!.map((id) => ({ id, text: text(id, 'zh-TW') }))
				)
			);
			expect(target.clockBasis).toBeNull();
		}
		const standard = sla(
			'--plan',
			'tableau/standard',
			'--severity',
			'P1',
			'--opened',
			'2026-11-27T10:00',
			'--tz',
			'Europe/Warsaw',
			'--locale',
			'zh-TW',
			'--json'
		);
		const first = (
			JSON.parse(standard.stdout) as { targets: { assumptions: { id: string; text: string }[] }[] }
		).targets[0]!;
		expect(first.assumptions.find((a) => a.id === 'business-hours')?.text).toBe(
			text('business-hours', 'zh-TW')
		);
	}, 60_000);

	test('the readable output names the source and each assumption', () => {
		const run = sla(
			'--plan',
			'tableau/standard',
			'--severity',
			'P2',
			'--opened',
			'2026-11-27T10:00',
			'--tz',
			'Europe/Warsaw',
			'--locale',
			'pl'
		);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`Źródło: „${tableau.sources[0]!.title}”`);
		expect(run.stdout).toContain(text('counting-clock', 'pl'));
		expect(run.stdout).toContain(text('business-hours', 'pl'));
	}, 60_000);

	test('each locale cites the edition in its language, with its own locator, or the declared fallback', () => {
		const sourceOf = (locale: string) => {
			const run = sla(
				'--plan',
				'tableau/premium',
				'--severity',
				'P1',
				'--opened',
				'2026-11-27T10:00',
				'--tz',
				'Asia/Seoul',
				'--locale',
				locale,
				'--json'
			);
			expect(run.status).toBe(0);
			return (
				JSON.parse(run.stdout) as {
					targets: { source: { id: string; locator: string | null; editionOf: string | null } }[];
				}
			).targets[0]!.source;
		};
		const korean = tableau.sources.find((s) => s.id === 'tableau-ko')!;
		expect(sourceOf('ko')).toMatchObject({
			id: korean.id,
			editionOf: 'tableau-zh-cn',
			locator: '지원 및 관리 제공 사항 비교: P1, P2 문제 응답 시간',
		});
		for (const locale of ['en', 'zh-CN', 'zh-TW', 'pl'])
			expect(sourceOf(locale)).toMatchObject({
				id: 'tableau-zh-cn',
				editionOf: null,
				locator: '支持和服务计划对比：P1、P2 问题响应时间',
			});
	}, 60_000);
});
