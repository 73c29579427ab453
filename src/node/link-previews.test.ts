import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LinkPreview } from '#lib/views/pages/link-preview.ts';
import { cachedPreview, inTurn } from './link-previews.ts';

const preview: LinkPreview = {
	tag: 'zh-TW',
	site: 'Plan Atlas',
	title: 'Tableau 進階支援',
	subtitle: 'P1 首次回應',
	facts: [{ label: '首次回應', value: '30 分鐘', note: '全天候' }],
	alt: 'Tableau 進階支援。首次回應：30 分鐘。',
};

describe('drawing link previews', () => {
	test('runs tasks in order, never more at once than asked', async () => {
		let running = 0;
		let most = 0;
		const started: number[] = [];
		const tasks = Array.from({ length: 9 }, (_, i) => async () => {
			started.push(i);
			running++;
			most = Math.max(most, running);
			await new Promise((resolve) => setTimeout(resolve, 5));
			running--;
			if (i === 4) throw new Error('four');
			return i * 2;
		});
		const results = await Promise.allSettled(inTurn(tasks, 3));
		expect(most).toBe(3);
		expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
		expect(results[4]!.status).toBe('rejected');
		expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value)).toEqual([
			0, 2, 4, 6, 10, 12, 14, 16,
		]);
	});

	test('draws a 1200×630 PNG once, then takes it from the cache', { timeout: 60_000 }, async () => {
		const cache = mkdtempSync(join(tmpdir(), 'previews-'));
		try {
			const png = await cachedPreview(preview, cache);
			expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			const [file] = readdirSync(join(cache, 'link-previews'));
			expect(await cachedPreview(preview, cache)).toEqual(png);
			expect(readdirSync(join(cache, 'link-previews'))).toEqual([file]);
			// Another word, another picture.
			await cachedPreview({ ...preview, title: 'Tableau 標準支援' }, cache);
			expect(readdirSync(join(cache, 'link-previews'))).toHaveLength(2);
		} finally {
			rmSync(cache, { recursive: true, force: true });
		}
	});
});
