/**
 * Validates the catalogue: `npm run validate [-- <folder>]` (default: $PLAN_ATLAS_CATALOGUE or content/vendors).
 * Prints every problem as file:line:column key.path: message, in file and position order, and exits
 * 1 when there is any. The exit code is set rather than forced, so a long report written to a pipe
 * arrives whole. A valid catalogue may still get warnings on stderr (exit 0): sources checked more
 * than $PLAN_ATLAS_MAX_SOURCE_AGE days ago (default 180).
 */
import { formatIssues } from '#lib/catalogue/issues.ts';
import {
	catalogueDir,
	checkCatalogueDir,
	staleSourceWarnings,
} from '../src/node/catalogue-files.ts';
import { DEFAULT_MAX_SOURCE_AGE_DAYS } from '#lib/catalogue/staleness.ts';
import { endQuietlyWhenPipesClose } from '../src/node/closed-pipes.ts';

// A report piped to `head` ends quietly when head has read enough; the exit code still says whether
// the catalogue is valid.
endQuietlyWhenPipesClose({ exitCode: 'keep' });

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const dir = process.argv[2] ?? catalogueDir();
const result = checkCatalogueDir(dir);
if (!result.ok) {
	console.error(formatIssues(result.issues));
	console.error(`\n${count(result.issues.length, 'error', 'errors')} in the catalogue (${dir}).`);
	process.exitCode = 1;
} else {
	const vendors = result.value.vendors;
	const tiers = vendors.reduce((n, v) => n + v.tiers.length, 0);
	console.log(
		`Catalogue ${dir} is valid: ${count(vendors.length, 'vendor', 'vendors')}, ${count(tiers, 'tier', 'tiers')}.`
	);
	const setting = process.env.PLAN_ATLAS_MAX_SOURCE_AGE;
	const maxDays = setting ? Number(setting) : DEFAULT_MAX_SOURCE_AGE_DAYS;
	if (!Number.isInteger(maxDays) || maxDays < 0) {
		console.error(
			`PLAN_ATLAS_MAX_SOURCE_AGE="${setting}" is not a whole number of days; expected e.g. 180.`
		);
		process.exitCode = 2;
	} else
		for (const warning of staleSourceWarnings(dir, maxDays)) console.error(`Warning: ${warning}`);
}
