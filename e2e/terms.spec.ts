/**
 * Real vendors' kinds of terms on the plan pages, in every locale: Keystone's plans page and its
 * Premium tier page show a target included from another tier, levels offered with no published
 * target and a tier with no support, targets and calendars that depend on ticket attributes (one line
 * per value), an add-on's target beside the one it changes, the commitment beside the figure, when
 * the clock starts, the customer's duty and the service credit, each with its source; and both pages
 * pass the accessibility check. Figures that formatting could get wrong are written out per locale.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import { inSentence } from '#lib/i18n/format.ts';
import { localize } from '#lib/i18n/text.ts';
import type { LocalizedText } from '#lib/catalogue/schema.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { expectNoAxeViolations } from './axe.ts';
import { vendor } from './catalogue.ts';
import { siteLocales, uiStrings } from './locales.ts';

const keystone = vendor('keystone');

/** Premium's P1 first response: "less than" and its commitment in words, beside the figure. */
const premiumP1: Record<string, string> = {
	en: 'less than 30 minutes (guaranteed)',
	'zh-CN': '少于30分钟（有保证）',
	'zh-TW': '少於 30 分鐘（保證）',
	ko: '30분 미만 (보장)',
	pl: '< 30 minut (wartość gwarantowana)',
};
/** The credit in words: how much of which fee, after how many missed targets, and when to claim. */
const credit: Record<string, string> = {
	en: '20% of the quarterly fee when more than 4 tickets miss a target in a quarter; claim it within 30 days.',
	'zh-CN': '一个季度内有超过4个工单未达目标时，抵扣季度费用的 20%；须在30天内申请。',
	'zh-TW': '一季內有超過 4 件工單未達目標時，抵減季費的 20%；須於 30 天內申請。',
	ko: '한 분기에 목표 시간을 지키지 못한 티켓이 4건을 넘으면 분기 요금의 20%를 크레딧으로 받습니다. 30일 이내에 청구해야 합니다.',
	pl: '20% opłaty kwartalnej, gdy w kwartale czas docelowy zostanie przekroczony w więcej niż 4 zgłoszeniach; o bonifikatę trzeba wystąpić w ciągu 30 dni.',
};

