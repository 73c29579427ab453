/**
 * The translation report's logic, on fixtures: the fixture catalogues (tests/fixtures/), fixture
 * glossaries (tests/fixtures/i18n/glossary/), a fixture vendor that breaks their rules
 * (tests/fixtures/i18n/untidy/) and UI strings, docs texts and Starlight strings written here. The
 * real texts are data: `npm run i18n:report` checks them, as a stage of `npm test`.
 */
import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../node/catalogue-files.ts';
import type { Catalogue } from '#lib/catalogue/schema.ts';
import {
	buildI18nReport,
	formatI18nReport,
	translatableResidue,
	type ReportInputs,
} from './report.ts';
import { locales, type LocaleTag } from '#lib/locales.ts';
import { readGlossaries } from '../../node/i18n-report-inputs.ts';
import {
	englishOnly,
	fixtureCatalogue,
	fixtureVendor,
} from '../../../tests/support/fixture-catalogue.ts';

const catalogue = fixtureCatalogue();
const orbit = fixtureVendor(catalogue, 'orbit');
const untidy: Catalogue = loadCatalogue('tests/fixtures/i18n/untidy');
const glossaries = readGlossaries(process.cwd(), 'tests/fixtures/i18n/glossary');

/** UI strings: one key per locale, translated, unless a locale's strings are given. */
const ui = (overrides: Partial<Record<LocaleTag, Record<string, string>>> = {}) =>
	Object.fromEntries(
		locales.map((l) => [
			l.tag,
			overrides[l.tag] ?? { 'k.title': l.tag === 'en' ? 'Title' : `T-${l.tag}` },
		])
	) as Record<LocaleTag, Record<string, string>>;

/** The fixture catalogue with one text of orbit replaced. */
function withSummary(tag: LocaleTag, text: string, en = orbit.summary.en): Catalogue {
	return {
		vendors: catalogue.vendors.map((v) =>
			v === orbit ? { ...v, summary: { ...v.summary, en, [tag]: text } } : v
		),
	};
}

describe('translatableResidue', () => {
	test('leaves nothing for names, placeholders, ids, numbers and abbreviations', () => {
		expect(translatableResidue('{{vendor}} · {{tier}}', [])).toBe('');
		expect(translatableResidue('P1 24x7 SLA (TAM)', [])).toBe('');
		expect(translatableResidue('Plan Atlas', ['Plan Atlas'])).toBe('');
		expect(translatableResidue('Premium', [], ['premium'])).toBe('');
	});
	test('keeps ordinary words', () => {
		expect(translatableResidue('Compare {{vendor}} plans', [])).toBe('Compare plans');
	});
});

