/**
 * Synthetic catalogues for the build-scaling benchmark: any number of valid vendors, in every locale,
 * shaped like real ones (2-4 tiers, 15-30 features in categories, a severity scheme with examples,
 * business-hours and 24x7 calendars, targets per severity, assumptions, add-ons and FAQ).
 *
 * Texts are not invented: they are drawn from the example catalogue (content/vendors), whose
 * translations are reviewed, and recombined per vendor with a seeded random generator, so every text
 * has its natural length in each locale and two runs write the same files.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkCatalogueDir, loadCatalogue } from '../src/node/catalogue-files.ts';
import type {
	Catalogue,
	FeatureValue,
	LocalizedText,
	Target,
	Vendor,
} from '#lib/catalogue/schema.ts';
import { formatIssue } from '#lib/catalogue/issues.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same catalogue. */
export function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	/** `count` distinct items, in random order. */
	const sample = <T>(items: readonly T[], count: number): T[] => {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[copy[i], copy[j]] = [copy[j]!, copy[i]!];
		}
		return copy.slice(0, count);
	};
	return { next, int, pick, sample };
}

const brandStems = [
	'Northwind',
	'Bluepeak',
	'Corvid',
	'Lumen',
	'Tessera',
	'Quillon',
	'Harbor',
	'Meridian',
	'Kestrel',
	'Ostrava',
	'Sable',
	'Vantage',
	'Pinecrest',
	'Halcyon',
	'Arbor',
	'Cobalt',
];
const zones = [
	'customer',
	'customer',
	'Europe/Warsaw',
	'Asia/Taipei',
	'Asia/Seoul',
	'Asia/Shanghai',
	'America/New_York',
	'Europe/London',
];
const holidayPool = [
	'2026-01-01',
	'2026-04-06',
	'2026-05-01',
	'2026-05-03',
	'2026-10-09',
	'2026-12-24',
	'2026-12-25',
	'2026-12-26',
	'2026-12-31',
	'2027-01-01',
];

/** Calendar names written the way the example catalogue writes them, per locale. */
function businessHoursName(from: string, to: string, zone: string): LocalizedText {
	const local = {
		en: 'local time',
		'zh-CN': '当地时间',
		'zh-TW': '當地時間',
		ko: '현지 시간',
		pl: 'czas lokalny',
	};
	const where = (tag: keyof typeof local) => (zone === 'customer' ? local[tag] : zone);
	return {
		en: `Business hours (Mon–Fri ${from}–${to}, ${where('en')})`,
		'zh-CN': `工作时间（周一至周五 ${from}–${to}，${where('zh-CN')}）`,
		'zh-TW': `上班時間（週一至週五 ${from}–${to}，${where('zh-TW')}）`,
		ko: `업무 시간(월–금 ${from}–${to}, ${where('ko')})`,
		pl: `Godziny pracy (pn.–pt. ${from}–${to}, ${where('pl')})`,
	};
}

/** What the generator draws from: every text and value of a (valid) catalogue. */
function poolFrom(catalogue: Catalogue) {
	const vendors = catalogue.vendors;
	const uniqueById = <T extends { id: string }>(items: T[]) => [
		...new Map(items.map((i) => [i.id, i])).values(),
	];
	const featureValues = vendors
		.flatMap((v) => v.categories.flatMap((c) => c.features.flatMap((f) => Object.values(f.values))))
		.filter((x): x is Exclude<FeatureValue, boolean | null> => typeof x === 'object' && x !== null);
	return {
		names: vendors.map((v) => v.name),
		summaries: vendors.map((v) => ({ text: v.summary, name: v.name })),
		howTo: vendors.flatMap((v) =>
			v.howToOpenTicket ? [{ text: v.howToOpenTicket, name: v.name }] : []
		),
		severities: vendors.flatMap((v) => (v.severities ? [v.severities] : [])),
		tiers: uniqueById(
			vendors.flatMap((v) =>
				v.tiers.map((t) => ({ id: t.id, name: t.name, summary: t.summary, vendor: v.name }))
			)
		),
		categories: uniqueById(
			vendors.flatMap((v) => v.categories.map((c) => ({ id: c.id, name: c.name })))
		),
		features: uniqueById(
			vendors.flatMap((v) =>
				v.categories.flatMap((c) =>
					c.features.map((f) => ({
						id: f.id,
						name: f.name,
						description: f.description,
						vendor: v.name,
					}))
				)
			)
		),
		featureValues,
		always: vendors.flatMap((v) =>
			v.calendars.filter((c) => c.type === 'always').map((c) => c.name)
		),
		assumptions: vendors.flatMap((v) =>
			v.assumptions.map((a) => ({ text: a.text, vendor: v.name }))
		),
		faq: uniqueById(vendors.flatMap((v) => v.faq.map((f) => ({ ...f, vendor: v.name })))),
		addOns: vendors.flatMap((v) =>
			(v.addOns ?? []).map((a) => ({
				id: a.id,
				name: a.name,
				description: a.description,
				vendor: v.name,
			}))
		),
	};
}

