/**
 * The example catalogue's own site (content/vendors/, built into dist/ by `npm run build`): its pages
 * render, and its calculator gives the engine's deadline. Every other end-to-end test runs on the
 * fixture catalogue's site; this one serves dist/ itself, on a free port, and takes what it expects
 * from the example catalogue, so the example can change without breaking it.
 */
import { documentsOf, editionFor } from '#lib/catalogue/provenance.ts';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { resolveCalendar } from '#lib/catalogue/coverage.ts';
import { tierCoverage, tierTerms } from '#lib/catalogue/query.ts';
import {
	calculatorPath,
	finderPath,
	homePath,
	planId,
	tierPath,
	vendorPlansPath,
} from '#lib/routes.ts';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { staticSiteServer } from '../src/node/static-site.ts';
import { runSla } from '../scripts/sla-command.ts';
import { expectNoAxeViolations } from './axe.ts';
import { EXAMPLE_DIST } from './builds.ts';
import { siteLocales, uiStrings } from './locales.ts';

const EXAMPLE_CATALOGUE_DIR = 'content/vendors';
const catalogue = loadCatalogue(EXAMPLE_CATALOGUE_DIR);
const ui = uiStrings('en');

let server: Server | undefined;
let origin = '';

test.beforeAll(async () => {
	server = staticSiteServer(EXAMPLE_DIST);
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
	server?.close();
});

test('the example catalogue’s site shows its vendors and plans, and its calculator gives the engine’s deadline', async ({
	page,
}) => {
	test.slow();
	expect(catalogue.vendors.length).toBeGreaterThan(0);
	await test.step('the home page lists every vendor and tier, accessibly', async () => {
		await page.goto(`${origin}${homePath('en')}`);
		await expect(page.locator('h1')).toHaveText(ui['atlas.home.title']!);
		for (const vendor of catalogue.vendors) {
			const section = page.locator(`[data-vendor="${vendor.id}"]`);
			await expect(section).toContainText(vendor.summary.en);
			for (const tier of vendor.tiers)
				await expect(section.locator(`[data-tier="${tier.id}"]`)).toContainText(tier.name.en);
		}
		await expectNoAxeViolations(page);
	});
	const vendor = catalogue.vendors[0]!;
	await test.step(`${vendor.name}’s plans page has every tier and every row`, async () => {
		await page.goto(`${origin}${vendorPlansPath('en', vendor.id)}`);
		await expect(page.locator('h1')).toHaveText(
			ui['atlas.plans.title']!.replace('{{vendor}}', vendor.name)
		);
		for (const tier of vendor.tiers)
			await expect(page.locator(`#tier-${tier.id}`)).toContainText(tier.name.en);
		await expect(page.locator('tr[id^="feature-"]')).toHaveCount(
			vendor.categories.flatMap((c) => c.features).length
		);
	});
	await test.step('every plan and tier page, in every locale, says when its terms took effect and were checked', async () => {
		for (const { tag } of siteLocales)
			for (const v of catalogue.vendors)
				for (const path of [
					vendorPlansPath(tag, v.id),
					...v.tiers.map((x) => tierPath(tag, v.id, x.id)),
				]) {
					await page.goto(`${origin}${path}`);
					const dates = page.locator('[data-terms-dates]');
					expect(v.effective, `${v.id} states when its terms took effect`).toBeDefined();
					await expect(dates.locator('[data-terms-effective]'), path).toHaveAttribute(
						'datetime',
						v.effective!
					);
					// A date the vendor does not give is marked as the assumption it is.
					const assumed = v.effectiveRef?.assumption;
					await expect(dates.locator('[data-assumption-marker]'), path).toHaveCount(
						assumed ? 1 : 0
					);
					if (assumed)
						await expect(dates.locator('[data-assumption-marker]'), path).toHaveAttribute(
							'data-assumption-marker',
							assumed
						);
					// One check per document, in the edition the locale cites (Tableau's Korean one on /ko/).
					for (const source of documentsOf(v).map((d) => editionFor(v, d, tag)))
						await expect(
							dates.locator(`[data-source-check="${source.id}"] time`),
							path
						).toHaveAttribute('datetime', source.retrieved);
				}
	});
	// The first plan with a target, at the first level its targets name (if they name any).
	const first = catalogue.vendors
		.flatMap((v) => v.tiers.map((t) => ({ vendor: v, tier: t })))
		.find(({ tier }) => tier.targets.length > 0)!;
	const plan = planId(first.vendor.id, first.tier.id);
	const severity = first.tier.targets.map((t) => t.severity).find(Boolean);
	const input = {
		plan,
		...(severity && { severity }),
		opened: '2026-11-27T16:30',
		tz: 'Europe/Warsaw',
	};
	await test.step(`the calculator gives ${plan}’s deadline as the engine computes it`, async () => {
		const run = runSla(
			[...Object.entries(input).flatMap(([name, value]) => [`--${name}`, value]), '--json'],
			EXAMPLE_CATALOGUE_DIR
		);
		expect(run.status, run.stderr).toBe(0);
		const expected = (JSON.parse(run.stdout) as { targets: { kind: string; dueInstant: string }[] })
			.targets[0]!;
		await page.goto(`${origin}${calculatorPath('en', input)}`);
		await expect(page.locator('[data-calculator][data-ready="true"]')).toBeVisible();
		await expect(page.locator(`time[data-target="${expected.kind}"]`).first()).toHaveAttribute(
			'datetime',
			expected.dueInstant
		);
	});
});