describe('the translation report', () => {
	test('is clean for the fixture catalogues, with their glossaries, docs and Starlight strings', () => {
		const report = buildI18nReport(catalogue, ui(), {
			glossaries,
			docs: { 'zh-TW': [{ where: 'faq.mdx:3', text: '營業時間以 48 小時計。' }] },
			starlight: { en: { 'search.label': 'Search' }, pl: { 'search.label': 'Szukaj' } },
		});
		expect(report.map((r) => r.tag)).toEqual(['zh-CN', 'zh-TW', 'ko', 'pl']);
		for (const r of report) {
			expect(r.missing, r.tag).toEqual([]);
			expect(r.catalogue, r.tag).toEqual([]);
			expect(r.uiSameAsEnglish, r.tag).toEqual([]);
			expect(r.uiMissing, r.tag).toEqual([]);
			expect(r.findings, r.tag).toEqual([]);
		}
		expect(formatI18nReport(report)).toEqual({
			clean: true,
			text: [
				'zh-CN: nothing to translate',
				'zh-TW: nothing to translate',
				'ko: nothing to translate',
				'pl: nothing to translate',
			].join('\n'),
		});
	});

	test('reports each rule the untidy fixture breaks, where it breaks it, and is not clean', () => {
		const report = buildI18nReport(untidy, ui(), { glossaries });
		const findings = Object.fromEntries(report.map((r) => [r.tag, r.findings]));
		expect(findings).toEqual({
			'zh-CN': [
				{
					rule: 'spacing',
					where: 'untidy: tiers[0].summary',
					message: '"48 小时": no space between number and unit',
				},
			],
			'zh-TW': [
				{
					rule: 'glossary',
					where: 'untidy: summary',
					message: '工作時間 → 營業時間 (business hours)',
				},
				{
					rule: 'brackets',
					where: 'untidy: tiers[0].eligibility[0]',
					message: 'half-width space beside a full-width bracket',
				},
			],
			ko: [
				{
					rule: 'glossary',
					where: 'untidy: tiers[0].name',
					message: '스탠다드 → 표준 (standard plan)',
				},
			],
			pl: [{ rule: 'brackets', where: 'untidy: summary', message: 'brackets inside brackets' }],
		});
		const { clean, text } = formatI18nReport(report);
		expect(clean).toBe(false);
		expect(text.split('\n')).toContain(
			'  glossary   untidy: summary: 工作時間 → 營業時間 (business hours)'
		);
		expect(text.split('\n')).toContain('zh-TW: 2 to look at');
	});

	test('gives the translation status: per locale and vendor, the texts not yet translated, by key path', () => {
		// orbit in English only, and one text of solo missing in Korean alone.
		const solo = fixtureVendor(catalogue, 'solo');
		const partly: Catalogue = {
			vendors: [englishOnly(orbit), { ...solo, summary: { ...solo.summary, ko: undefined } }],
		};
		const report = buildI18nReport(partly, ui(), { glossaries });
		const orbitPaths = report[0]!.missing[0]!.paths;
		expect(orbitPaths).toContain('summary');
		expect(orbitPaths).toContain('tiers[0].name');
		expect(orbitPaths).toContain('faq[0].answer');
		expect(orbitPaths.indexOf('summary')).toBeLessThan(orbitPaths.indexOf('tiers[0].name'));
		for (const r of report)
			expect(r.missing, r.tag).toEqual([
				{ vendor: 'orbit', paths: orbitPaths },
				...(r.tag === 'ko' ? [{ vendor: 'solo', paths: ['summary'] }] : []),
			]);
		// A text not yet translated is not a text left in English, and breaks no rule of the locale.
		for (const r of report) {
			expect(r.catalogue, r.tag).toEqual([]);
			expect(r.findings, r.tag).toEqual([]);
		}
		const { clean, text } = formatI18nReport(report);
		expect(clean).toBe(true);
		const lines = text.split('\n');
		const n = orbitPaths.length;
		expect(lines).toContain(
			`pl: nothing to translate; ${n} catalogue texts not yet translated (shown in English)`
		);
		expect(lines).toContain(
			`ko: nothing to translate; ${n + 1} catalogue texts not yet translated (shown in English)`
		);
		expect(lines).toContain(`  missing    orbit (${n}): ${orbitPaths.join(', ')}`);
		expect(lines).toContain('  missing    solo (1): summary');
	});

	test('still fails for what is wrong beside texts not yet translated', () => {
		const broken: Catalogue = { vendors: [...untidy.vendors, englishOnly(orbit)] };
		const report = buildI18nReport(broken, ui(), { glossaries });
		const { clean, text } = formatI18nReport(report);
		expect(clean).toBe(false);
		expect(text.split('\n')).toContain(
			'  glossary   untidy: summary: 工作時間 → 營業時間 (business hours)'
		);
		expect(report.every((r) => r.missing.map((m) => m.vendor).join() === 'orbit')).toBe(true);
	});

	test('lists a catalogue text left in English, for that locale only', () => {
		const english = orbit.summary.en;
		const report = buildI18nReport(withSummary('ko', english), ui());
		expect(report.find((r) => r.tag === 'ko')!.catalogue).toEqual([
			{ where: 'orbit: summary', text: english },
		]);
		expect(report.filter((r) => r.tag !== 'ko').every((r) => r.catalogue.length === 0)).toBe(true);
	});

	test('lists UI strings left in English, except those that read the same everywhere', () => {
		const strings = ui({
			en: { 'k.title': 'Title', 'k.pair': '{{vendor}} · {{tier}}', 'k.brand': 'Plan Atlas' },
			pl: { 'k.title': 'Title', 'k.pair': '{{vendor}} · {{tier}}', 'k.brand': 'Plan Atlas' },
		});
		const pl = buildI18nReport(catalogue, strings).find((r) => r.tag === 'pl')!;
		expect(pl.uiSameAsEnglish).toEqual([{ where: 'k.title', text: 'Title' }]);
	});

	test('lists UI strings missing from a locale, plural forms by the language’s rules', () => {
		const strings = ui({
			en: { 'k.title': 'Title', 'k.days_one': '{{count}} day', 'k.days_other': '{{count}} days' },
			pl: { 'k.days_one': '{{count}} dzień', 'k.days_other': '{{count}} dnia' },
			ko: { 'k.title': '제목', 'k.days_other': '{{count}}일' },
		});
		const report = buildI18nReport(catalogue, strings);
		expect(report.find((r) => r.tag === 'pl')!.uiMissing).toEqual([
			'k.title',
			'k.days_few',
			'k.days_many',
		]);
		expect(report.find((r) => r.tag === 'ko')!.uiMissing).toEqual([]);
		expect(formatI18nReport(report).text).toContain('k.days_few: missing');
	});
});

