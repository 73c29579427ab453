/**
 * The site's Content-Security-Policy, in the shape of Astro's `security.csp` option. Astro hashes the
 * scripts and styles it bundles or inlines itself and writes the policy into every page as a
 * `<meta http-equiv="content-security-policy">`; what it cannot see are `<script is:inline>` elements,
 * which Starlight uses for its theme, search shortcut and sidebar state. Their hashes are computed here
 * from Starlight's own component sources (read by src/integrations/upstream/starlight-inline-scripts.ts,
 * which fails the build when it can no longer read them), so an upgrade of Starlight keeps the policy
 * right by itself. Node only (reads node_modules).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	astroFiles,
	inlineScripts,
	starlightInlineScripts,
} from '../integrations/upstream/starlight-inline-scripts.ts';

/**
 * Directives besides script-src and style-src (which Astro writes from the hashes it collects).
 * A policy given in a <meta> element cannot set frame-ancestors, report-uri or sandbox: browsers ignore
 * them there. Framing must be refused by the host with an HTTP header (`Content-Security-Policy:
 * frame-ancestors 'none'` or `X-Frame-Options: DENY`).
 * connect-src allows blob: because the calculator offers its .ics file as a blob: URL it creates itself,
 * and Chromium checks that download against connect-src.
 */
const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * Script sources besides the hashes: the site's own files, and WebAssembly compilation, which Pagefind
 * (site search) needs for its index; 'wasm-unsafe-eval' allows no JavaScript eval.
 */
const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Style sources: the site's own stylesheets (inline <style> elements are hashed by Astro), plus style
 * *attributes*, which Starlight writes on icons and pickers (style="--sl-icon-size: 1em"). Attributes
 * cannot load or run anything; allowing them is limited to style-src-attr.
 */
const styleSources = [
	"'self'",
	{ resource: "'unsafe-inline'", kind: 'attribute' as const },
] as const;

/** The CSP hash source of a script's text, e.g. `sha256-…` (base64 of the SHA-256 of its UTF-8 bytes). */
export function cspHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The inline scripts of the site's own components below `dir`. */
function ownInlineScripts(dir: string): string[] {
	return astroFiles(dir).flatMap((file) =>
		inlineScripts(readFileSync(join(dir, file), 'utf8'), join(dir, file))
	);
}

/**
 * Hashes of the inline scripts of Starlight's components and of the site's own (in `ownDirs`), once
 * each.
 */
export function inlineScriptHashes(
	ownDirs: readonly string[] = ['src'],
	starlight: readonly string[] = starlightInlineScripts()
): `sha256-${string}`[] {
	return [...new Set([...starlight, ...ownDirs.flatMap(ownInlineScripts)].map(cspHash))];
}

/** The value of Astro's `security.csp` option for this site. */
export function contentSecurityPolicy() {
	return {
		algorithm: 'SHA-256' as const,
		directives: [...cspDirectives],
		scriptDirective: {
			resources: [...scriptSources],
			hashes: inlineScriptHashes(),
		},
		styleDirective: { resources: [...styleSources] },
	};
}
