/**
 * The deadline engine on the command line, as a function: scripts/sla.ts runs it with the process's
 * arguments, and tests run it in-process. Bad input: one line naming the bad value and the valid
 * choices, exit code 2; an invalid catalogue: its located errors, exit code 1.
 */
import 'temporal-polyfill/global';
import { parseArgs } from 'node:util';
import { formatIssues } from '#lib/catalogue/issues.ts';
import { vendorLevelTerm } from '#lib/catalogue/query.ts';
import { problemMessage } from '#lib/calculator/problems.ts';
import { checkCatalogueDir } from '../src/node/catalogue-files.ts';
import { formatDateTime, formatPlanName } from '#lib/i18n/format.ts';
import { findLocale, localeTags, type LocaleTag } from '#lib/locales.ts';
import { readUiStringsFile } from '../src/node/ui-strings-files.ts';
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import type { UiKey } from '#lib/i18n/translate.ts';
import { localize, plainText } from '#lib/i18n/text.ts';
import { parsePlanId, planId } from '#lib/routes.ts';
import { computeDeadlines } from '#lib/sla/deadlines.ts';
import {
	isRequestProblem,
	cataloguePlanOptions,
	resolveRequest,
	type RequestProblem,
	type ResolvedRequest,
} from '#lib/sla/request.ts';
import { vendorVersions } from '#lib/catalogue/vendor-versions.ts';
import { changesBetween, versionOn } from '#lib/catalogue/versions.ts';
import { describeTermsChanges, describeTermsVersion } from '#lib/views/parts/terms-version.ts';
import { isIsoDate } from '#lib/time/days.ts';
import { holidayName, type HolidayRegion } from '#lib/time/regions.ts';
import type { DayNote } from '#lib/time/days.ts';
import { readRegionHolidays } from '../src/node/holiday-files.ts';
import { describeDeadlines } from '#lib/views/parts/deadlines.ts';
import { describeRegionNote } from '#lib/views/parts/region-note.ts';
import { targetProvenance } from '#lib/views/parts/target-provenance.ts';
import { assumptionMarkers } from '#lib/views/parts/markers.ts';
import { effectiveAssumptionIds } from '#lib/catalogue/provenance.ts';
import {
	commitmentText,
	describeSelection,
	describeTicket,
	dutiesFor,
	ticketLinePhrase,
	ticketNames,
} from '#lib/views/parts/ticket-terms.ts';
import { escapeControlCharacters } from '#lib/text-escape.ts';
import { fixedOffsetZone } from '#lib/time/zones.ts';

const USAGE =
	'Usage: npm run --silent sla -- --plan <vendor>/<tier> [--severity <id> | --request-type <id>] --opened <YYYY-MM-DDTHH:mm> --tz <IANA zone> [--attribute <name>=<value>]... [--add-on <id>]... [--started <YYYY-MM-DDTHH:mm>] [--as-of YYYY-MM-DD] [--holidays YYYY-MM-DD,...] [--region CN] [--json] [--locale <locale>]';

/** Flags that may be given more than once, one value each. */
const REPEATABLE = new Set(['attribute', 'add-on']);

/** Thrown for bad input: its message is the one line to print, with exit code 2. */
class UsageError extends Error {}

function fail(message: string): never {
	throw new UsageError(message);
}

