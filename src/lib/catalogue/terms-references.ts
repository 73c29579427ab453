/**
 * Cross-reference checks of what selects a plan's targets: coverage and its rules, ticket attributes
 * and the conditions that name them, request types, included tiers, offered levels, add-ons, duties
 * and credits. Problems are not yet located in the file (see cross-references.ts).
 */
import { quoteIds, type KeyPath } from './issues.ts';
import { duplicateIds, reference, type ReferenceProblem } from './reference-problems.ts';
import { targetKey } from './plan-terms.ts';
import { tierCoverage as ownOrIncludedCoverage } from './query.ts';
import type { Conditions, Target, Tier, Vendor } from './schema.ts';

type Coverage = NonNullable<Tier['coverage']>;

/** A target where it is written, with the coverage it counts on there. */
export interface TargetSite {
	target: Target;
	path: KeyPath;
	coverage: Coverage | undefined;
}

/** A tier's coverage, or that of the tier it includes (the one reading pages and the engine use). */
function tierCoverage(vendor: Vendor, tier: Tier): Coverage | undefined {
	return ownOrIncludedCoverage(vendor, tier).coverage;
}

/** Every target of the vendor, in tiers and add-ons, with its path and coverage. */
export function targetSites(vendor: Vendor): TargetSite[] {
	const sites: TargetSite[] = [];
	vendor.tiers.forEach((tier, t) => {
		const coverage = tierCoverage(vendor, tier);
		tier.targets.forEach((target, i) =>
			sites.push({ target, path: ['tiers', t, 'targets', i], coverage })
		);
	});
	vendor.addOns?.forEach((addOn, a) => {
		const first = vendor.tiers.find((t) => addOn.availableFor.includes(t.id));
		const coverage = addOn.coverage ?? (first && tierCoverage(vendor, first));
		addOn.targets?.forEach((target, i) =>
			sites.push({ target, path: ['addOns', a, 'targets', i], coverage })
		);
	});
	return sites;
}

/** The calendars a target of a level may count on: the level's or default, and any rule's. */
export function coverageCalendars(coverage: Coverage | undefined, severity?: string): string[] {
	if (!coverage) return [];
	const rules = (coverage.rules ?? []).filter(
		(r) => !r.severities || severity === undefined || r.severities.includes(severity)
	);
	return [
		(severity !== undefined && coverage.severities?.[severity]) || coverage.default,
		...rules.map((r) => r.calendar),
	];
}

/** Whether two sets of conditions can hold for one ticket. */
function canBothHold(a: Conditions | undefined, b: Conditions | undefined): boolean {
	for (const [id, values] of Object.entries(a ?? {})) {
		const other = b?.[id];
		if (other !== undefined && ![values].flat().some((v) => [other].flat().includes(v)))
			return false;
	}
	return true;
}

