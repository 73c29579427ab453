/**
 * Reads the `<script is:inline>` elements of Starlight's .astro components (its theme, search
 * shortcut, sidebar state and tabs), whose hashes the Content-Security-Policy must list
 * (src/node/csp.ts): Astro hashes the scripts it bundles, not these, which it writes into pages as
 * they are in the source. Hashing the installed sources keeps the policy right across upgrades, as
 * long as Starlight still ships them as .astro files whose inline scripts this can read.
 *
 * Throws when Starlight's components are no longer .astro files below its `dist/`, when a component
 * that has always had inline scripts has none, or when a `<script>` tag is one this cannot read
 * (its text would not be what the page gets, so its hash would be wrong).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageDir, UpstreamChanged } from './installed.ts';

const PATCH = 'starlight-inline-scripts.ts';

/** Where Starlight's .astro components are, inside its package. */
export const STARLIGHT_COMPONENTS = 'dist';
/** Components of Starlight 0.42 with inline scripts; each must still have one. */
export const COMPONENTS_WITH_INLINE_SCRIPTS = [
	'components/ThemeProvider.astro',
	'components/ThemeSelect.astro',
	'components/Search.astro',
	'components/SidebarPersister.astro',
	'user-components/Tabs.astro',
] as const;

/** A script element, self-closing (`<script … />`, which Astro allows) or with its body. */
const SCRIPT = /<script\b([^>]*?)(?:\/>|>([\s\S]*?)<\/script>)/g;
const SCRIPT_OPENING = /<script\b/g;

/**
 * The text of each `<script is:inline>` that runs as code in an .astro component's source. Astro
 * writes such a script's body to the page byte for byte, so its hash is the hash of this text.
 * Throws when the source has a `<script` this does not read as a whole element, or an inline script
 * whose text Astro changes (`define:vars`, `set:html`).
 */
export function inlineScripts(astroSource: string, where = 'the component'): string[] {
	const scripts: string[] = [];
	const elements = [...astroSource.matchAll(SCRIPT)];
	const openings = astroSource.match(SCRIPT_OPENING)?.length ?? 0;
	if (openings !== elements.length)
		throw new UpstreamChanged(
			PATCH,
			`${where} has ${openings} <script> tags, of which ${elements.length} read as whole elements`
		);
	for (const [, attributes, body] of elements) {
		if (!/\bis:inline\b/.test(attributes!)) continue;
		if (/\b(?:define:vars|set:html|set:text)\b/.test(attributes!))
			throw new UpstreamChanged(
				PATCH,
				`${where} has an inline script whose text Astro rewrites (<script${attributes}>)`
			);
		if (body === undefined || /\bsrc=|\btype=["']application\//.test(attributes!)) continue;
		scripts.push(body);
	}
	return scripts;
}

/** Every .astro file below `dir`, relative to it. */
export function astroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

/**
 * The inline scripts of every .astro component of the installed Starlight (or of the package folder
 * `dir`), checked as described above.
 */
export function starlightInlineScripts(
	dir = join(packageDir('@astrojs/starlight', PATCH), STARLIGHT_COMPONENTS)
): string[] {
	let files: string[];
	try {
		files = astroFiles(dir);
	} catch {
		throw new UpstreamChanged(PATCH, `Starlight has no folder ${dir}`);
	}
	const byFile = new Map(
		files.map((file) => [
			file,
			inlineScripts(readFileSync(join(dir, file), 'utf8'), `@astrojs/starlight/${file}`),
		])
	);
	const without = COMPONENTS_WITH_INLINE_SCRIPTS.filter((file) => !byFile.get(file)?.length);
	if (without.length)
		throw new UpstreamChanged(
			PATCH,
			`Starlight's ${without.join(', ')} ${without.length > 1 ? 'have' : 'has'} no inline script in ${dir}`
		);
	return [...byFile.values()].flat();
}
