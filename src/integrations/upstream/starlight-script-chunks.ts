/**
 * Recognises Starlight's component scripts in the build by their file names, for the JavaScript
 * budgets (e2e/budgets.spec.ts), which allow Starlight's own scripts on every page. Astro names the
 * chunk of a component's bundled `<script>` after the component
 * (`/_astro/Search.astro_astro_type_script_index_0_lang.<hash>.js`); the names of Starlight's
 * components are those of its .astro files.
 *
 * Throws when a build no longer has a chunk so named for Starlight's search component (which every
 * page has): then Astro names chunks otherwise, or Starlight's components moved, and nothing would
 * be recognised.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageDir, UpstreamChanged } from './installed.ts';
import { astroFiles, STARLIGHT_COMPONENTS } from './starlight-inline-scripts.ts';

const PATCH = 'starlight-script-chunks.ts';

/** The component a script chunk of the build belongs to, from its URL path. */
const CHUNK = /^\/_astro\/([\w-]+)\.astro_astro_type_script_/;
/** The Starlight component with a bundled script that every page has. */
export const EVERY_PAGE_COMPONENT = 'Search';

/** The names of Starlight's components (`Search`, `TableOfContents`…) in its package folder `dir`. */
export function starlightComponentNames(
	dir = join(packageDir('@astrojs/starlight', PATCH), STARLIGHT_COMPONENTS)
): Set<string> {
	return new Set(astroFiles(dir).map((file) => basename(file, '.astro')));
}

/**
 * Whether a script of the build (its URL path, e.g. `/_astro/Search.astro_astro_type_script….js`)
 * is a Starlight component's, after checking that the build in `dist` names chunks as expected.
 */
export function starlightScriptChunks(
	dist: string,
	names: ReadonlySet<string> = starlightComponentNames()
): (src: string) => boolean {
	const component = (src: string) => CHUNK.exec(src)?.[1];
	const isStarlights = (src: string) => names.has(component(src) ?? '');
	const chunks = readdirSync(join(dist, '_astro')).map((file) => `/_astro/${file}`);
	if (!names.has(EVERY_PAGE_COMPONENT))
		throw new UpstreamChanged(PATCH, `Starlight has no component ${EVERY_PAGE_COMPONENT}.astro`);
	if (!chunks.some((src) => component(src) === EVERY_PAGE_COMPONENT))
		throw new UpstreamChanged(
			PATCH,
			`${join(dist, '_astro')} has no chunk named like /_astro/${EVERY_PAGE_COMPONENT}.astro_astro_type_script_….js`
		);
	return isStarlights;
}
