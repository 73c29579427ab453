/**
 * Validates the catalogue: `npm run validate [-- <folder>]` (default: $PLAN_ATLAS_CATALOGUE or content/vendors).
 * Prints every problem as file:line:column key.path: message, in file and position order, and exits
 * 1 when there is any.
 */
import { formatIssues } from '../src/lib/catalogue/issues.ts';
import { catalogueDir, checkCatalogueDir } from '../src/node/catalogue-files.ts';

const dir = process.argv[2] ?? catalogueDir();
const result = checkCatalogueDir(dir);
if (!result.ok) {
	console.error(formatIssues(result.issues));
	console.error(
		`\n${result.issues.length} error${result.issues.length === 1 ? '' : 's'} in the catalogue (${dir}).`
	);
	process.exit(1);
}
const vendors = result.value.vendors;
const tiers = vendors.reduce((n, v) => n + v.tiers.length, 0);
console.log(`Catalogue ${dir} is valid: ${vendors.length} vendors, ${tiers} tiers.`);
