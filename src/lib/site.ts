/** The site's own name, the same in every locale (a brand name). */
export const SITE_TITLE = 'Plan Atlas';
