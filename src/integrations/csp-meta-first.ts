/**
 * Puts each built page's Content-Security-Policy `<meta>` first in its head, right after
 * `<meta charset>`. A policy given in a `<meta>` applies only to what comes after it: Astro writes it
 * where it renders the head's styles, after Starlight's title and descriptions (catalogue text) and
 * its inline theme script, which would thus run before any policy was in force. Only the element
 * moves; the policy itself (src/node/csp.ts) is unchanged.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewriteBuiltPages } from '../node/built-files.ts';

const CHARSET = /<meta charset="?utf-8"?\s*\/?>/i;
const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;

/**
 * The page with its CSP `<meta>` moved to just after `<meta charset>`; unchanged when it has no such
 * pair of elements in that order or the policy is already there. Attribute values of the policy
 * hold no ">" (sources are quoted keywords, hosts and hashes), so the element ends at the first one.
 */
export function cspMetaFirst(html: string): string {
	const charset = CHARSET.exec(html);
	const csp = CSP_META.exec(html);
	if (!charset || !csp || csp.index < charset.index) return html;
	const after = charset.index + charset[0].length;
	if (csp.index === after) return html;
	const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
	return without.slice(0, after) + csp[0] + without.slice(after);
}

/** Moves the policy first in every page the build wrote. */
export function cspMetaFirstIntegration(): AstroIntegration {
	return {
		name: 'plan-atlas:csp-meta-first',
		hooks: {
			'astro:build:done': ({ dir }) => {
				rewriteBuiltPages(fileURLToPath(dir), cspMetaFirst);
			},
		},
	};
}