/** Text with runs of whitespace made one space, as a reader sees it. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const locale of siteLocales) {
	const tag = locale.tag as LocaleTag;
	const prefix = locale.home.replace(/\/$/, '');
	const t = createTranslate(tag, uiStrings(tag), uiStrings('en'));
	const name = (text: LocalizedText) => localize(text, tag);
	const tierName = (id: string) => name(keystone.tiers.find((x) => x.id === id)!.name);
	const attribute = (id: string) => keystone.attributes!.find((a) => a.id === id)!;
	const value = (attributeId: string, valueId: string) =>
		name(attribute(attributeId).values.find((v) => v.id === valueId)!.name);
	const cell = (page: Page, row: string, tier: string) =>
		page.locator(`#${row} td[data-tier="${tier}"]`);
	const includedFrom = t('atlas.plans.includedFrom', { tier: tierName('enterprise') });
	const dependsOnDeployment = t('atlas.plans.dependsOn', {
		attributes: inSentence(name(attribute('deployment').name), tag),
	});
	const rapid = t('atlas.plans.withAddOn', {
		amount: { en: '15 minutes', 'zh-CN': '15分钟', 'zh-TW': '15 分鐘', ko: '15분', pl: '15 minut' }[
			tag
		],
		addOn: name(keystone.addOns![0]!.name),
	});

	/** The attribute-dependent cell: "Depends on deployment", then a line for each deployment. */
	async function expectDependsOnDeployment(target: Locator) {
		await expect(target).toContainText(dependsOnDeployment);
		const cases = target.locator('[data-case]');
		await expect(cases).toHaveCount(2);
		await expect(cases.nth(0)).toContainText(value('deployment', 'cloud'));
		await expect(cases.nth(0)).toContainText(t('atlas.commitment.target'));
		await expect(cases.nth(1)).toContainText(value('deployment', 'server'));
	}

	/** When the clock starts, the duty and (where it applies) the credit, each with its source. */
	async function expectTargetTerms(page: Page, withCredit: boolean) {
		const terms = page.locator('[data-section="target-terms"]');
		await expect(terms.locator('h2')).toHaveText(t('atlas.plans.targetTermsHeading'));
		const start = terms.locator('[data-clock-start]');
		await expect(start).toContainText(t('atlas.plans.clockStart.severity-assigned.priority'));
		await expect(start.locator('[data-source-line]')).toContainText('When the clock starts');
		const duty = terms.locator('[data-duty="reachable"]');
		await expect(duty).toContainText(name(keystone.duties![0]!.text));
		await expect(duty).toContainText(
			t('atlas.plans.dutyDowngrade', {
				level: t('atlas.plans.severityLabel', {
					severity: 'P2',
					name: name(keystone.severities!.levels[1]!.name),
				}),
			})
		);
		await expect(duty.locator('[data-source-line]')).toContainText('Your part');
		const owed = terms.locator('[data-credit="missed"]');
		if (!withCredit) return expect(owed).toHaveCount(0);
		expect(squash(await owed.innerText())).toContain(credit[tag]!);
		await expect(owed.locator('[data-source-line]')).toContainText('Service credits');
	}

	test.describe(`real vendors’ terms on plan pages (${tag})`, () => {
		test('Keystone’s plans page and tier pages show inherited targets, levels, attribute cases, add-ons, commitments, the clock start, duties and credits, accessibly', async ({
			page,
		}) => {
			test.slow();
			await test.step('plans page: the comparison’s targets as each tier’s terms resolve them', async () => {
				await page.goto(`${prefix}/plans/keystone/`);
				// Included from Enterprise, with a clock that starts otherwise than the vendor's.
				const licensing = cell(page, 'target-request-licensing-inquiry-response', 'premium');
				await expect(licensing).toContainText(includedFrom);
				await expect(licensing).toContainText(t('atlas.plans.startsNote.opened'));
				await expect(
					page.locator('#target-request-licensing-inquiry-response .row-head')
				).toContainText(t('atlas.target.kind.inquiry-response'));
				// Offered with no published target, beside a tier that offers nothing.
				await expect(cell(page, 'target-p3-first-response', 'enterprise')).toHaveText(
					t('atlas.plans.offeredNoTarget')
				);
				await expect(cell(page, 'target-p3-first-response', 'basic')).toHaveText(
					t('atlas.plans.notOffered')
				);
				await expect(cell(page, 'coverage-p1', 'basic')).toHaveText(t('atlas.plans.noSupport'));
				// One line per value of the attribute that selects the target.
				await expectDependsOnDeployment(cell(page, 'target-p1-first-response', 'enterprise'));
				// The commitment beside the figure, and the add-on's target beside the one it changes.
				const premium = cell(page, 'target-p1-first-response', 'premium');
				await expect(premium.locator('.value-text')).toHaveText(premiumP1[tag]!);
				await expect(premium.locator('[data-add-on-target]')).toHaveText(rapid);
				// An add-on that lifts a plan says so where it is sold.
				await expect(cell(page, 'add-on-guard', 'enterprise')).toContainText(
					t('atlas.plans.liftsTo', { tier: tierName('premium') })
				);
				await expectTargetTerms(page, true);
				await expect(page.locator('#note-forum [data-source-line]')).toContainText('Community');
				await expectNoAxeViolations(page);
			});
			await test.step('Premium’s page: its targets, when the clock starts, its duty and its credit', async () => {
				await page.goto(`${prefix}/plans/keystone/premium/`);
				const row = (anchor: string, kind: string) =>
					page.locator(`#${anchor} td[data-kind="${kind}"]`);
				const p1 = row('tier-coverage-p1', 'first-response');
				await expect(p1.locator('.value-text')).toHaveText(premiumP1[tag]!);
				await expect(p1.locator('[data-add-on-target]')).toHaveText(rapid);
				await expect(row('tier-coverage-request-licensing', 'inquiry-response')).toContainText(
					includedFrom
				);
				await expect(page.locator('#tier-coverage-request-licensing th')).toHaveText(
					name(keystone.requestTypes![0]!.name)
				);
				await expect(row('tier-coverage-p3', 'first-response')).toHaveText(
					t('atlas.plans.offeredNoTarget')
				);
				// Premium's P2 calendar depends on two attributes: a line for each group of their values.
				const p2 = page.locator('#tier-coverage-p2 [data-coverage]');
				await expect(p2.locator('[data-case]')).toHaveCount(3);
				await expect(p2.locator('[data-case]').first()).toContainText(
					value('hours', 'round-the-clock')
				);
				await expectTargetTerms(page, true);
				await expectNoAxeViolations(page);
			});
			await test.step('Enterprise’s page: targets by deployment; Basic’s says it has no technical support', async () => {
				await page.goto(`${prefix}/plans/keystone/enterprise/`);
				await expectDependsOnDeployment(
					page.locator('#tier-coverage-p1 td[data-kind="first-response"]')
				);
				await expectTargetTerms(page, false);
				await page.goto(`${prefix}/plans/keystone/basic/`);
				await expect(page.locator('[data-no-support]')).toHaveText(
					t('atlas.plans.noSupportTier.priority', { tier: tierName('basic') })
				);
				await expect(page.locator('[data-tier-targets]')).toHaveCount(0);
				await expect(page.locator('[data-section="target-terms"]')).toHaveCount(0);
			});
		});
	});
}
