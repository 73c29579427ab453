/**
 * Checks a vendor that already has the right shape for what a schema cannot see: duplicate ids and
 * references to tiers, severities, calendars, footnotes and assumptions that do not exist.
 */
import { quoteIds, type KeyPath } from './issues.ts';
import { duplicateIds, reference, type ReferenceProblem } from './reference-problems.ts';
import { RESERVED_TIER_IDS } from '#lib/routes.ts';
import { isIsoDate } from '#lib/time/days.ts';
import { channelRows } from './query.ts';
import type { Feature, Reference, Target, Vendor } from './schema.ts';
import { checkTerms, coverageCalendars, targetSites } from './terms-references.ts';

export type { ReferenceProblem } from './reference-problems.ts';

/** The ids a message lists (the first twenty and how many more: a file may define thousands). */
const quoteList = quoteIds;

/** Whether a target is counted in minutes or hours (so its counting clock matters on weekly coverage). */
function hourBased(target: Target): boolean {
	const duration = target.kind === 'update' ? target.every : target.within;
	return duration === undefined || duration.unit !== 'business-days';
}

/**
 * Checks provenance: every `ref` names a known source or assumption; with several sources, every
 * target, feature value, calendar, severity level and FAQ entry says where it comes from; and every
 * target in minutes or hours on weekly coverage says where its counting clock comes from.
 */