describe('the consistency rules', () => {
	const inputs: ReportInputs = { glossaries };
	const findingsFor = (tag: LocaleTag, cat: Catalogue, strings = ui(), extra: ReportInputs = {}) =>
		buildI18nReport(cat, strings, { ...inputs, ...extra }).find((r) => r.tag === tag)!.findings;
	const planted = (tag: LocaleTag, text: string, en?: string) =>
		findingsFor(tag, withSummary(tag, text, en)).filter((f) => f.where === 'orbit: summary');

	test('flag a rejected glossary variant, literal or by pattern', () => {
		expect(planted('zh-TW', '於平日工作時間提供支援。')).toEqual([
			{
				rule: 'glossary',
				where: 'orbit: summary',
				message: '工作時間 → 營業時間 (business hours)',
			},
		]);
		expect(planted('zh-CN', '提交票证即可。')[0]!.message).toBe('票证 → 工单 (ticket)');
		expect(planted('zh-CN', '提供 24x7 支持')[0]!.message).toBe('24x7 → 全天候 (round the clock)');
		expect(planted('pl', 'Pierwszy czas reakcji jest krótki.')).toEqual([]);
		expect(planted('pl', 'Pierwsza reakcja w ciągu dnia.')[0]!.message).toBe(
			'Pierwsza reakcja → pierwsza odpowiedź (first response)'
		);
		expect(planted('ko', '스탠다드 플랜입니다.')[0]!.message).toBe(
			'스탠다드 → 표준 (standard plan)'
		);
	});

	test('flag the other scale’s word where the English names severity or priority', () => {
		const en = 'Tickets are ranked by severity.';
		expect(planted('pl', 'Zgłoszenia mają priorytety.', en)).toEqual([
			{
				rule: 'vendor-term',
				where: 'orbit: summary',
				message: 'English says severity: write poziom ważności, not priorytet',
			},
		]);
		expect(planted('pl', 'Zgłoszenia mają poziomy ważności.', en)).toEqual([]);
	});

	test('follow the vendor’s own word where the English names neither scale', () => {
		const en = 'Tickets are sorted.';
		// Orbit ranks tickets by severity (the default term).
		expect(planted('pl', 'Zgłoszenia mają priorytety.', en)).toEqual([
			{
				rule: 'vendor-term',
				where: 'orbit: summary',
				message: 'Orbit ranks tickets by severity: write poziom ważności, not priorytet',
			},
		]);
		expect(planted('pl', 'Zgłoszenia mają poziomy ważności.', en)).toEqual([]);
		// The same texts about a vendor that ranks priorities.
		const byPriority = (text: string, severities = { ...orbit.severities!, term: 'priority' }) =>
			findingsFor('pl', {
				vendors: catalogue.vendors.map((v) =>
					v === orbit ? { ...v, severities, summary: { ...v.summary, en, pl: text } } : v
				),
			} as Catalogue).filter((f) => f.where === 'orbit: summary');
		expect(byPriority('Zgłoszenia mają poziomy ważności.')).toEqual([
			{
				rule: 'vendor-term',
				where: 'orbit: summary',
				message: 'Orbit ranks tickets by priority: write priorytet, not poziom ważności',
			},
		]);
		expect(byPriority('Zgłoszenia mają priorytety.')).toEqual([]);
		// A vendor without levels has no word of its own.
		expect(byPriority('Zgłoszenia mają priorytety.', undefined as never)).toEqual([]);
		// English that names the other scale wins (escalation "gets higher priority" at a severity vendor).
		expect(
			planted('pl', 'Zgłoszenie dostaje wyższy priorytet.', 'It gets higher priority.')
		).toEqual([]);
	});

	test('hold UI strings written per term to their term, and the base key to the default', () => {
		const strings = (en: Record<string, string>, pl: Record<string, string>) =>
			ui({ en, pl, 'zh-CN': en, 'zh-TW': en, ko: en });
		const levels = { 'k.level': 'Severity', 'k.level.priority': 'Priority' };
		expect(
			findingsFor(
				'pl',
				catalogue,
				strings(levels, { 'k.level': 'Poziom ważności', 'k.level.priority': 'Priorytet' })
			)
		).toEqual([]);
		expect(
			findingsFor(
				'pl',
				catalogue,
				strings(levels, { 'k.level': 'Priorytet', 'k.level.priority': 'Poziom ważności' })
			)
		).toEqual([
			{
				rule: 'vendor-term',
				where: 'k.level',
				message:
					'the severity wording (k.level.priority is the other): write poziom ważności, not priorytet',
			},
			{
				rule: 'vendor-term',
				where: 'k.level.priority',
				message: 'the priority wording of k.level: write priorytet, not poziom ważności',
			},
		]);
		// Even where the English of both wordings names no scale ("Find your level").
		const neutral = { 'k.find': 'Find your level', 'k.find.priority': 'Find your level' };
		expect(
			findingsFor(
				'pl',
				catalogue,
				strings(neutral, {
					'k.find': 'Ustal poziom ważności',
					'k.find.priority': 'Ustal poziom ważności',
				})
			)
		).toEqual([
			{
				rule: 'vendor-term',
				where: 'k.find.priority',
				message: 'the priority wording of k.find: write priorytet, not poziom ważności',
			},
		]);
	});

	test('flag a wording for another term whose base key English lacks', () => {
		const en = { 'k.level': 'Severity', 'k.levle.priority': 'Priority' };
		expect(
			findingsFor(
				'pl',
				catalogue,
				ui({ en, pl: { 'k.level': 'Poziom ważności', 'k.levle.priority': 'Priorytet' } })
			)
		).toEqual([
			{
				rule: 'vendor-term',
				where: 'k.levle.priority',
				message: 'the priority wording of k.levle, a key English does not have',
			},
		]);
	});

	test('flag a number written against the locale’s spacing rule', () => {
		expect(planted('zh-CN', '48 小时内')[0]!.rule).toBe('spacing');
		expect(planted('zh-TW', '48小時內')[0]!.message).toBe(
			'"48小時": put a space between number and unit'
		);
		expect(planted('ko', '영업일 기준 2 시간')[0]!.rule).toBe('spacing');
		expect(planted('pl', 'w ciągu 2godzin')[0]!.rule).toBe('spacing');
		expect(planted('zh-CN', '48小时内')).toEqual([]);
		expect(planted('zh-TW', '48 小時內')).toEqual([]);
	});

	test('flag Chinese beside a Latin word or a number against the locale’s rule', () => {
		// Both scripts: a Latin word, a clock time and a bare number are set off by a space.
		expect(planted('zh-CN', '夜间暂停计时，至11月25日（周三）09:00恢复。')).toEqual([
			{
				rule: 'cjk-spacing',
				where: 'orbit: summary',
				message: '"三）09:00恢复": put a space between "09:00" and Chinese',
			},
		]);
		expect(planted('zh-TW', '支援P1問題')[0]!.message).toBe(
			'"支援P1問題": put a space between Chinese and "P1"'
		);
		// A number with its unit or date: zh-CN writes it with the text before, zh-TW sets it off.
		expect(planted('zh-CN', '需在 45分钟内回复')[0]!.message).toBe(
			'"在 45分钟": no space before a number with its unit or date'
		);
		expect(planted('zh-TW', '假設 12月24日及1月1日為假日')[0]!.message).toBe(
			'"日及1月1": put a space between Chinese and "1"'
		);
		expect(planted('zh-CN', '周一至周五 09:00–17:00，需在45分钟内、N小时内回复 P1 问题')).toEqual(
			[]
		);
		expect(planted('zh-TW', '假設 12月24日及 1月1日為假日，須於 45 分鐘內回應')).toEqual([]);
		// Never between two Chinese characters (a value that ends in its unit, then a word).
		expect(planted('zh-TW', '共計入 8 小時 服務時數')[0]!.message).toBe(
			'"時 服": no space between Chinese characters'
		);
		// Placeholders stand for values not known here, and Korean and Polish have no such rule.
		expect(planted('zh-CN', '计时从{{time}}开始')).toEqual([]);
		expect(planted('ko', '월~금 09:00~17:00에 P1만')).toEqual([]);
	});

	test('flag nested brackets and a half-width space before a full-width bracket', () => {
		expect(planted('zh-CN', '工作时间（周一至周五（当地时间））').map((f) => f.rule)).toEqual([
			'brackets',
		]);
		expect(planted('zh-TW', '技術客戶經理 （TAM）')[0]!.message).toContain('half-width space');
		expect(planted('pl', 'Godziny pracy (pon.–pt. (czas lokalny))')[0]!.rule).toBe('brackets');
		expect(planted('pl', 'Godziny pracy (pon.–pt.)')).toEqual([]);
	});

	test('flag brackets in a coverage name, which the site shows in brackets', () => {
		const [office, ...rest] = orbit.calendars;
		const cat: Catalogue = {
			vendors: catalogue.vendors.map((v) =>
				v === orbit
					? {
							...v,
							calendars: [
								{ ...office!, name: { ...office!.name, pl: 'Biuro (Warszawa)' } },
								...rest,
							],
						}
					: v
			),
		};
		expect(findingsFor('pl', cat)).toEqual([
			{
				rule: 'brackets',
				where: 'orbit: calendars[0].name',
				message: 'shown in brackets after a target: write it without brackets',
			},
		]);
	});

	test('flag English words left in Chinese and Korean, not names or abbreviations', () => {
		expect(planted('zh-CN', '重大 Severity 0 中断')[0]!.message).toBe('English word "Severity"');
		expect(planted('ko', 'Orbit의 SaaS 플랜과 SLA, TAM')).toEqual([]);
	});

	test('flag a tier note that repeats its badge, from the UI strings or the glossary', () => {
		const withNote = (pl: string): Catalogue => ({
			vendors: catalogue.vendors.map((v) =>
				v === orbit
					? {
							...v,
							tiers: v.tiers.map((t, j) =>
								j === 0 ? { ...t, availabilityNote: { ...t.availabilityNote!, pl } } : t
							),
						}
					: v
			),
		});
		// Orbit's basic tier is "included"; the badge beside the note reads "Wliczony".
		const strings = ui({
			pl: { 'k.title': 'T-pl', 'atlas.tier.availability.included': 'Wliczony' },
		});
		const where = 'orbit: tiers[0].availabilityNote';
		expect(findingsFor('pl', withNote('Wliczony dla klientów.'), strings)).toEqual([
			{ rule: 'badge', where, message: 'repeats the badge beside it ("wliczony")' },
		]);
		expect(findingsFor('pl', withNote('Każda licencja, w cenie.'), strings)).toEqual([
			{ rule: 'badge', where, message: 'repeats the badge beside it ("w cenie")' },
		]);
		expect(findingsFor('pl', withNote('Z każdą licencją.'), strings)).toEqual([]);
	});

	test('check docs pages’ prose as well', () => {
		const docs = { 'zh-TW': [{ where: 'faq.mdx:12', text: '工作時間為平日。' }] };
		expect(findingsFor('zh-TW', catalogue, ui(), { docs })).toEqual([
			{
				rule: 'glossary',
				where: 'docs faq.mdx:12',
				message: '工作時間 → 營業時間 (business hours)',
			},
		]);
	});

	test('flag Starlight strings the site leaves in English', () => {
		const starlight = {
			en: { 'heading.anchorLabel': 'Section titled “{{title}}”', 'search.ctrlKey': 'Ctrl' },
			'zh-TW': { 'heading.anchorLabel': 'Section titled “{{title}}”', 'search.ctrlKey': 'Ctrl' },
		};
		const report = (zhTW: Record<string, string>) =>
			buildI18nReport(catalogue, ui({ 'zh-TW': zhTW }), { starlight }).find(
				(r) => r.tag === 'zh-TW'
			)!.findings;
		expect(report({ 'k.title': 'T' })).toEqual([
			expect.objectContaining({ rule: 'starlight', where: 'heading.anchorLabel' }),
		]);
		expect(report({ 'k.title': 'T', 'heading.anchorLabel': '「{{title}}」一節' })).toEqual([]);
	});
});