export type Pool = ReturnType<typeof poolFrom>;

/** A text with the vendor it came from renamed, so a synthetic vendor speaks of itself. */
function rename(text: LocalizedText, from: string, to: string): LocalizedText {
	return Object.fromEntries(
		Object.entries(text).map(([tag, words]) => [tag, words?.split(from).join(to)])
	) as LocalizedText;
}

/** One synthetic vendor, valid against the catalogue schema and cross-reference checks. */
function syntheticVendor(index: number, pool: Pool, seed = 1): Vendor {
	const r = random(seed * 100_003 + index);
	const id = `vendor-${String(index + 1).padStart(3, '0')}`;
	const name = `${brandStems[index % brandStems.length]} ${Math.floor(index / brandStems.length) + 1}`;
	const summary = r.pick(pool.summaries);
	const scheme = structuredClone(r.pick(pool.severities));
	// A level's reference names its own vendor's assumption: the synthetic vendor cites its one source.
	for (const level of scheme.levels) delete level.ref;
	const severityIds = scheme.levels.map((l) => l.id);

	const from = r.pick(['08:00', '09:00']);
	const to = r.pick(['17:00', '18:00']);
	const zone = r.pick(zones);
	const assumption = r.pick(pool.assumptions);
	const calendars: Vendor['calendars'] = [
		{
			id: 'business-hours',
			type: 'weekly',
			name: businessHoursName(from, to, zone),
			zone,
			hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from, to }],
			holidays: r.sample(holidayPool, r.int(0, 6)).sort(),
			publicHolidays: 'vendor-list',
			assumption: 'business-hours',
		},
		{ id: 'always', type: 'always', name: r.pick(pool.always) },
	];

	const tierCount = r.int(2, 4);
	const tiers: Vendor['tiers'] = r.sample(pool.tiers, tierCount).map((t, rank) => {
		const top = rank === tierCount - 1;
		// Higher tiers answer faster: P1 in 4 h on the first tier down to 30 min on the top one.
		const firstResponseMinutes = (level: number) =>
			Math.round(((level + 1) * 240) / (rank + 1) / 15) * 15 || 15;
		const targets: Target[] = severityIds.flatMap((severity, level) => {
			const list: Target[] = [
				{
					kind: 'first-response',
					severity,
					within: { value: firstResponseMinutes(level), unit: 'minutes' },
					clock: 'covered',
					// Hours on weekly coverage say where their counting clock comes from.
					clockRef: { source: 'policy' },
				},
			];
			if (r.next() < 0.6)
				list.push({
					kind: 'resolution',
					severity,
					within: { value: level + rank + 1, unit: 'business-days' },
					clock: 'covered',
				});
			if (level === 0 && r.next() < 0.5)
				list.push({
					kind: 'update',
					severity,
					every: { value: 4 - Math.min(rank, 3), unit: 'hours' },
					clock: 'covered',
					clockRef: { source: 'policy' },
				});
			return list;
		});
		return {
			id: t.id,
			name: t.name,
			summary: rename(t.summary, t.vendor, name),
			availability: rank === 0 && r.next() < 0.5 ? 'included' : 'purchase',
			coverage:
				top && r.next() < 0.7
					? { default: 'business-hours', severities: { [severityIds[0]!]: 'always' } }
					: { default: rank > 1 ? 'always' : 'business-hours' },
			targets,
		};
	});
	const tierIds = tiers.map((t) => t.id);

	const features = r.sample(pool.features, r.int(15, 30));
	const categories = r.sample(pool.categories, r.int(3, 5)).map((c) => ({
		id: c.id,
		name: c.name,
		features: [] as Vendor['categories'][number]['features'],
	}));
	features.forEach((f, i) => {
		const values = Object.fromEntries(
			tierIds.map((tier, rank) => {
				const roll = r.next();
				// Mostly yes/no growing with the tier, some "not stated", some richer values.
				const value: FeatureValue =
					roll < 0.15
						? structuredClone(r.pick(pool.featureValues))
						: roll < 0.2
							? null
							: rank >= i % tierIds.length;
				return [tier, value];
			})
		);
		categories[i % categories.length]!.features.push({
			id: f.id,
			name: f.name,
			...(f.description ? { description: rename(f.description, f.vendor, name) } : {}),
			values,
		});
	});

	const faq = r.sample(pool.faq, Math.min(pool.faq.length, r.int(3, 6))).map((f) => ({
		id: f.id,
		question: rename(f.question, f.vendor, name),
		answer: rename(f.answer, f.vendor, name),
	}));
	const addOns =
		r.next() < 0.5 && pool.addOns.length
			? [r.pick(pool.addOns)].map((a) => ({
					id: a.id,
					name: a.name,
					description: rename(a.description, a.vendor, name),
					availableFor: tierIds.slice(-2),
				}))
			: undefined;
	const howTo = pool.howTo.length ? r.pick(pool.howTo) : undefined;

	return {
		id,
		name,
		summary: rename(summary.text, summary.name, name),
		sources: [
			{
				id: 'policy',
				title: `${name} Support Policy`,
				publisher: name,
				language: 'en',
				retrieved: '2026-01-15',
			},
		],
		...(howTo ? { howToOpenTicket: rename(howTo.text, howTo.name, name) } : {}),
		severities: scheme,
		calendars,
		tiers,
		...(addOns ? { addOns } : {}),
		categories,
		assumptions: [{ id: 'business-hours', text: rename(assumption.text, assumption.vendor, name) }],
		footnotes: [],
		faq,
	};
}

