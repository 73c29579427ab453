/**
 * /og/<locale>/…png: the link preview of each plan, tier, comparison and severity page in each
 * locale (what it shows: lib/views/pages/link-preview.ts; drawn and cached by node/link-previews.ts).
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue.ts';
import { feedTranslate } from '../../data/feeds.ts';
import { localeTags, type LocaleTag } from '#lib/locales.ts';
import {
	linkPreview,
	previewFile,
	previewSubjects,
	type PreviewSubject,
} from '#lib/views/pages/link-preview.ts';
import { cachedPreview, previewCacheDir, previewReport } from '../../node/link-previews.ts';

export function getStaticPaths() {
	const subjects = previewSubjects(getCatalogue().vendors);
	return localeTags.flatMap((tag) =>
		subjects.map((subject) => ({
			// "og/en/plans/acme.png" → "en/plans/acme"
			params: { image: previewFile(subject, tag).slice('og/'.length, -'.png'.length) },
			props: { tag, subject },
		}))
	);
}

/**
 * Every picture, started at the first request: the build asks for them one at a time, and each
 * takes tens of milliseconds to rasterise, which runs off the main thread, so they are all drawn at
 * once (on every core) and each request waits for its own.
 */
let drawing: Map<string, Promise<Buffer>> | undefined;

function drawAll(): Map<string, Promise<Buffer>> {
	const { vendors } = getCatalogue();
	const cacheDir = previewCacheDir();
	const subjects = previewSubjects(vendors);
	const started = performance.now();
	const all = new Map(
		localeTags.flatMap((tag) => {
			const t = feedTranslate(tag);
			return subjects.map((subject): [string, Promise<Buffer>] => {
				const png = cachedPreview(linkPreview(vendors, subject, tag, t), cacheDir);
				// A failure is reported where its request waits for it, not as an unhandled rejection now.
				png.catch(() => {});
				return [previewFile(subject, tag), png];
			});
		})
	);
	// One line for the build's log (and bench/build-scaling.ts, which reads it): how many pictures
	// were drawn and how long the build waited for them.
	void Promise.allSettled(all.values()).then(() =>
		console.log(previewReport(performance.now() - started))
	);
	return all;
}

export const GET: APIRoute = async ({ props }) => {
	const { tag, subject } = props as { tag: LocaleTag; subject: PreviewSubject };
	drawing ??= drawAll();
	const png = await (drawing.get(previewFile(subject, tag)) ??
		cachedPreview(
			linkPreview(getCatalogue().vendors, subject, tag, feedTranslate(tag)),
			previewCacheDir()
		));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
