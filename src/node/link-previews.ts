/**
 * Draws link previews (src/lib/views/pages/link-preview.ts says what each shows): satori lays the
 * picture out as SVG with Noto Sans (Latin and Polish, and the page's CJK or Hangul face), resvg
 * turns it into a PNG. A picture is kept in the build's cache under the hash of what it shows, the
 * fonts and this drawing code's version, so a build redraws only pictures whose page changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'satori';
import type { LocaleTag } from '#lib/locales.ts';
import {
	PREVIEW_HEIGHT,
	PREVIEW_WIDTH,
	previewTree,
	type LinkPreview,
} from '#lib/views/pages/link-preview.ts';

/** Bumped when the drawing changes in a way the hashed content does not show. */
const DRAWING_VERSION = 1;

const require = createRequire(import.meta.url);

/** One file of a Fontsource package: a weight of the face for some ranges of characters. */
interface Face {
	family: string;
	weight: 400 | 700;
	file: string;
	version: string;
	ranges: [number, number][];
}

const packageFacesCache = new Map<string, Face[]>();

/**
 * Every file of a Fontsource package at 400 and 700, with the characters each covers, read from the
 * package's own @font-face rules (satori reads woff, not woff2, so the .woff of each). The Chinese and
 * Korean faces come in about a hundred small files: a picture loads only those its words need.
 */
function packageFaces(pkg: string, family: string): Face[] {
	let faces = packageFacesCache.get(pkg);
	if (faces) return faces;
	const dir = dirname(require.resolve(`@fontsource/${pkg}/package.json`));
	const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
		version: string;
	};
	faces = ([400, 700] as const).flatMap((weight) =>
		readFileSync(join(dir, `${weight}.css`), 'utf8')
			.split('@font-face')
			.flatMap((rule) => {
				const file = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(rule)?.[1];
				const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
				if (!file || !range) return [];
				const ranges = range.split(',').map((part): [number, number] => {
					const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
					return [parseInt(from!, 16), parseInt(to!, 16)];
				});
				// Satori holds one font per family and weight: each file is a family of its own
				// ("Noto Sans SC 57"), all of them named in the picture's font-family list.
				const subset = file.slice(`files/${pkg}-`.length, -`-${weight}-normal.woff`.length);
				return [{ family: `${family} ${subset}`, weight, file: join(dir, file), version, ranges }];
			})
	);
	packageFacesCache.set(pkg, faces);
	return faces;
}

/** The Noto package of a locale's own script, besides Noto Sans (Latin, Polish letters). */
const scriptFaces: Partial<Record<LocaleTag, [pkg: string, family: string]>> = {
	'zh-CN': ['noto-sans-sc', 'Noto Sans SC'],
	'zh-TW': ['noto-sans-tc', 'Noto Sans TC'],
	ko: ['noto-sans-kr', 'Noto Sans KR'],
};

/** The files a picture in `tag` with these words needs: those covering any of its characters. */
function facesFor(tag: LocaleTag, text: string): Face[] {
	const codes = [...new Set(text)].map((c) => c.codePointAt(0)!);
	const own = scriptFaces[tag];
	return [
		...packageFaces('noto-sans', 'Noto Sans'),
		...(own ? packageFaces(own[0], own[1]) : []),
	].filter((face) =>
		codes.some((code) => face.ranges.some(([from, to]) => code >= from && code <= to))
	);
}

const fontData = new Map<string, Buffer>();

/**
 * Satori's fonts for these faces. Each file is read once per build and handed over as the same
 * buffer every time: satori keeps what it parsed of a font by its data.
 */
function fonts(faces: readonly Face[]): Font[] {
	return faces.map(({ family, weight, file }) => {
		let data = fontData.get(file);
		if (!data) {
			data = readFileSync(file);
			fontData.set(file, data);
		}
		return { name: family, data, weight, style: 'normal' };
	});
}

