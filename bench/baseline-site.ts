/**
 * The baseline of the build-scaling benchmark: a plain Starlight site (no components of ours, no
 * catalogue) with one MDX page for every page of a Plan Atlas build, at the same path, in the same
 * five locales, each holding about as much text as the page it stands for (headings, paragraphs and
 * Markdown tables written from the catalogue's texts in that page's locale).
 *
 * The project is written inside this project's tree (tmp/bench-baseline/) so that its astro.config.mjs
 * resolves Astro and Starlight from this project's node_modules.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Catalogue, LocalizedText } from '#lib/catalogue/schema.ts';
import { defaultLocale, locales, type LocaleTag } from '#lib/locales.ts';
import { localize } from '#lib/i18n/text.ts';
import { builtPages, readableText, readPage } from '../src/node/built-pages.ts';

/** The pages of a build a reader navigates to (`/`, `/pl/faq/`): every index.html, 404 aside. */
export function contentPages(dist: string): string[] {
	return builtPages(dist).filter((path) => path.endsWith('/'));
}

/** Every localized text of a catalogue, per locale (what baseline pages are written from). */
function textsByLocale(catalogue: Catalogue): Record<LocaleTag, string[]> {
	const out = Object.fromEntries(locales.map((l) => [l.tag, [] as string[]])) as Record<
		LocaleTag,
		string[]
	>;
	const visit = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') {
			const keys = Object.keys(value);
			// A text in the default language, and perhaps others: each locale shows it as the site does.
			if (keys.includes(defaultLocale) && keys.every((key) => locales.some((l) => l.tag === key))) {
				// MDX would read braces and angle brackets as code or markup.
				for (const l of locales)
					out[l.tag].push(localize(value as LocalizedText, l.tag).replace(/[{}<>|*_`#\\]/g, ' '));
			} else Object.values(value).forEach(visit);
		}
	};
	visit(catalogue.vendors);
	return out;
}

/** Markdown of about `length` characters of text: sections with a heading, paragraphs and a table. */
function markdownOfLength(texts: string[], length: number, offset: number): string {
	const lines: string[] = [];
	let size = 0;
	let i = offset;
	const next = () => texts[i++ % texts.length]!;
	for (let section = 0; size < length; section++) {
		const heading = next().slice(0, 60);
		lines.push(`## ${heading}`, '');
		size += heading.length;
		if (section % 2 === 1) {
			// A table like the comparison tables: a label column and three value columns.
			lines.push('| | A | B | C |', '| --- | --- | --- | --- |');
			for (let row = 0; row < 6 && size < length; row++) {
				const cells = [
					next().slice(0, 40),
					next().slice(0, 30),
					next().slice(0, 30),
					next().slice(0, 30),
				];
				lines.push(`| ${cells.join(' | ')} |`);
				size += cells.join('').length;
			}
			lines.push('');
		} else {
			for (let p = 0; p < 3 && size < length; p++) {
				// The last paragraph is cut so that the page ends near the length it stands for.
				const text = next().slice(0, Math.max(20, length - size));
				lines.push(text, '');
				size += text.length;
			}
		}
	}
	return lines.join('\n');
}

/**
 * Writes the baseline Starlight project into `root` (emptied first), mirroring the pages of the
 * build in `dist`. Returns the number of pages written.
 */
export function writeBaselineSite(root: string, dist: string, catalogue: Catalogue): number {
	rmSync(root, { recursive: true, force: true });
	const docs = join(root, 'src/content/docs');
	const texts = textsByLocale(catalogue);
	const fromRoot = relative(resolve(root), resolve('src/lib/i18n/starlight-locales.ts'))
		.split(sep)
		.join('/');
	mkdirSync(docs, { recursive: true });
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { starlightLocales } from '${fromRoot}';

// Plain Starlight: the same locales as Plan Atlas, the sidebar generated from the pages.
export default defineConfig({
	site: 'https://baseline.example',
	trailingSlash: 'always',
	integrations: [starlight({ title: 'Baseline', defaultLocale: 'root', locales: starlightLocales() })],
});
`
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`
	);
	const pages = contentPages(dist);
	pages.forEach((page, index) => {
		const html = readPage(dist, page);
		const dir = page.slice(1, -1);
		const locale =
			locales.find((l) => l.slug && (dir === l.slug || dir.startsWith(`${l.slug}/`))) ?? locales[0];
		// A folder page is index.mdx when other pages live below it, else <name>.mdx: both give /<dir>/.
		const hasChildren = pages.some((p) => p !== page && p.startsWith(page));
		const file = dir === '' ? 'index.mdx' : hasChildren ? `${dir}/index.mdx` : `${dir}.mdx`;
		const title = readableText(html, 'h1') || dir || 'Page';
		const body = markdownOfLength(texts[locale.tag], readableText(html, 'main').length, index * 7);
		mkdirSync(dirname(join(docs, file)), { recursive: true });
		writeFileSync(join(docs, file), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`);
	});
	return pages.length;
}