describe('the project’s glossaries (content/glossary)', () => {
	// The wording native readers of each locale found drifting: the report must flag it, and the
	// wording that replaced it must pass.
	const project = readGlossaries();
	const flags = (tag: LocaleTag, text: string) =>
		buildI18nReport(withSummary(tag, text), ui(), { glossaries: project })
			.find((r) => r.tag === tag)!
			.findings.filter((f) => f.where === 'orbit: summary')
			.map((f) => `${f.rule}: ${f.message}`);

	test('flag the old wording, naming the term to write instead', () => {
		const old: [LocaleTag, string, string][] = [
			['zh-CN', '通过电话和在线支持提供服务', 'glossary: 在线支持 → Web 支持 (web support)'],
			['zh-CN', '提供录播培训和自助式入门协助', 'glossary: 入门协助 → 上手引导 (onboarding)'],
			['zh-CN', '未知的支持计划', 'glossary: 未知的支持计划 → 找不到'],
			['zh-CN', '按钟面时间看则是3小时', 'glossary: 钟面时间 → 时钟上 (wall-clock time)'],
			['zh-CN', '至11月25日（周三）09:00恢复', 'cjk-spacing: "三）09:00恢复"'],
			['zh-TW', '全天候電話與線上支援', 'glossary: 線上支援 → 網頁支援 (web support)'],
			['zh-TW', '共計入服務時間 1 小時', 'glossary: 服務時間 → 服務時段 (coverage)'],
			['zh-TW', '在自有環境部署 PTC 軟體', 'glossary: 自有環境部署 → 地端部署 (on-premises)'],
			['zh-TW', '持有本地部署授權的客戶', 'glossary: 本地部署 → 地端部署 (on-premises)'],
			['zh-TW', '共計入 8 小時服務時段', 'glossary: 8 小時服務時段 → 服務時段 (coverage)'],
			['zh-TW', '服務時數為週一至週五', 'glossary: 服務時數為週 → 服務時段 (coverage)'],
			['zh-CN', '持有地端部署许可证的客户', 'glossary: 地端部署 → 本地部署 (on-premises)'],
			['zh-TW', '客戶賦能與訓練', 'glossary: 賦能 → 教育訓練 (enablement)'],
			['zh-TW', '透過內建的「說明」工具建立', 'glossary: 「說明」工具 → 「說明工具」'],
			['zh-TW', '假設 12月24日、25日、31日及1月1日為假日', 'cjk-spacing: "日及1月1"'],
			['ko', '기술 어카운트 매니저(TAM)', 'glossary: 기술 어카운트 매니저 → 기술 계정 관리자'],
			[
				'ko',
				'기술 지원 어카운트 매니저(TSAM)',
				'glossary: 기술 지원 어카운트 매니저 → 기술 지원 계정 관리자',
			],
			['ko', '전화와 웹 지원', 'glossary: 웹 지원 → 온라인 지원 (web support)'],
			['ko', '현지 시간 월–금 09:00–17:00', 'glossary: 월–금 → ~ (range)'],
			['ko', '알 수 없는 플랜입니다: “x”', 'glossary: “ → ‘…’ (quotation marks)'],
			['ko', 'Orbit 지원 팀에 문의', 'glossary: 지원 팀 → 지원팀 (team)'],
			['ko', '문의 및 셀프 서비스', 'glossary: 셀프 서비스 → 셀프서비스 (self-service)'],
			['ko', '일광 절약 시간 전환', 'glossary: 일광 절약 시간 → 서머타임 (daylight saving time)'],
			['ko', '(사용자 시간대 기준 추천)', 'glossary: 사용자 시간대 → 내 시간대'],
			['ko', '적용한 약관: 문서', 'glossary: 적용한 약관 → 참고한 문서'],
			[
				'pl',
				'Menedżer PTC jest dostępny',
				'glossary: Menedżer PTC → opiekun ds. wsparcia technicznego',
			],
			['pl', 'Wszystkie plany obok siebie', 'glossary: obok siebie → porównanie (side by side)'],
			['pl', 'Podstawowy plan – wsparcie online', 'glossary: wsparcie online → przez internet'],
			['pl', 'Wdrażanie i szkolenia', 'glossary: wdrażanie i szkolenia → rozwój kompetencji'],
			['pl', 'Dodatki', 'glossary: Dodatki → usługa dodatkowa'],
			['pl', 'Standardowy czas reakcji', 'glossary: czas reakcji → pierwsza odpowiedź'],
		];
		for (const [tag, text, finding] of old)
			expect(flags(tag, text), `${tag}: ${text}`).toEqual([expect.stringContaining(finding)]);
	});

	test('pass the wording that replaced it', () => {
		const now: [LocaleTag, string][] = [
			['zh-CN', '通过电话和 Web 提供支持，并提供录播培训和自助式上手引导。'],
			['zh-CN', '找不到支持计划。从时钟上看则是3小时或5小时。'],
			['zh-CN', '夜间：暂停计时，至11月25日（周三）09:00 恢复。'],
			['zh-CN', '适用于持有本地部署许可证的客户。'],
			['zh-TW', '全天候電話與網頁支援，共計入 1 小時服務時數，服務時段為週一至週五 09:00–17:00。'],
			['zh-TW', '以地端部署方式使用 PTC 軟體；客戶教育訓練；透過內建的「說明工具」建立工單。'],
			['zh-TW', '假設 12月24日、25日、31日及 1月1日為假日'],
			['ko', '전담 기술 계정 관리자(TAM)와 기술 지원 계정 관리자(TSAM), 어카운트 매니저'],
			['ko', '온라인 및 전화 지원, 지원팀, 셀프서비스, 현지 시간 월~금 09:00~17:00, ‘8:5’'],
			['ko', '시간대와 서머타임(일광 절약 시간), 내 시간대, 참고한 문서'],
			['pl', 'Opiekun z PTC; porównanie wszystkich planów; wsparcie przez internet'],
			[
				'pl',
				'Rozwój kompetencji i szkolenia; usługi dodatkowe; w dokumencie dostawcy „czas reakcji”',
			],
		];
		for (const [tag, text] of now) expect(flags(tag, text), `${tag}: ${text}`).toEqual([]);
	});
});