test('the example catalogue’s finder answers “P1 within an hour, round the clock, by phone” with exactly the tiers that state all three, then near misses with their reason', async ({
	page,
}) => {
	// Read from the catalogue itself: the most severe level's first response in minutes or hours, the
	// calendar that counts it, and the channels the vendor's channels rows name (in English).
	const within = (value: number, unit: string) =>
		unit === 'minutes' ? value : unit === 'hours' ? value * 60 : Infinity;
	const expected = catalogue.vendors.flatMap((vendor) => {
		const p1 = vendor.severities?.levels[0]?.id;
		const channels = vendor.categories
			.flatMap((c) => c.features)
			.filter((f) => f.role === 'channels');
		return vendor.tiers.flatMap((tier) => {
			if (!p1) return [];
			const target = tierTerms(vendor, tier).targets.find(
				(p) => p.target.kind === 'first-response' && p.target.severity === p1 && !p.target.when
			);
			if (!target || target.target.kind === 'update') return [];
			const fast = within(target.target.within.value, target.target.within.unit) <= 60;
			const calendar = resolveCalendar(vendor, tierCoverage(vendor, tier), p1);
			const phone = channels.some((f) => {
				const value = f.values[tier.id];
				if (value === true) return /phone/i.test(f.name.en);
				if (value && typeof value === 'object' && value.kind === 'text')
					return /phone/i.test(value.text.en);
				if (value && typeof value === 'object' && value.kind === 'list')
					return value.items.some((item) => /phone/i.test(item.en));
				return false;
			});
			return fast && calendar.type === 'always' && phone ? [planId(vendor.id, tier.id)] : [];
		});
	});
	expect(expected.length).toBeGreaterThan(0);
	await page.goto(`${origin}${finderPath('en', 'critical=60&24x7=1&channel=phone')}`);
	await expect(page.locator('h1')).toHaveText(ui['atlas.finder.title']!);
	await expect(page.locator('[data-matches] > li')).toHaveCount(expected.length);
	expect(
		await page
			.locator('[data-matches] > li')
			.evaluateAll((items) => items.map((i) => i.dataset.plan))
	).toEqual(expected);
	const near = page.locator('[data-near] > li');
	expect(await near.count()).toBeGreaterThan(0);
	for (const miss of await near.locator('[data-miss]').all()) await expect(miss).not.toBeEmpty();
	await expectNoAxeViolations(page);
});
