/**
 * The site's Content-Security-Policy, in the shape of Astro's `security.csp` option. Astro hashes the
 * scripts and styles it bundles or inlines itself and writes the policy into every page as a
 * `<meta http-equiv="content-security-policy">`; what it cannot see are `<script is:inline>` elements,
 * which Starlight uses for its theme, search shortcut and sidebar state. Their hashes are computed here
 * from Starlight's own component sources, so an upgrade of Starlight keeps the policy right by itself.
 * Node only (reads node_modules).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Starlight's .astro components are installed. */
const STARLIGHT_COMPONENTS_DIR = 'node_modules/@astrojs/starlight/dist';

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
export function cspHash(text: string): string {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The text of each `<script is:inline>` in an .astro component's source. Astro writes such a script's
 * body to the page byte for byte, so its hash is the hash of this text.
 */
export function inlineScripts(astroSource: string): string[] {
	const scripts: string[] = [];
	for (const match of astroSource.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/\bis:inline\b/.test(match[1]!) && !/\bsrc=|\btype=["']application\//.test(match[1]!))
			scripts.push(match[2]!);
	}
	return scripts;
}

/** Every .astro file below `dir`. */
function astroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** Hashes of the inline scripts of every component in the given folders (Starlight's and the site's own). */
export function inlineScriptHashes(
	dirs: readonly string[] = [STARLIGHT_COMPONENTS_DIR, 'src']
): string[] {
	const hashes = new Set<string>();
	for (const dir of dirs)
		for (const file of astroFiles(dir))
			for (const script of inlineScripts(readFileSync(file, 'utf8'))) hashes.add(cspHash(script));
	return [...hashes];
}

/** The value of Astro's `security.csp` option for this site. */
export function contentSecurityPolicy() {
	return {
		algorithm: 'SHA-256' as const,
		directives: [...cspDirectives],
		scriptDirective: {
			resources: [...scriptSources],
			hashes: inlineScriptHashes() as `sha256-${string}`[],
		},
		styleDirective: { resources: [...styleSources] },
	};
}
