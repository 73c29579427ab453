/**
 * Link previews: the picture a chat app or social site shows for a shared plan, tier, comparison or
 * severity page (`og:image`, 1200×630), in the page's language, naming the vendor and tier with the
 * key facts (first response at the most severe level, coverage). This module says what each picture
 * shows and where it lives; src/node/link-previews.ts draws it.
 */
import { findVendor, vendorLevelTerm } from '#lib/catalogue/query.ts';
import type { Tier, Vendor } from '#lib/catalogue/schema.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import { listPhrase, localize, plainText } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import { findLocale, locales, type LocaleTag } from '#lib/locales.ts';
import { RESERVED_TIER_IDS, withBase, withoutBase } from '#lib/routes.ts';
import { SITE_TITLE } from '#lib/site.ts';
import { tierKeyFacts } from '#lib/views/parts/tier-key-facts.ts';
import { buildCompare } from './compare.ts';

/** The size every preview is drawn at (the size chat apps and social sites ask for). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** A page that has a preview. */
export type PreviewSubject =
	| { kind: 'plans'; vendorId: string }
	| { kind: 'tier'; vendorId: string; tierId: string }
	| { kind: 'severity'; vendorId: string }
	| { kind: 'compare' };

/** One fact of a preview: "P1 first response" / "30 minutes", with a line under it. */
export interface PreviewFact {
	label: string;
	value: string;
	note?: string | undefined;
}

/** What one preview shows. */
export interface LinkPreview {
	tag: LocaleTag;
	site: string;
	title: string;
	/** A line under the title: what the facts are ("P1 first response"). */
	subtitle?: string | undefined;
	facts: PreviewFact[];
	/** The picture in words, for `og:image:alt`. */
	alt: string;
}

/** How many facts a preview has room for. */
const MAX_FACTS = 4;

/** Every page with a preview, in one locale's terms (the same in each locale). */
export function previewSubjects(vendors: readonly Vendor[]): PreviewSubject[] {
	return [
		{ kind: 'compare' },
		...vendors.flatMap((vendor): PreviewSubject[] => [
			{ kind: 'plans', vendorId: vendor.id },
			...vendor.tiers.map((tier) => ({
				kind: 'tier' as const,
				vendorId: vendor.id,
				tierId: tier.id,
			})),
			...(vendor.severities ? [{ kind: 'severity' as const, vendorId: vendor.id }] : []),
		]),
	];
}

/** The preview's file under the site, without the base: `og/zh-cn/plans/acme/premium.png`. */
export function previewFile(subject: PreviewSubject, tag: LocaleTag): string {
	const locale = findLocale(tag)?.slug ?? 'en';
	const rest =
		subject.kind === 'compare'
			? ['compare']
			: subject.kind === 'tier'
				? ['plans', subject.vendorId, subject.tierId]
				: [subject.kind, subject.vendorId];
	return ['og', locale, ...rest].join('/') + '.png';
}

/** The preview's address on the site (with the base). */
export function previewPath(subject: PreviewSubject, tag: LocaleTag): string {
	return withBase(`/${previewFile(subject, tag)}`);
}

/**
 * The page a path (with or without the base) shows, when it is one with a preview, and its locale;
 * undefined for any other page.
 */
export function previewSubjectOfPath(
	path: string,
	vendors: readonly Vendor[]
): { subject: PreviewSubject; tag: LocaleTag } | undefined {
	const segments = withoutBase(path).split('/').filter(Boolean);
	const locale = locales.find((l) => l.slug !== undefined && l.slug === segments[0]);
	const rest = locale ? segments.slice(1) : segments;
	const tag: LocaleTag = locale?.tag ?? locales[0].tag;
	const [section, vendorId, tierId, ...more] = rest;
	if (more.length) return undefined;
	if (section === 'compare' && vendorId === undefined) return { subject: { kind: 'compare' }, tag };
	const vendor = vendorId === undefined ? undefined : findVendor(vendors, vendorId);
	if (!vendor) return undefined;
	if (section === 'severity' && tierId === undefined && vendor.severities)
		return { subject: { kind: 'severity', vendorId: vendor.id }, tag };
	if (section !== 'plans') return undefined;
	if (tierId === undefined) return { subject: { kind: 'plans', vendorId: vendor.id }, tag };
	if (RESERVED_TIER_IDS.includes(tierId) || !vendor.tiers.some((x) => x.id === tierId))
		return undefined;
	return { subject: { kind: 'tier', vendorId: vendor.id, tierId }, tag };
}

/** A tier as one fact of a vendor's preview: its name, its headline figure and its coverage. */
function tierFact(vendor: Vendor, tier: Tier, tag: LocaleTag, t: Translate): PreviewFact {
	const facts = tierKeyFacts(vendor, tier, tag, t, () => []);
	return {
		label: localize(tier.name, tag),
		value: facts.headline?.value ?? plainText(facts.coverage),
		note: facts.headline ? plainText(facts.coverage) : undefined,
	};
}

/** The headline's label a vendor's tiers share ("P1 first response"), if they share one. */
function sharedHeadline(vendor: Vendor, tag: LocaleTag, t: Translate): string | undefined {
	const labels = new Set(
		vendor.tiers.map((tier) => tierKeyFacts(vendor, tier, tag, t, () => []).headline?.label)
	);
	const [only] = labels;
	return labels.size === 1 ? only : undefined;
}