function checkProvenance(vendor: Vendor, today: string | undefined, problems: ReferenceProblem[]) {
	duplicateIds(vendor.sources, ['sources'], 'source', problems);
	const sources = new Set(vendor.sources.map((s) => s.id));
	const assumptions = new Set(vendor.assumptions.map((a) => a.id));
	// Editions of one document are one document: a vendor with one lends it to values without a ref.
	const documents = vendor.sources.filter((s) => s.editionOf === undefined).length;
	const several = documents > 1;
	const byId = new Map(vendor.sources.map((s) => [s.id, s]));
	const editionsOf = (id: string) => vendor.sources.filter((s) => s.editionOf === id);
	vendor.sources.forEach((source, s) => {
		if (source.editionOf !== undefined) {
			const original = byId.get(source.editionOf);
			const path = ['sources', s, 'editionOf'];
			if (source.editionOf === source.id)
				problems.push({
					path,
					message: `source "${source.id}" is named an edition of itself; expected the id of the document it translates`,
				});
			else if (original === undefined)
				reference(source.editionOf, sources, path, 'source', problems);
			else if (original.editionOf !== undefined)
				problems.push({
					path,
					message: `source "${original.id}" is itself an edition of "${original.editionOf}"; expected the id of the document every edition belongs to ("${original.editionOf}")`,
				});
			else if (original.language.toLowerCase() === source.language.toLowerCase())
				problems.push({
					path,
					message: `edition "${source.id}" is in ${source.language}, the language of "${original.id}"; expected an edition in another language`,
				});
			else {
				const earlier = vendor.sources
					.slice(0, s)
					.find(
						(other) =>
							other.editionOf === source.editionOf &&
							other.language.toLowerCase() === source.language.toLowerCase()
					);
				if (earlier)
					problems.push({
						path: ['sources', s, 'language'],
						message: `two editions of "${original.id}" in ${source.language} ("${earlier.id}" and "${source.id}"); expected one per language, so each locale cites one`,
					});
			}
		}
		// Compared as YYYY-MM-DD strings: both sides are calendar dates written the same way.
		if (today !== undefined && isIsoDate(today) && source.retrieved > today)
			problems.push({
				path: ['sources', s, 'retrieved'],
				message: `retrieved date ${source.retrieved} is in the future; expected the date the source was last checked, today or earlier`,
			});
		if (source.effective !== undefined && source.effective > source.retrieved)
			problems.push({
				path: ['sources', s, 'effective'],
				message: `effective date ${source.effective} is after the retrieved date ${source.retrieved}; expected terms that had taken effect when they were checked`,
			});
	});
	const check = (ref: Reference | undefined, path: KeyPath, what: string) => {
		if (ref === undefined) {
			if (several)
				problems.push({
					path,
					message: `missing provenance for ${what}; expected "ref" with a source or an assumption (this vendor has ${vendor.sources.length} sources)`,
				});
			return;
		}
		checkAt(ref, [...path, 'ref']);
	};
	const checkAt = (ref: Reference | undefined, path: KeyPath) => {
		if (ref === undefined) return;
		if (ref.source !== undefined)
			reference(ref.source, sources, [...path, 'source'], 'source', problems);
		const editions = ref.source === undefined ? [] : editionsOf(ref.source);
		for (const id of Object.keys(ref.editions ?? {}))
			if (!editions.some((e) => e.id === id))
				problems.push({
					path: [...path, 'editions'],
					key: id,
					message: `"${id}" is not an edition of "${ref.source}"; expected ${editions.length ? `one of: ${quoteList(editions.map((e) => e.id))}` : `a source with editionOf: ${ref.source}`}`,
				});
		if (ref.locator !== undefined) {
			const missing = editions.filter((e) => ref.editions?.[e.id] === undefined);
			if (missing.length)
				problems.push({
					path: [...path, 'locator'],
					message: `missing locator in edition ${quoteList(missing.map((e) => e.id))} of "${ref.source}"; expected "editions" with the same place in each edition's own words, so its readers see its locator`,
				});
		}
		if (ref.assumption !== undefined)
			reference(ref.assumption, assumptions, [...path, 'assumption'], 'assumption', problems);
	};

	vendor.calendars.forEach((calendar, c) =>
		check(calendar.ref, ['calendars', c], `calendar "${calendar.id}"`)
	);
	vendor.severities?.levels.forEach((level, l) =>
		check(level.ref, ['severities', 'levels', l], `severity "${level.id}"`)
	);
	vendor.faq.forEach((entry, f) => check(entry.ref, ['faq', f], `FAQ entry "${entry.id}"`));
	const calendars = new Map(vendor.calendars.map((c) => [c.id, c]));
	vendor.tiers.forEach((tier, t) => {
		checkAt(tier.availabilityRef, ['tiers', t, 'availabilityRef']);
		checkAt(tier.includesRef, ['tiers', t, 'includesRef']);
		checkAt(tier.levelsRef, ['tiers', t, 'levelsRef']);
		tier.coverage?.rules?.forEach((rule, r) =>
			check(rule.ref, ['tiers', t, 'coverage', 'rules', r], `coverage rule ${r + 1}`)
		);
	});
	for (const { target, path, coverage } of targetSites(vendor)) {
		const what = `${target.kind} target${target.severity ? ` for ${target.severity}` : ''}`;
		check(target.ref, path, what);
		checkAt(target.clockRef, [...path, 'clockRef']);
		checkAt(target.starts?.ref, [...path, 'starts', 'ref']);
		const weekly = coverageCalendars(coverage, target.severity).find(
			(id) => calendars.get(id)?.type === 'weekly'
		);
		if (target.clockRef === undefined && hourBased(target) && weekly !== undefined)
			problems.push({
				path,
				message: `missing counting clock for ${what} on weekly coverage "${weekly}"; expected "clockRef" citing the source that says whether hours count on covered or elapsed time, or naming an assumption`,
			});
	}
	checkAt(vendor.clockStart?.ref, ['clockStart', 'ref']);
	checkAt(vendor.effectiveRef, ['effectiveRef']);
	if (vendor.effectiveRef && vendor.effective === undefined)
		problems.push({
			path: ['effectiveRef'],
			message:
				'expected "effective" beside "effectiveRef": it says where the date the terms took effect comes from',
		});
	vendor.notes?.forEach((note, n) => checkAt(note.ref, ['notes', n, 'ref']));
	vendor.addOns?.forEach((addOn, a) => checkAt(addOn.ref, ['addOns', a, 'ref']));
	vendor.attributes?.forEach((attribute, a) =>
		check(attribute.ref, ['attributes', a], `attribute "${attribute.id}"`)
	);
	vendor.requestTypes?.forEach((type, r) =>
		check(type.ref, ['requestTypes', r], `request type "${type.id}"`)
	);
	vendor.duties?.forEach((duty, d) => check(duty.ref, ['duties', d], `duty "${duty.id}"`));
	vendor.credits?.forEach((credit, c) =>
		check(credit.ref, ['credits', c], `credit "${credit.id}"`)
	);
	vendor.categories.forEach((category, c) =>
		category.features.forEach((feature, f) => {
			const path = ['categories', c, 'features', f];
			checkAt(feature.ref, [...path, 'ref']);
			for (const [tierId, ref] of Object.entries(feature.refs ?? {}))
				checkAt(ref, [...path, 'refs', tierId]);
			if (several && feature.ref === undefined) {
				const missing = Object.keys(feature.values).filter((id) => !feature.refs?.[id]);
				if (missing.length)
					problems.push({
						path,
						message: `missing provenance for feature "${feature.id}" (tier ${quoteList(missing)}); expected "ref" or "refs" with a source or an assumption (this vendor has ${vendor.sources.length} sources)`,
					});
			}
		})
	);
}