/**
 * Writes a catalogue of `count` vendors to `dir` (emptied first): the vendor files of `sourceDir`
 * as they are, then synthetic vendors drawing their texts from them. The source vendors stay because
 * the site's general FAQ computes its worked examples on the example catalogue's plans.
 * Returns the ids of the vendors written.
 */
export function writeSyntheticCatalogue(
	dir: string,
	count: number,
	sourceDir = 'content/vendors',
	seed = 1
): string[] {
	const source = loadCatalogue(sourceDir);
	const pool = poolFrom(source);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const kept = source.vendors.slice(0, count).map((v) => v.id);
	for (const id of kept) copyFileSync(join(sourceDir, `${id}.yaml`), join(dir, `${id}.yaml`));
	const made = Array.from({ length: count - kept.length }, (_, i) =>
		syntheticVendor(i, pool, seed)
	);
	for (const vendor of made)
		writeFileSync(join(dir, `${vendor.id}.yaml`), stringify(vendor, { lineWidth: 0 }));
	// The generated vendors pass the same checks as real ones, or nothing is measured.
	const checked = checkCatalogueDir(dir);
	if (!checked.ok)
		throw new Error(
			`The synthetic catalogue generator (bench/synthetic-catalogue.ts) has fallen behind the catalogue rules; its ${count}-vendor catalogue does not validate:\n${checked.issues
				.slice(0, 10)
				.map(formatIssue)
				.join(
					'\n'
				)}${checked.issues.length > 10 ? `\n… and ${checked.issues.length - 10} more` : ''}`
		);
	return [...kept, ...made.map((v) => v.id)];
}