/** What the preview of `subject` shows in `tag`. */
export function linkPreview(
	vendors: readonly Vendor[],
	subject: PreviewSubject,
	tag: LocaleTag,
	t: Translate
): LinkPreview {
	const content = previewContent(vendors, subject, tag, t);
	const facts = content.facts.slice(0, MAX_FACTS);
	const words = facts.map((f) =>
		t('atlas.preview.fact', {
			label: f.label,
			// The note in the locale's own brackets: full-width in Chinese.
			value: f.note ? `${f.value}${t('atlas.format.parenthetical', { note: f.note })}` : f.value,
		})
	);
	return {
		tag,
		site: SITE_TITLE,
		...content,
		facts,
		alt: t('atlas.preview.alt', {
			title: content.title,
			facts: plainText(listPhrase(words, tag)),
		}),
	};
}

function previewContent(
	vendors: readonly Vendor[],
	subject: PreviewSubject,
	tag: LocaleTag,
	t: Translate
): Pick<LinkPreview, 'title' | 'subtitle' | 'facts'> {
	if (subject.kind === 'compare') {
		// Each vendor's quickest first response at its most severe level, and the plan that gives it.
		const view = buildCompare(vendors, tag, t);
		const fastest = new Map<string, (typeof view.rows)[number]>();
		for (const row of view.rows) {
			const best = fastest.get(row.vendorId);
			const key = row.cells[0]?.sortKey;
			if (key === undefined) continue;
			if (!best || key < (best.cells[0]?.sortKey ?? Infinity)) fastest.set(row.vendorId, row);
		}
		return {
			title: view.title,
			subtitle: view.levels[0],
			facts: [...fastest.values()].map((row) => ({
				label: row.vendorName,
				value: row.cells[0]!.value ?? '',
				note: `${plainText(row.tierName)} · ${row.cells[0]!.coverage ?? ''}`,
			})),
		};
	}
	const vendor = findVendor(vendors, subject.vendorId);
	if (!vendor) throw new Error(`No vendor "${subject.vendorId}"`);
	if (subject.kind === 'tier') {
		const tier = vendor.tiers.find((x) => x.id === subject.tierId);
		if (!tier) throw new Error(`Vendor "${vendor.id}" has no tier "${subject.tierId}"`);
		const facts = tierKeyFacts(vendor, tier, tag, t, () => []);
		return {
			title: t('atlas.plans.tierTitle', { tier: localize(tier.name, tag), vendor: vendor.name }),
			facts: [
				...(facts.headline ? [{ label: facts.headline.label, value: facts.headline.value }] : []),
				{ label: t('atlas.tier.coverage'), value: plainText(facts.coverage) },
				...(facts.channels
					? [{ label: t('atlas.tier.channels'), value: plainText(facts.channels.value) }]
					: []),
			],
		};
	}
	const title =
		subject.kind === 'severity'
			? t(levelKey('atlas.severity.title', vendorLevelTerm(vendor)), { vendor: vendor.name })
			: t('atlas.plans.title', { vendor: vendor.name });
	return {
		title,
		subtitle: sharedHeadline(vendor, tag, t),
		facts: vendor.tiers.map((tier) => tierFact(vendor, tier, tag, t)),
	};
}

/** A node of the picture, as satori reads it (React's element shape, without React). */
export interface PreviewNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (PreviewNode | string)[] | string };
}

const node = (
	style: Record<string, string | number>,
	children: (PreviewNode | string)[] | string
): PreviewNode => ({ type: 'div', props: { style, children } });

/**
 * The picture of a preview: the site's name, the title, a line under it, the facts as cards, in
 * `fontFamily` (the fonts the drawing loaded, Latin first).
 */
export function previewTree(preview: LinkPreview, fontFamily = 'Noto Sans'): PreviewNode {
	const accent = '#3447ff';
	const clamp = (lines: number): Record<string, string | number> => ({
		display: 'block',
		lineClamp: lines,
		overflow: 'hidden',
	});
	const factCount = Math.max(1, preview.facts.length);
	return node(
		{
			width: PREVIEW_WIDTH,
			height: PREVIEW_HEIGHT,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			padding: '56px 64px',
			background: '#ffffff',
			color: '#17181c',
			fontFamily,
			borderTop: `16px solid ${accent}`,
			// Korean breaks between words, not inside one.
			wordBreak: preview.tag === 'ko' ? 'keep-all' : 'normal',
		},
		[
			node({ display: 'flex', fontSize: 30, fontWeight: 700, color: accent }, preview.site),
			node(
				{ ...clamp(2), fontSize: 60, fontWeight: 700, lineHeight: 1.2, marginTop: 20 },
				preview.title
			),
			...(preview.subtitle
				? [
						node(
							{ display: 'flex', fontSize: 30, color: '#545861', marginTop: 12 },
							preview.subtitle
						),
					]
				: []),
			node(
				{ display: 'flex', marginTop: 'auto', gap: 24 },
				preview.facts.map((fact) =>
					node(
						{
							display: 'flex',
							flexDirection: 'column',
							boxSizing: 'border-box',
							width: (PREVIEW_WIDTH - 128 - 24 * (factCount - 1)) / factCount,
							padding: '20px 24px',
							border: '2px solid #d5d8de',
							borderRadius: 16,
						},
						[
							node({ ...clamp(1), fontSize: 24, color: '#545861' }, fact.label),
							node(
								{ ...clamp(2), fontSize: 38, fontWeight: 700, lineHeight: 1.2, marginTop: 6 },
								fact.value
							),
							...(fact.note
								? [node({ ...clamp(2), fontSize: 22, color: '#545861', marginTop: 6 }, fact.note)]
								: []),
						]
					)
				)
			),
		]
	);
}