/**
 * Rows with the `channels` role, in one of two forms the key facts can show in words: one row whose
 * values name the channels (text, a list, or null where the source does not say), or yes/no rows,
 * one per channel, named by the row.
 */
function checkChannelRows(
	vendor: Vendor,
	rows: { feature: Feature; path: KeyPath }[],
	problems: ReferenceProblem[]
) {
	// The same reading the key facts make (catalogue/query.ts): a row in words wins over yes/no rows.
	const shape = channelRows(vendor);
	if (shape?.kind !== 'words') return;
	const words = rows.find(({ feature }) => feature === shape.feature)!;
	for (const { feature, path } of rows)
		if (feature !== words.feature)
			problems.push({
				path: [...path, 'role'],
				message: `another row with role "channels" beside "${words.feature.id}", which names them in words; expected that row alone, or only yes/no rows, one per channel`,
			});
	for (const [tierId, value] of Object.entries(words.feature.values)) {
		if (value === null || (typeof value === 'object' && ['text', 'list'].includes(value.kind)))
			continue;
		const found = typeof value === 'object' ? `kind: ${value.kind}` : String(value);
		problems.push({
			path: [...words.path, 'values', tierId],
			message: `expected a "channels" row's value to name the channels in words: text, a list, or null where the source does not say; or yes/no in every tier (found: ${found})`,
		});
	}
}

/**
 * Runs every cross-reference check on one vendor; `fileId` is the vendor id implied by the file name,
 * `today` (YYYY-MM-DD, passed in by the caller) the date no source may have been retrieved after.
 */
