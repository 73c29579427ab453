/**
 * /og/<locale>/…png: the link preview of each plan, tier, comparison and severity page in each
 * locale (what it shows: lib/views/pages/link-preview.ts; drawn and cached by node/link-previews.ts).
 */
import { availableParallelism } from 'node:os';
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
import { cachedPreview, inTurn, previewCacheDir, previewReport } from '../../node/link-previews.ts';

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
 * takes tens of milliseconds to rasterise, which runs off the main thread, so they are drawn a few
 * at a time in the build's order (one more than the cores: the main thread lays the next one out
 * while others are rasterised) and each request waits for its own.
 */
let drawing: Map<string, Promise<Buffer>> | undefined;

function drawAll(): Map<string, Promise<Buffer>> {
	const { vendors } = getCatalogue();
	const cacheDir = previewCacheDir();
	const subjects = previewSubjects(vendors);
	const started = performance.now();
	const jobs = localeTags.flatMap((tag) => {
		const t = feedTranslate(tag);
		return subjects.map((subject) => ({
			file: previewFile(subject, tag),
			draw: () => cachedPreview(linkPreview(vendors, subject, tag, t), cacheDir),
		}));
	});
	const pngs = inTurn(
		jobs.map((job) => job.draw),
		availableParallelism() + 1
	);
	// A failure is reported where its request waits for it, not as an unhandled rejection now.
	for (const png of pngs) png.catch(() => {});
	// One line for the build's log (and bench/build-scaling.ts, which reads it): how many pictures
	// were drawn and how long the build waited for them.
	void Promise.allSettled(pngs).then(() => console.log(previewReport(performance.now() - started)));
	return new Map(jobs.map((job, i) => [job.file, pngs[i]!]));
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
