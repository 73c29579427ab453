/**
 * The one 404 page answers every unknown path in every language. Without JavaScript the languages
 * follow the site's order; with it, the reader's language (from the path they asked for) comes first.
 */
import { localeOfPath } from '#lib/routes.ts';

const list = document.querySelector('[data-not-found]');
const own = list?.querySelector(`[data-not-found-locale="${localeOfPath(location.pathname)}"]`);
if (list && own && list.firstElementChild !== own) list.prepend(own);
