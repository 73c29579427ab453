/** The site's locales as the end-to-end tests visit them. */
import { locales } from '../src/lib/i18n/locales.ts';
import { homePath } from '../src/lib/routes.ts';

export const siteLocales = locales.map((l) => ({ ...l, home: homePath(l.tag) }));