/** Runs the checks; see the module comment. */
export function checkTerms(vendor: Vendor): ReferenceProblem[] {
	const problems: ReferenceProblem[] = [];
	const push = (path: KeyPath, message: string, key?: string) =>
		problems.push({ path, message, key });
	const known = (id: string, ids: ReadonlySet<string>, path: KeyPath, what: string, key?: string) =>
		reference(id, ids, path, what, problems, key);
	const duplicates = (items: readonly { id: string }[] | undefined, path: KeyPath, what: string) =>
		duplicateIds(items, path, what, problems);

	const tiers = new Set(vendor.tiers.map((t) => t.id));
	const calendars = new Set(vendor.calendars.map((c) => c.id));
	const severities = new Set(vendor.severities?.levels.map((l) => l.id) ?? []);
	const requestTypes = new Set(vendor.requestTypes?.map((r) => r.id) ?? []);
	const attributes = new Map((vendor.attributes ?? []).map((a) => [a.id, a]));

	duplicates(vendor.attributes, ['attributes'], 'attribute');
	duplicates(vendor.requestTypes, ['requestTypes'], 'request type');
	duplicates(vendor.duties, ['duties'], 'duty');
	duplicates(vendor.credits, ['credits'], 'credit');
	vendor.attributes?.forEach((attribute, a) => {
		duplicates(attribute.values, ['attributes', a, 'values'], 'value');
		if (attribute.default !== undefined)
			known(
				attribute.default,
				new Set(attribute.values.map((v) => v.id)),
				['attributes', a, 'default'],
				`value of attribute "${attribute.id}"`
			);
	});

	const conditions = (when: Conditions | undefined, path: KeyPath) => {
		for (const [id, wanted] of Object.entries(when ?? {})) {
			const attribute = attributes.get(id);
			if (!attribute) {
				known(id, new Set(attributes.keys()), path, 'attribute', id);
				continue;
			}
			const values = new Set(attribute.values.map((v) => v.id));
			const list = [wanted].flat();
			list.forEach((value, i) =>
				known(
					value,
					values,
					Array.isArray(wanted) ? [...path, id, i] : [...path, id],
					`value of attribute "${id}"`
				)
			);
		}
	};

	const coverage = (cover: Coverage | undefined, path: KeyPath) => {
		if (!cover) return;
		known(cover.default, calendars, [...path, 'default'], 'calendar');
		for (const [severity, calendar] of Object.entries(cover.severities ?? {})) {
			known(severity, severities, [...path, 'severities'], 'severity', severity);
			known(calendar, calendars, [...path, 'severities', severity], 'calendar');
		}
		cover.rules?.forEach((rule, r) => {
			const rulePath = [...path, 'rules', r];
			known(rule.calendar, calendars, [...rulePath, 'calendar'], 'calendar');
			rule.severities?.forEach((s, i) =>
				known(s, severities, [...rulePath, 'severities', i], 'severity')
			);
			conditions(rule.when, [...rulePath, 'when']);
		});
	};

	// Targets: what they select on, when their clock starts, and one answer per ticket.
	const sites = targetSites(vendor);
	for (const { target, path } of sites) {
		conditions(target.when, [...path, 'when']);
		if (target.requestType !== undefined) {
			known(target.requestType, requestTypes, [...path, 'requestType'], 'request type');
			if (target.severity !== undefined)
				push(
					[...path, 'requestType'],
					'expected "severity" or "requestType", not both: a request type has reply times of its own'
				);
		}
		if (target.starts?.event === 'first-response' && target.kind !== 'update')
			push(
				[...path, 'starts', 'event'],
				'expected "first-response" only on an update target; a deadline starts at "opened" or "severity-assigned"'
			);
	}
	const byOwner = new Map<string, { site: TargetSite; index: number }[]>();
	for (const site of sites) {
		const owner = site.path.slice(0, 2).join('/');
		const list = byOwner.get(owner) ?? [];
		list.push({ site, index: Number(site.path[3]) });
		byOwner.set(owner, list);
	}
	for (const list of byOwner.values()) {
		const keys = new Map<string, number>();
		list.forEach(({ site, index }, n) => {
			const { target, path } = site;
			const key = targetKey(target);
			const first = keys.get(key);
			const what = `${target.kind} target${target.severity ? ` for ${target.severity}` : target.requestType ? ` for request type ${target.requestType}` : ''}`;
			if (first !== undefined) {
				push(
					[...path, 'kind'],
					`duplicate ${what}${target.when ? ' with the same conditions' : ''}; expected one per kind and severity${target.when ? ' and conditions' : ''} (first at target ${first + 1})`
				);
				return;
			}
			keys.set(key, index);
			// Two targets of one kind and level, neither more specific, that one ticket can meet.
			for (const { site: other, index: otherIndex } of list.slice(0, n)) {
				const o = other.target;
				if (
					o.kind !== target.kind ||
					o.severity !== target.severity ||
					o.requestType !== target.requestType ||
					targetKey(o) === key
				)
					continue;
				const weight = Object.keys(target.when ?? {}).length;
				if (weight === Object.keys(o.when ?? {}).length && canBothHold(o.when, target.when))
					push(
						[...path, 'when'],
						`ambiguous ${what}: a ticket can meet both this target's conditions and those of target ${otherIndex + 1}; expected conditions that exclude each other, or one target with more conditions than the other`
					);
			}
		});
	}

	// Tiers: included tiers without cycles, offered levels, coverage where there are targets.
	vendor.tiers.forEach((tier, t) => {
		const path = ['tiers', t];
		coverage(tier.coverage, [...path, 'coverage']);
		if (tier.includes !== undefined) {
			if (tier.includes === tier.id)
				push(
					[...path, 'includes'],
					`tier "${tier.id}" includes itself; expected another tier's id`
				);
			else known(tier.includes, tiers, [...path, 'includes'], 'tier');
			const chain = [tier.id];
			let next = vendor.tiers.find((x) => x.id === tier.includes);
			while (next && next.id !== tier.id && !chain.includes(next.id)) {
				chain.push(next.id);
				next = vendor.tiers.find((x) => x.id === next!.includes);
			}
			// A circle is reported once, at its first tier in the file.
			const firstInFile = chain.every((id) => vendor.tiers.findIndex((x) => x.id === id) >= t);
			if (next?.id === tier.id && chain.length > 1 && firstInFile)
				push(
					[...path, 'includes'],
					`tiers include each other in a circle (${[...chain, tier.id].join(' → ')}); expected a chain that ends`
				);
		}
		tier.levels?.forEach((level, i) =>
			known(level, severities, [...path, 'levels', i], 'severity')
		);
		if (tier.levels)
			tier.targets.forEach((target, i) => {
				if (target.severity !== undefined && !tier.levels!.includes(target.severity))
					push(
						[...path, 'targets', i, 'severity'],
						`target for ${target.severity}, a level tier "${tier.id}" does not offer; expected one of its levels: ${quoteIds(tier.levels!)}`
					);
			});
		const hasTargets = sites.some((s) => s.path[0] === 'tiers' && s.path[1] === t);
		if (hasTargets && !tierCoverage(vendor, tier))
			push(
				path,
				`missing coverage for tier "${tier.id}", which has targets; expected "coverage" with a default calendar (or "includes" naming a tier that has one)`
			);
	});

	vendor.addOns?.forEach((addOn, a) => {
		const path = ['addOns', a];
		if (addOn.liftsTo !== undefined) known(addOn.liftsTo, tiers, [...path, 'liftsTo'], 'tier');
		coverage(addOn.coverage, [...path, 'coverage']);
	});
	vendor.duties?.forEach((duty, d) => {
		const path = ['duties', d];
		duty.tiers?.forEach((id, i) => known(id, tiers, [...path, 'tiers', i], 'tier'));
		duty.severities?.forEach((id, i) =>
			known(id, severities, [...path, 'severities', i], 'severity')
		);
		if (duty.downgradeTo !== undefined)
			known(duty.downgradeTo, severities, [...path, 'downgradeTo'], 'severity');
	});
	vendor.credits?.forEach((credit, c) =>
		credit.tiers?.forEach((id, i) => known(id, tiers, ['credits', c, 'tiers', i], 'tier'))
	);
	return problems;
}