export function checkReferences(
	vendor: Vendor,
	fileId: string,
	today?: string
): ReferenceProblem[] {
	const problems: ReferenceProblem[] = [];
	if (vendor.id !== fileId)
		problems.push({
			path: ['id'],
			message: `vendor id "${vendor.id}" does not match its file name; expected "${fileId}"`,
		});

	duplicateIds(vendor.tiers, ['tiers'], 'tier', problems);
	vendor.tiers.forEach((tier, t) => {
		if (RESERVED_TIER_IDS.includes(tier.id))
			problems.push({
				path: ['tiers', t, 'id'],
				message: `tier id "${tier.id}" names another page of the vendor (${quoteList(RESERVED_TIER_IDS)} are taken); expected another id`,
			});
	});
	duplicateIds(vendor.calendars, ['calendars'], 'calendar', problems);
	duplicateIds(vendor.severities?.levels, ['severities', 'levels'], 'severity', problems);
	duplicateIds(vendor.addOns, ['addOns'], 'add-on', problems);
	duplicateIds(vendor.categories, ['categories'], 'category', problems);
	duplicateIds(vendor.assumptions, ['assumptions'], 'assumption', problems);
	duplicateIds(vendor.footnotes, ['footnotes'], 'footnote', problems);
	duplicateIds(vendor.faq, ['faq'], 'FAQ entry', problems);
	duplicateIds(vendor.notes, ['notes'], 'note', problems);

	const tiers = new Set(vendor.tiers.map((t) => t.id));
	const severities = new Set(vendor.severities?.levels.map((l) => l.id) ?? []);
	const footnotes = new Set(vendor.footnotes.map((f) => f.id));
	const assumptions = new Set(vendor.assumptions.map((a) => a.id));

	// Feature ids are anchors on one page, so they must be unique across categories.
	const featureIds = new Map<string, string>();
	const rolePaths: { feature: Feature; path: KeyPath }[] = [];
	vendor.categories.forEach((category, c) => {
		category.features.forEach((feature, f) => {
			const path = ['categories', c, 'features', f];
			const first = featureIds.get(feature.id);
			if (first)
				problems.push({
					path: [...path, 'id'],
					message: `duplicate feature id "${feature.id}"; expected a unique id (first used in category "${first}")`,
				});
			else featureIds.set(feature.id, category.id);
			for (const tierId of Object.keys(feature.values))
				reference(tierId, tiers, [...path, 'values'], 'tier', problems, tierId);
			// A reference under a tier that does not exist would leave that tier's value without its source.
			for (const tierId of Object.keys(feature.refs ?? {}))
				reference(tierId, tiers, [...path, 'refs'], 'tier', problems, tierId);
			const missing = [...tiers].filter((t) => !(t in feature.values));
			if (missing.length)
				problems.push({
					path: [...path, 'values'],
					message: `missing value for tier ${quoteList(missing)}; expected a value for every tier (true, false, null or an object)`,
				});
			feature.footnotes?.forEach((id, i) =>
				reference(id, footnotes, [...path, 'footnotes', i], 'footnote', problems)
			);
			if (feature.role === 'channels') rolePaths.push({ feature, path });
		});
	});
	if (rolePaths.length) checkChannelRows(vendor, rolePaths, problems);

	vendor.calendars.forEach((calendar, c) => {
		if (calendar.type === 'weekly' && calendar.assumption)
			reference(
				calendar.assumption,
				assumptions,
				['calendars', c, 'assumption'],
				'assumption',
				problems
			);
	});

	for (const { target, path: targetPath } of targetSites(vendor)) {
		if (target.severity !== undefined)
			reference(target.severity, severities, [...targetPath, 'severity'], 'severity', problems);
		target.footnotes?.forEach((id, n) =>
			reference(id, footnotes, [...targetPath, 'footnotes', n], 'footnote', problems)
		);
	}

	vendor.addOns?.forEach((addOn, a) =>
		addOn.availableFor.forEach((id, i) =>
			reference(id, tiers, ['addOns', a, 'availableFor', i], 'tier', problems)
		)
	);
	vendor.assumptions.forEach((assumption, a) =>
		assumption.tiers?.forEach((id, i) =>
			reference(id, tiers, ['assumptions', a, 'tiers', i], 'tier', problems)
		)
	);

	checkProvenance(vendor, today, problems);
	problems.push(...checkTerms(vendor));

	const matrix = vendor.severities?.matrix;
	if (matrix) {
		duplicateIds(matrix.impacts, ['severities', 'matrix', 'impacts'], 'impact', problems);
		duplicateIds(matrix.urgencies, ['severities', 'matrix', 'urgencies'], 'urgency', problems);
		const impacts = new Set(matrix.impacts.map((i) => i.id));
		const urgencies = new Set(matrix.urgencies.map((u) => u.id));
		const levelsPath = ['severities', 'matrix', 'levels'];
		for (const [urgency, row] of Object.entries(matrix.levels)) {
			reference(urgency, urgencies, levelsPath, 'urgency', problems, urgency);
			for (const [impact, level] of Object.entries(row)) {
				reference(impact, impacts, [...levelsPath, urgency], 'impact', problems, impact);
				reference(level, severities, [...levelsPath, urgency, impact], 'severity', problems);
			}
			const missing = [...impacts].filter((i) => !(i in row));
			if (missing.length)
				problems.push({
					path: [...levelsPath, urgency],
					message: `missing level for impact ${quoteList(missing)}; expected every impact in every row`,
				});
		}
		const missingRows = [...urgencies].filter((u) => !(u in matrix.levels));
		if (missingRows.length)
			problems.push({
				path: levelsPath,
				message: `missing row for urgency ${quoteList(missingRows)}; expected a row for every urgency`,
			});
	}
	return problems;
}
