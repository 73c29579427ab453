import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../../tests/support/echo-translate.ts';
import {
	fixtureCatalogue,
	fixtureFolderVendor,
	fixtureVendor,
} from '../../../../tests/support/fixture-catalogue.ts';
import { readUiStringsFile } from '../../../node/ui-strings-files.ts';
import type { Credit, Vendor } from '#lib/catalogue/schema.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { assumptionMarkers } from './markers.ts';
import { tierPlan } from './plan-targets.ts';
import { buildTargetTerms, creditText } from './target-terms.ts';

const keystone = fixtureFolderVendor('terms');
const solo = fixtureVendor(fixtureCatalogue(), 'solo');
const translate = (tag: LocaleTag) =>
	createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));
const terms = (vendor: Vendor, tag: LocaleTag, tierId?: string) => {
	const t = translate(tag);
	const tier = vendor.tiers.find((x) => x.id === tierId);
	return buildTargetTerms(
		vendor,
		tag,
		t,
		(ids) => assumptionMarkers(vendor, ids, tag, t, true),
		tier && tierPlan(vendor, tier)
	);
};

describe('the terms beside a vendor’s targets', () => {
	test('say when the clock starts, in the vendor’s word for its levels, with the source', () => {
		expect(terms(keystone, 'en').clockStart).toEqual({
			text: "The clock starts when the vendor sets the ticket's priority.",
			source: 'Source: Keystone support terms (When the clock starts), checked Nov 30, 2026',
			assumptions: [],
		});
		expect(terms(keystone, 'zh-TW').clockStart?.text).toBe('計時自廠商判定工單的優先等級時開始。');
	});

	test('mark a clock start that rests on an assumption, and say so where the terms are silent', () => {
		const assumed: Vendor = {
			...keystone,
			clockStart: { event: 'opened', ref: { assumption: 'start' } },
			assumptions: [{ id: 'start', text: { ...keystone.summary, en: 'We assume so.' } }],
		};
		const start = terms(assumed, 'en').clockStart!;
		expect(start.text).toBe('The clock starts when the ticket is opened.');
		expect(start.source).toBeUndefined();
		expect(start.assumptions.map((a) => [a.label, a.text, a.href])).toEqual([
			['Assumption 1', 'We assume so.', '#assumption-start'],
		]);
		expect(terms(solo, 'en').clockStart?.text).toBe(
			"The vendor's terms do not say when the clock starts; Plan Atlas counts from when the ticket is opened."
		);
	});

	test('list the customer’s duties with their levels and what happens otherwise', () => {
		expect(terms(keystone, 'en').duties).toEqual([
			{
				id: 'reachable',
				scope: 'For P1 tickets',
				text: 'Stay reachable around the clock.',
				consequence: 'If you cannot, the ticket is handled as P2 – High.',
				sentence:
					'Stay reachable around the clock. If you cannot, the ticket is handled as P2 – High.',
				source: 'Source: Keystone support terms (Your part), checked Nov 30, 2026',
				assumptions: [],
			},
		]);
		// Chinese sentences follow one another without a space.
		expect(terms(keystone, 'zh-CN').duties[0]!.sentence).toBe(
			'全天候保持可联系。如果做不到，工单将改按以下级别处理：P2（高）。'
		);
	});

	test('word credits: how much of which fee, after how many missed targets, and when to claim', () => {
		expect(terms(keystone, 'en').credits).toEqual([
			{
				id: 'missed',
				scope: 'Applies to: Premium',
				text: '20% of the quarterly fee when more than 4 tickets miss a target in a quarter; claim it within 30 days.',
				note: undefined,
				sentence:
					'20% of the quarterly fee when more than 4 tickets miss a target in a quarter; claim it within 30 days.',
				source: 'Source: Keystone support terms (Service credits), checked Nov 30, 2026',
				assumptions: [],
			},
		]);
		const credit = keystone.credits![0]!;
		const once: Credit = {
			...credit,
			percent: 5,
			of: 'monthly-fee',
			missedTargets: { moreThan: 1, per: 'month' },
			claimWithinDays: 1,
		};
		expect(creditText(once, 'en', translate('en'))).toBe(
			'5% of the monthly fee when more than 1 ticket misses a target in a month; claim it within 1 day.'
		);
		expect(creditText(once, 'pl', translate('pl'))).toBe(
			'5% opłaty miesięcznej, gdy w miesiącu czas docelowy zostanie przekroczony w więcej niż 1 zgłoszeniu; o bonifikatę trzeba wystąpić w ciągu 1 dnia.'
		);
		expect(creditText(credit, 'pl', translate('pl'))).toBe(
			'20% opłaty kwartalnej, gdy w kwartale czas docelowy zostanie przekroczony w więcej niż 4 zgłoszeniach; o bonifikatę trzeba wystąpić w ciągu 30 dni.'
		);
		const any: Credit = {
			...credit,
			missedTargets: { moreThan: 0, per: 'year' },
			claimWithinDays: undefined,
		};
		expect(creditText(any, 'en', translate('en'))).toBe(
			'20% of the quarterly fee when any ticket misses a target in a year.'
		);
		expect(creditText(any, 'en', echoTranslate)).toBe(
			'atlas.credit.sentence{"credit":"atlas.credit.anyMissed{\\"percent\\":\\"20%\\",\\"fee\\":\\"atlas.credit.fee.quarterly-fee\\",\\"period\\":\\"atlas.credit.period.year\\",\\"count\\":0}"}'
		);
	});

	test('on a plan’s page: only what concerns that plan, and nothing for a plan without support', () => {
		const premium = terms(keystone, 'en', 'premium');
		expect(premium.credits.map((c) => [c.id, c.scope])).toEqual([['missed', undefined]]);
		expect(premium.duties.map((d) => [d.id, d.scope])).toEqual([['reachable', 'For P1 tickets']]);
		expect(terms(keystone, 'en', 'enterprise').credits).toEqual([]);
		expect(terms(keystone, 'en', 'basic')).toEqual({ duties: [], credits: [] });
		// A duty for levels the plan does not offer is not its reader's.
		const p2Only = {
			...keystone,
			tiers: keystone.tiers.map((t) => (t.id === 'enterprise' ? { ...t, levels: ['P2'] } : t)),
		};
		expect(terms(p2Only, 'en', 'enterprise').duties).toEqual([]);
	});
});
