/**
 * Link previews in the built end-to-end site: every plan, tier, comparison and severity page in
 * every locale names its own picture (`og:image`, 1200×630 PNG, with its size and words for it), and
 * the picture is there; other pages name none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeTags } from '#lib/locales.ts';
import {
	previewFile,
	previewSubjectOfPath,
	previewSubjects,
} from '#lib/views/pages/link-preview.ts';
import { loadCatalogue } from '../../src/node/catalogue-files.ts';
import { builtPages, elementsOf, parseHtml, readPage } from '../../src/node/built-pages.ts';
import { E2E_CATALOGUE_DIR, e2eDist } from '../../e2e/builds.ts';

const dist = e2eDist();
const { vendors } = loadCatalogue(E2E_CATALOGUE_DIR);
const site = process.env.PLAN_ATLAS_SITE ?? 'https://plan-atlas.example';

/** A PNG's width and height, from its header. */
function pngSize(file: string): [number, number] {
	const data = readFileSync(file);
	expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('link previews', () => {
	test('every plan, tier, comparison and severity page in every locale has its own picture', () => {
		const heads = new Map(
			builtPages(dist).map((path) => {
				const meta = new Map(
					elementsOf(parseHtml(readPage(dist, path)), 'meta').map((e) => [
						e.attributes.get('property') ?? e.attributes.get('name'),
						e.attributes.get('content'),
					])
				);
				return [path, meta];
			})
		);
		const expected = localeTags.length * previewSubjects(vendors).length;
		const seen = new Set<string>();
		for (const [path, meta] of heads) {
			const shown = previewSubjectOfPath(path, vendors);
			if (!shown) {
				expect(meta.get('og:image'), path).toBeUndefined();
				continue;
			}
			const file = previewFile(shown.subject, shown.tag);
			expect(meta.get('og:image'), path).toBe(`${site}/${file}`);
			expect(meta.get('og:image:width')).toBe('1200');
			expect(meta.get('og:image:height')).toBe('630');
			expect(meta.get('og:image:alt')!.length, path).toBeGreaterThan(20);
			expect(meta.get('twitter:card')).toBe('summary_large_image');
			expect(existsSync(join(dist, file)), file).toBe(true);
			expect(pngSize(join(dist, file))).toEqual([1200, 630]);
			seen.add(file);
		}
		expect(seen.size).toBe(expected);
	});
});
