/**
 * Time zone names: which ones Temporal accepts everywhere, and what an abbreviation most likely means.
 * Free of zod so that browser code (the calculator) can use them without shipping the schema.
 */

/**
 * Three-letter ids that ICU (and so `Intl` in Node and Chromium) accepts but that are not IANA zones:
 * Temporal rejects them, and they are ambiguous anyway (IST is India, Ireland or Israel).
 */
const NOT_IANA = new Set(
	'ACT AET AGT ART AST BET BST CAT CNT CST CTT EAT ECT IET IST JST MIT NET NST PLT PNT PRT PST SST VST'.split(
		' '
	)
);

/** Zones an abbreviation (or a common misspelling of a zone) most likely means, for hints. */
const LIKELY_ZONES: Record<string, readonly string[]> = {
	PST: ['America/Los_Angeles', 'America/Vancouver'],
	PDT: ['America/Los_Angeles', 'America/Vancouver'],
	MDT: ['America/Denver', 'America/Edmonton'],
	CST: ['America/Chicago', 'Asia/Shanghai', 'Asia/Taipei'],
	CDT: ['America/Chicago', 'America/Mexico_City'],
	EDT: ['America/New_York', 'America/Toronto'],
	IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
	JST: ['Asia/Tokyo'],
	KST: ['Asia/Seoul'],
	HKT: ['Asia/Hong_Kong'],
	SGT: ['Asia/Singapore'],
	AEST: ['Australia/Sydney', 'Australia/Brisbane'],
	AEDT: ['Australia/Sydney', 'Australia/Melbourne'],
	BST: ['Europe/London', 'Asia/Dhaka'],
	CEST: ['Europe/Berlin', 'Europe/Paris', 'Europe/Warsaw'],
	AST: ['America/Halifax', 'Asia/Riyadh'],
	NST: ['America/St_Johns'],
};

/**
 * Legacy zones that are one offset all year, though most who write them mean a city that keeps summer
 * time (EST for New York): valid, but an hour off for half the year. The offset is as the zone
 * database gives it.
 */
const FIXED_OFFSET_ZONES: Record<string, { offset: string; cities: readonly string[] }> = {
	EST: { offset: '−05:00', cities: ['America/New_York', 'America/Toronto'] },
	MST: { offset: '−07:00', cities: ['America/Denver', 'America/Phoenix'] },
	HST: { offset: '−10:00', cities: ['Pacific/Honolulu'] },
};

/**
 * For a legacy zone that is a fixed offset all year (EST, MST, HST, in any case), that offset and the
 * city zones it is most likely meant as; undefined for any other zone (Etc/GMT+5 and UTC say what
 * they are).
 */
export function fixedOffsetZone(
	zone: string
): { offset: string; cities: readonly string[] } | undefined {
	return FIXED_OFFSET_ZONES[zone.trim().toUpperCase()];
}

/**
 * Whether a string names a time zone that Temporal accepts in every runtime: an IANA name the
 * runtime's database knows, not one of ICU's non-IANA abbreviations (which `Intl` takes but Temporal
 * refuses). Where Temporal is present (Node with the polyfill, recent browsers) it has the last word.
 */
export function isIanaZone(zone: string): boolean {
	if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
	if (NOT_IANA.has(zone.toUpperCase())) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
	} catch {
		return false;
	}
	const temporal = (globalThis as { Temporal?: typeof Temporal }).Temporal;
	if (!temporal) return true;
	try {
		temporal.PlainDate.from('2026-01-01').toZonedDateTime(zone);
		return true;
	} catch {
		return false;
	}
}

/**
 * For a zone that is not valid: the IANA zones it most likely means, e.g. PST → America/Los_Angeles.
 * Empty when there is no good guess.
 */
export function likelyZones(zone: string): readonly string[] {
	return LIKELY_ZONES[zone.trim().toUpperCase()] ?? [];
}

/**
 * What the catalogue's validation says of a zone name that is not valid, in one sentence, with a
 * hint for an abbreviation; undefined when valid.
 */
export function zoneNameMessage(zone: string): string | undefined {
	if (isIanaZone(zone)) return undefined;
	const likely = likelyZones(zone);
	const hint = likely.length
		? `; "${zone}" is an abbreviation, not a zone: perhaps ${likely.join(', ')}`
		: '';
	return `expected an IANA time zone name such as "Europe/Warsaw"${hint}`;
}
