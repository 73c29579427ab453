/**
 * The translation report: `npm run i18n:report`, a stage of `npm test`. Lists, per locale, catalogue
 * texts and UI strings identical to English where they should be translated, UI strings missing from
 * a locale file, and texts that break the locale's consistency rules: its glossary
 * (content/glossary/<tag>.yaml), severity/priority as the vendor words it, number–unit spacing,
 * brackets, English left in the text, a badge repeated by the note after it, and Starlight strings
 * left in English. Exits 1 when anything is listed: the real texts are data, checked here rather than
 * by the unit tests, which run the same rules on fixtures.
 */
import { CatalogueError } from '#lib/catalogue/issues.ts';
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { defaultLocale, locales } from '#lib/locales.ts';
import { buildI18nReport, formatI18nReport } from '#lib/translation-report/report.ts';
import { readUiStrings } from '../src/node/ui-strings-files.ts';
import {
	GLOSSARY_DIR,
	readDocs,
	readGlossaries,
	readStarlightStrings,
} from '../src/node/i18n-report-inputs.ts';

const glossaries = readGlossaries();
// Without a glossary a locale gets only the translation checks: every locale but English needs one.
const withoutGlossary = locales.filter((l) => l.tag !== defaultLocale && !glossaries[l.tag]);
for (const l of withoutGlossary)
	console.log(
		`${l.tag}: no glossary; write ${GLOSSARY_DIR}/${l.tag}.yaml (see README, Adding a locale)`
	);

let catalogue: ReturnType<typeof loadCatalogue>;
try {
	catalogue = loadCatalogue();
} catch (error) {
	// A broken catalogue is reported where it is found, by file:line:column, not as a stack trace.
	if (!(error instanceof CatalogueError)) throw error;
	console.error(error.message);
	process.exit(1);
}
const { text, clean } = formatI18nReport(
	buildI18nReport(catalogue, readUiStrings(), {
		glossaries,
		docs: readDocs(),
		starlight: await readStarlightStrings(),
	})
);
console.log(text);
// Set rather than forced, so a long report written to a pipe arrives whole.
if (!clean || withoutGlossary.length) {
	console.error('\nThe translation report lists texts to look at (see above).');
	process.exitCode = 1;
}
