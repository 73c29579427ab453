import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import { formatTargetAmount } from '../i18n/format.ts';
import type { Translate } from '../i18n/translate.ts';
import { buildSeverityGuide, vendorsWithSeverities } from './severity.ts';

// Echoes the key and variables, so the test sees exactly what the view asked for.
const t: Translate = (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key);
const catalogue = loadCatalogue('content/vendors');
const vendor = (id: string) => catalogue.vendors.find((v) => v.id === id)!;

describe('severity guides', () => {
	test('exist for the vendors with a severity scheme only', () => {
		expect(vendorsWithSeverities(catalogue).map((v) => v.id)).toEqual(
			catalogue.vendors.filter((v) => v.severities).map((v) => v.id)
		);
		expect(vendorsWithSeverities(catalogue).map((v) => v.id)).not.toContain('ptc');
		expect(buildSeverityGuide(vendor('ptc'), 'en', t)).toBeUndefined();
	});

	test('give each level its definition, examples and, per tier, the targets and coverage that apply', () => {
		const guide = buildSeverityGuide(vendor('tableau'), 'ko', t)!;
		const p1 = guide.levels.find((l) => l.id === 'P1')!;
		expect(p1.anchor).toBe('severity-p1');
		expect(p1.definition).toBe(vendor('tableau').severities!.levels[0]!.definition.ko);
		const extended = p1.tiers.find((x) => x.id === 'extended')!;
		const calendars = vendor('tableau').calendars;
		// Extended covers P1 around the clock, P2 in business hours only.
		expect(extended.coverage).toBe(calendars.find((c) => c.id === 'always')!.name.ko);
		const p2Extended = guide.levels
			.find((l) => l.id === 'P2')!
			.tiers.find((x) => x.id === 'extended')!;
		expect(p2Extended.coverage).toBe(calendars.find((c) => c.id === 'business-hours')!.name.ko);
		const tier = vendor('tableau').tiers.find((x) => x.id === 'extended')!;
		expect(extended.targets.map((x) => x.amount)).toEqual(
			tier.targets.filter((x) => x.severity === 'P1').map((x) => formatTargetAmount(x, 'ko', t))
		);
		expect(extended.calculatorHref).toBe('/ko/calculator/?plan=tableau/extended&severity=P1');
		expect(extended.planHref).toBe('/ko/plans/tableau/extended/');
	});

	test('turn the impact × urgency matrix into rows of cells linking to the levels', () => {
		const guide = buildSeverityGuide(vendor('amanda'), 'pl', t)!;
		const matrix = vendor('amanda').severities!.matrix!;
		expect(guide.matrix!.impacts.map((i) => i.id)).toEqual(matrix.impacts.map((i) => i.id));
		for (const row of guide.matrix!.rows) {
			for (const cell of row.cells) {
				expect(cell.levelId).toBe(matrix.levels[row.id]![cell.impactId]);
				expect(cell.levelHref).toBe(`#severity-${cell.levelId.toLowerCase()}`);
			}
		}
		expect(buildSeverityGuide(vendor('wati'), 'pl', t)!.matrix).toBeUndefined();
	});
});
