/**
 * What the translation report reads from disk besides the catalogue and the UI strings (Node only):
 * each locale's glossary (content/glossary/<tag>.yaml), the docs pages' prose, and Starlight's own
 * built-in UI strings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { glossarySchema, type Glossary } from '#lib/translation-report/glossary.ts';
import { locales, type LocaleTag } from '#lib/locales.ts';
import type { DocsText } from '#lib/translation-report/report.ts';

/** Where the glossaries live, relative to the project root. */
export const GLOSSARY_DIR = 'content/glossary';

/**
 * One locale's glossary (`<dir>/<tag>.yaml`); undefined when the locale has none. Throws, naming the
 * file, when it is malformed.
 */
function readGlossary(
	tag: LocaleTag,
	cwd = process.cwd(),
	dir = GLOSSARY_DIR
): Glossary | undefined {
	const file = join(dir, `${tag}.yaml`);
	const path = resolve(cwd, file);
	if (!existsSync(path)) return undefined;
	const parsed = glossarySchema.safeParse(YAML.parse(readFileSync(path, 'utf8')));
	if (!parsed.success)
		throw new Error(
			`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
		);
	return parsed.data;
}

/** Every locale's glossary that exists in `dir` (the project's by default; tests pass fixtures). */
export function readGlossaries(
	cwd = process.cwd(),
	dir = GLOSSARY_DIR
): Partial<Record<LocaleTag, Glossary>> {
	return Object.fromEntries(
		locales.flatMap((l) => {
			const glossary = readGlossary(l.tag, cwd, dir);
			return glossary ? [[l.tag, glossary]] : [];
		})
	);
}

/**
 * The prose of a docs page, one entry per paragraph or list item (lines joined, so a term broken
 * across lines is still found): front-matter title and description and every text, without imports,
 * components, Markdown emphasis or HTML tags (nor the front matter's other settings). `where` names
 * the paragraph's first line.
 */
export function docsProse(source: string, file: string): DocsText[] {
	const texts: DocsText[] = [];
	let current: DocsText | undefined;
	const flush = () => {
		if (current?.text) texts.push(current);
		current = undefined;
	};
	// Front matter holds settings besides its title and description (`termsDates: all`): not prose.
	let frontMatterLines = 0;
	source.split('\n').forEach((line, i) => {
		if (line === '---' && frontMatterLines < 2 && (i === 0 || frontMatterLines === 1))
			frontMatterLines++;
		else if (frontMatterLines === 1 && !/^(title|description):/.test(line)) return;
		if (!line.trim() || /^(import |---|<|#)/.test(line) || /^(title|description):/.test(line)) {
			flush();
			const frontMatter = /^(title|description):\s*(.*)$/.exec(line);
			const heading = /^#+\s*(.*)$/.exec(line);
			const single = frontMatter?.[2] ?? heading?.[1];
			if (single) texts.push({ where: `${file}:${i + 1}`, text: single });
			return;
		}
		if (/^-\s+/.test(line)) flush();
		const text = line
			.replace(/^-\s+/, '')
			.replace(/\*\*|__/g, '')
			.replace(/<[^>]*>/g, '')
			.trim();
		if (current)
			current.text = `${current.text}${/[\p{Script=Han}\p{Script=Hangul}]$/u.test(current.text) ? '' : ' '}${text}`;
		else current = { where: `${file}:${i + 1}`, text };
	});
	flush();
	return texts;
}

/** The prose of every locale's docs pages (src/content/docs/<slug>/*.mdx; English at the root). */
export function readDocs(cwd = process.cwd()): Partial<Record<LocaleTag, DocsText[]>> {
	return Object.fromEntries(
		locales.map((l) => {
			const dir = resolve(cwd, 'src/content/docs', l.slug ?? '');
			const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.mdx?$/.test(f)) : [];
			return [
				l.tag,
				files.flatMap((f) => docsProse(readFileSync(join(dir, f), 'utf8'), join(l.slug ?? '', f))),
			];
		})
	);
}

/** Starlight's built-in UI strings per locale, from the installed package. */
export async function readStarlightStrings(
	cwd = process.cwd()
): Promise<Partial<Record<LocaleTag, Record<string, string>>>> {
	const dir = resolve(cwd, 'node_modules/@astrojs/starlight/dist/translations');
	const entries = await Promise.all(
		locales.map(async (l) => {
			const path = join(dir, `${l.tag}.js`);
			if (!existsSync(path)) return [];
			const module = (await import(pathToFileURL(path).href)) as {
				default: Record<string, string>;
			};
			return [[l.tag, module.default]];
		})
	);
	return Object.fromEntries(entries.flat());
}
