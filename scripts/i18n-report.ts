/**
 * The translation report: `npm run i18n:report [-- --strict]`. Lists, per locale, catalogue texts
 * and UI strings identical to English where they should be translated, UI strings missing from a
 * locale file, and texts that break the locale's consistency rules: its glossary
 * (content/glossary/<tag>.yaml), severity/priority as the vendor words it, number–unit spacing,
 * brackets, English left in the text, a badge repeated by the note after it, and Starlight strings
 * left in English. With --strict it exits 1 when anything is listed.
 */
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { buildI18nReport, formatI18nReport } from '../src/lib/i18n/report.ts';
import { readUiStrings } from '../src/node/ui-strings-files.ts';
import { readDocs, readGlossaries, readStarlightStrings } from '../src/node/i18n-report-inputs.ts';

const { text, clean } = formatI18nReport(
	buildI18nReport(loadCatalogue(), readUiStrings(), {
		glossaries: readGlossaries(),
		docs: readDocs(),
		starlight: await readStarlightStrings(),
	})
);
console.log(text);
if (!clean && process.argv.includes('--strict')) process.exit(1);