/** Runs the command, writing to `out`; returns the exit code. */
function main(args: string[], catalogue: string, out: Output): number {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			options: {
				plan: { type: 'string' },
				severity: { type: 'string' },
				opened: { type: 'string' },
				tz: { type: 'string' },
				holidays: { type: 'string' },
				region: { type: 'string' },
				'request-type': { type: 'string' },
				attribute: { type: 'string', multiple: true },
				'add-on': { type: 'string', multiple: true },
				started: { type: 'string' },
				'as-of': { type: 'string' },
				json: { type: 'boolean', default: false },
				locale: { type: 'string', default: 'en' },
			},
			strict: true,
			tokens: true,
		});
	} catch (error) {
		fail(`${escapeControlCharacters((error as Error).message)}. ${USAGE}`);
	}
	const { values, tokens } = parsed;
	// parseArgs lets the last of a repeated flag win; a second --tz is more likely a slip than a wish.
	const seen = new Set<string>();
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		if (seen.has(token.name) && !REPEATABLE.has(token.name))
			fail(`--${token.name} is given more than once; give each flag once. ${USAGE}`);
		seen.add(token.name);
	}

	const locale = findLocale(values.locale);
	if (!locale)
		fail(
			`Unknown locale "${escapeControlCharacters(values.locale)}". Valid locales: ${localeTags.join(', ')}.`
		);
	const tag: LocaleTag = locale.tag;
	const t = createTranslate(tag, readUiStringsFile(tag), readUiStringsFile('en'));
	// Chinese text takes the full-width semicolon between the update times, not a Latin one.
	const updatesSeparator = tag === 'zh-CN' || tag === 'zh-TW' ? '；' : '; ';

	const checked = checkCatalogueDir(catalogue);
	if (!checked.ok) {
		out.stderr.push(formatIssues(checked.issues));
		return 1;
	}

	const attributes: Record<string, string> = {};
	for (const pair of values.attribute ?? []) {
		const at = pair.indexOf('=');
		if (at <= 0 || at === pair.length - 1)
			fail(
				`--attribute "${escapeControlCharacters(pair)}" is not written <name>=<value>, e.g. --attribute language=ja. ${USAGE}`
			);
		attributes[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
	}
	const requestText = {
		...values,
		requestType: values['request-type'],
		attributes,
		addOns: values['add-on']?.join(','),
	};
	const { vendors } = checked.value;
	function failOn(problem: RequestProblem): never {
		// The value is echoed as typed, minus anything that would act on the terminal.
		const shown =
			'value' in problem ? { ...problem, value: escapeControlCharacters(problem.value) } : problem;
		// Problems with the level name it in the plan's vendor's word (severity or priority).
		const ids = values.plan === undefined ? undefined : parsePlanId(values.plan);
		const vendor = ids && vendors.find((v) => v.id === ids.vendorId);
		return fail(problemMessage(shown, t, false, vendor ? vendorLevelTerm(vendor) : undefined, tag));
	}

	const asCurrent = resolveRequest(cataloguePlanOptions(checked.value.vendors), requestText);
	if (isRequestProblem(asCurrent)) failOn(asCurrent);
	const ids = parsePlanId(asCurrent.plan)!;
	// The terms in effect when the ticket was opened (its local date), or on --as-of.
	const asOf = values['as-of'] ?? asCurrent.opening.at.toPlainDate().toString();
	if (!isIsoDate(asOf)) failOn({ problem: 'invalid-as-of', value: asOf });
	const versions = vendorVersions(checked.value.vendors.find((v) => v.id === ids.vendorId)!);
	const termsOn = versionOn(versions, asOf);
	const { version, before } = termsOn;
	if (!version.vendor.tiers.some((x) => x.id === ids.tierId))
		failOn({ problem: 'plan-not-in-terms', value: planId(ids.vendorId, ids.tierId), date: asOf });
	const request: ResolvedRequest | RequestProblem = version.current
		? asCurrent
		: resolveRequest(cataloguePlanOptions([version.vendor]), requestText);
	if (isRequestProblem(request)) failOn(request);

	const { severity, opening, holidays } = request;
	// EST, MST and HST are valid zones, but fixed offsets all year: an hour off wherever summer time
	// is kept. Counted as given, with a word on stderr naming the city zones meant more often.
	const fixed = fixedOffsetZone(opening.at.timeZoneId);
	if (fixed)
		out.stderr.push(
			`Warning: ${opening.at.timeZoneId} is a fixed offset, UTC${fixed.offset} all year, without summer time; for local time use a city's zone, such as ${fixed.cities.join(' or ')}.`
		);
	const regionData = new Map<HolidayRegion, ReturnType<typeof readRegionHolidays>>();
	const loadRegion = (id: HolidayRegion) => {
		if (!regionData.has(id)) regionData.set(id, readRegionHolidays(id));
		return regionData.get(id);
	};
	const region = request.region ? loadRegion(request.region) : undefined;
	const vendor = version.vendor;
	const tier = vendor.tiers.find((x) => x.id === ids.tierId)!;
	const termsText = describeTermsVersion(termsOn, tag, t);
	// The date of terms the vendor did not give rests on an assumption, said with it.
	const termsAssumptions = assumptionMarkers(vendor, effectiveAssumptionIds(vendor), tag, t);
	// A change of terms between opening and a deadline: the deadline keeps the terms it was opened under.
	const openDay = opening.at.toPlainDate().toString();
	const changesBefore = (due: Temporal.ZonedDateTime) =>
		changesBetween(versions, openDay, due.toPlainDate().toString());
	const deadlines = computeDeadlines({
		vendor,
		tier,
		plan: request.terms,
		severity,
		requestType: request.requestType,
		attributes: request.attributes,
		startedAt: request.started,
		opened: opening.at,
		openingAdjustment: opening.adjustment,
		extraClosed: holidays,
		region,
		regionData: loadRegion,
	});
	const dayJson = (note: DayNote) => ({
		date: note.date,
		name: holidayName(note.name, tag) ?? null,
		origin: note.origin,
		...(note.region ? { region: note.region } : {}),
	});
	const calendarNames = new Map(vendor.calendars.map((c) => [c.id, localize(c.name, tag)]));
	const views = describeDeadlines(deadlines, calendarNames, tag, t);
	const provenance = deadlines.map((d) =>
		targetProvenance(
			vendor,
			d.target,
			vendor.calendars.find((c) => c.id === d.calendarId)!,
			tag,
			t
		)
	);
	const names = ticketNames(vendor, tag);
	const ticketLines = describeTicket(names, request, tag, t);
	const selections = deadlines.map((d) => describeSelection(names, d, tag, t));
	const duties = dutiesFor(names, tier.id, severity, t);

	if (values.json) {
		const output = {
			plan: planId(vendor.id, tier.id),
			severity: severity ?? null,
			requestType: request.requestType ?? null,
			attributes: request.attributes,
			assumedAttributes: request.assumedAttributes,
			addOns: request.addOns,
			started: request.started?.toString() ?? null,
			terms: {
				effective: version.effective ?? null,
				current: version.current,
				asOf,
				beforeEarliest: before,
				assumptions: termsAssumptions.map((a) => ({ id: a.id, text: plainText(a.text) })),
			},
			levelsOffered: request.terms?.levels ?? null,
			duties: duties.map(plainText),
			opened: opening.at.toString(),
			openingAdjustment: opening.adjustment ?? null,
			timeZone: opening.at.timeZoneId,
			holidays,
			region: region ? { id: region.region, source: region.source, years: region.years } : null,
			regionNote: describeRegionNote(deadlines, region, tag, t) ?? null,
			locale: tag,
			targets: deadlines.map((d, i) => ({
				kind: d.kind,
				severity: d.severity ?? null,
				requestType: d.target.requestType ?? null,
				origin: d.origin,
				selectedBy: d.selectedBy ?? null,
				calendarSelectedBy: d.calendarSelectedBy ?? null,
				startEvent: d.startEvent,
				commitment: d.target.commitment ?? null,
				termsChangeBefore: changesBefore(d.due),
				bound: d.target.bound ?? 'within',
				due: d.due.toString(),
				dueInstant: d.due.toInstant().toString(),
				dueInCoverageZone: d.due.withTimeZone(d.coverageZone).toString(),
				target:
					d.target.kind === 'update'
						? {
								every: d.target.every ?? null,
								timesPerDay: d.target.timesPerDay ?? null,
								clock: d.target.clock,
							}
						: { within: d.target.within, clock: d.target.clock },
				calendar: d.calendarId,
				counting: d.counting,
				coverageZone: d.coverageZone,
				countedMinutes: d.countedMinutes,
				clockStart: d.clockStart.toString(),
				atClosing: d.atClosing,
				closedDates: d.closedDates,
				holidaysApplied: d.holidays.map(dayJson),
				workingDatesApplied: d.workingDates.map(dayJson),
				uncoveredYears: d.uncoveredYears,
				regionRule: d.regionRule,
				dueWithoutRegion: d.withoutRegion?.toString() ?? null,
				...(d.updates ? { updates: d.updates.map(String) } : {}),
				trace: views[i]!.trace,
				source: provenance[i]!.source,
				assumptions: provenance[i]!.assumptions.map((a) => ({ id: a.id, text: plainText(a.text) })),
				clockBasis: provenance[i]!.clock
					? { basis: provenance[i]!.clock!.basis, text: provenance[i]!.clock!.text }
					: null,
			})),
		};
		out.stdout.push(JSON.stringify(output, null, 2));
	} else {
		const label = (key: UiKey) => t('atlas.format.label', { label: t(key) });
		const lines = [
			formatPlanName(vendor.name, localize(tier.name, tag), t, severity),
			`${label('atlas.calc.label.opened')}${formatDateTime(opening.at.epochMilliseconds, tag, opening.at.timeZoneId)} · ${opening.at.timeZoneId}`,
			// Dated terms say which version counted; undated ones have only one.
			...(termsText ? [`${label('atlas.calc.label.terms')}${termsText}`] : []),
			...termsAssumptions.map(
				(a) => `  ${t('atlas.format.label', { label: a.label })}${plainText(a.text)}`
			),
			...ticketLines.map((line) => plainText(ticketLinePhrase(line, t))),
			...duties.map(plainText),
		];
		const regionNote = describeRegionNote(deadlines, region, tag, t);
		if (regionNote) lines.push(regionNote);
		if (views.length === 0) lines.push('', t('atlas.calc.noTargets'));
		for (const view of views) {
			const index = views.indexOf(view);
			const selection = selections[index];
			const commitment = commitmentText(deadlines[index]!.target, t);
			lines.push(
				'',
				`${t('atlas.format.label', { label: `${view.label}${view.severity ? t('atlas.format.parenthetical', { note: view.severity }) : ''}` })}${view.promise}${commitment ? t('atlas.format.parenthetical', { note: commitment }) : ''} — ${plainText(view.coverage)}`
			);
			if (selection?.origin) lines.push(`  ${plainText(selection.origin)}`);
			if (selection?.selectedBy) lines.push(`  ${plainText(selection.selectedBy)}`);
			lines.push(`  ${label('atlas.calc.label.due')}${view.dueText}`);
			for (const warning of describeTermsChanges(changesBefore(deadlines[index]!.due), tag, t))
				lines.push(`  ${warning}`);
			if (view.withoutRegionText) lines.push(`  ${view.withoutRegionText}`);
			if (view.dueInCoverageZoneText)
				lines.push(
					`  ${t('atlas.format.label', { label: t('atlas.calc.label.coverageZone', { zone: deadlines.find((d) => d.kind === view.kind)!.coverageZone }) })}${view.dueInCoverageZoneText}`
				);
			if (view.updates)
				lines.push(
					`  ${label('atlas.calc.label.updates')}${view.updates.map((u) => u.text).join(updatesSeparator)}`
				);
			for (const sentence of view.trace) lines.push(`  - ${sentence}`);
			const known = provenance[views.indexOf(view)]!;
			lines.push(`  ${known.sourceText}`);
			if (known.clock) lines.push(`  ${known.clock.text}`);
			for (const a of known.assumptions)
				lines.push(`  ${t('atlas.format.label', { label: a.reference })}${plainText(a.text)}`);
		}
		out.stdout.push(lines.join('\n'));
	}
	return 0;
}

interface Output {
	stdout: string[];
	stderr: string[];
}

/** What a run of the command printed, line by line as console.log would, and its exit code. */
export interface SlaRun {
	status: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs the command with `args` (as after `npm run --silent sla --`) on the catalogue folder
 * `catalogue`; never throws.
 */
export function runSla(args: string[], catalogue: string): SlaRun {
	const out: Output = { stdout: [], stderr: [] };
	let status: number;
	try {
		status = main(args, catalogue, out);
	} catch (error) {
		// Usage mistakes exit 2; a broken catalogue or an unreadable holiday file exits 1. Either way the
		// reader gets the message, not a stack trace.
		out.stderr.push(error instanceof Error ? error.message : String(error));
		status = error instanceof UsageError ? 2 : 1;
	}
	const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
	return { status, stdout: text(out.stdout), stderr: text(out.stderr) };
}