/** Every word of a preview, to choose its fonts by. */
function words(preview: LinkPreview): string {
	return [
		preview.site,
		preview.title,
		preview.subtitle ?? '',
		...preview.facts.flatMap((f) => [f.label, f.value, f.note ?? '']),
	].join('');
}

/** A preview laid out as SVG, its words as outlines. */
export async function svgOf(preview: LinkPreview): Promise<string> {
	const faces = facesFor(preview.tag, words(preview));
	const families = [...new Set(faces.map((f) => f.family))].join(', ');
	// Loaded when a picture is drawn: a build whose pictures are all in the cache never starts them.
	const { default: satori } = await import('satori');
	return satori(previewTree(preview, families) as Parameters<typeof satori>[0], {
		width: PREVIEW_WIDTH,
		height: PREVIEW_HEIGHT,
		fonts: fonts(faces),
	});
}

/** Draws a preview as PNG, without the cache. */
export async function drawPreview(preview: LinkPreview): Promise<Buffer> {
	const svg = await svgOf(preview);
	// Rasterised off the main thread (libuv's pool), several at once. The words are outlines already:
	// resvg need not read the system's fonts (a second or more on a machine with CJK fonts).
	const { renderAsync } = await import('@resvg/resvg-js');
	return (await renderAsync(svg, { font: { loadSystemFonts: false } })).asPng();
}

/** How many previews this process drew and took from the cache. */
const previewCounts = { drawn: 0, cached: 0 };

/** The build log's line about link previews, read by bench/build-scaling.ts (PREVIEW_REPORT). */
export function previewReport(elapsedMs: number): string {
	return `\n[plan-atlas:link-previews] ${previewCounts.drawn} drawn, ${previewCounts.cached} from the cache, in ${(elapsedMs / 1000).toFixed(2)} s`;
}

/** Reads previewReport's line: pictures drawn, taken from the cache, and the seconds they took. */
export const PREVIEW_REPORT =
	/\[plan-atlas:link-previews\] (\d+) drawn, (\d+) from the cache, in ([\d.]+) s/;

/**
 * A preview's PNG, from `cacheDir` when a picture with the same content was drawn before, else
 * drawn and kept there.
 */
export async function cachedPreview(preview: LinkPreview, cacheDir: string): Promise<Buffer> {
	const key = createHash('sha256')
		.update(
			JSON.stringify([
				DRAWING_VERSION,
				facesFor(preview.tag, words(preview)).map((f) => `${f.file}@${f.version}`),
				previewTree(preview),
			])
		)
		.digest('hex')
		.slice(0, 32);
	const file = join(cacheDir, 'link-previews', `${key}.png`);
	if (existsSync(file)) {
		previewCounts.cached++;
		return readFileSync(file);
	}
	const png = await drawPreview(preview);
	previewCounts.drawn++;
	mkdirSync(dirname(file), { recursive: true });
	// Written whole, then moved in place: a build running beside this one never reads half a file.
	const partial = `${file}.${process.pid}.tmp`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return png;
}

/**
 * Runs `tasks` in their order, at most `concurrency` at a time, and returns each one's result as
 * it comes: a build of many vendors has thousands of pictures, and drawn all at once they would
 * hold gigabytes of layouts and pixels.
 */
export function inTurn<T>(tasks: readonly (() => Promise<T>)[], concurrency: number): Promise<T>[] {
	const settle = tasks.map(() => Promise.withResolvers<T>());
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const i = next++;
			try {
				settle[i]!.resolve(await tasks[i]!());
			} catch (error) {
				settle[i]!.reject(error);
			}
		}
	};
	for (let k = 0; k < Math.min(concurrency, tasks.length); k++) void worker();
	return settle.map((s) => s.promise);
}

/** The build's cache folder: PLAN_ATLAS_CACHE_DIR as astro.config.mjs reads it, else Astro's own. */
export function previewCacheDir(env: Record<string, string | undefined> = process.env): string {
	return env.PLAN_ATLAS_CACHE_DIR ?? 'node_modules/.astro';
}
