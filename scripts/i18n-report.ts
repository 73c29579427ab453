/**
 * The translation report: `npm run i18n:report [-- --strict]`. Lists, per locale, catalogue texts
 * and UI strings identical to English where they should be translated, and UI strings missing from
 * a locale file. With --strict it exits 1 when anything is listed.
 */
import { loadCatalogue } from '../src/node/catalogue-files.ts';
import { buildI18nReport, formatI18nReport } from '../src/lib/i18n/report.ts';
import { readUiStrings } from '../src/node/ui-strings-files.ts';

const { text, clean } = formatI18nReport(buildI18nReport(loadCatalogue(), readUiStrings()));
console.log(text);
if (!clean && process.argv.includes('--strict')) process.exit(1);
