import { describe, expect, test } from 'vitest';
import { echoTranslate } from '../../../tests/support/echo-translate.ts';
import polandFile from '../../../content/holidays/PL.json';
import japanFile from '../../../content/holidays/JP.json';
import type { RegionHolidays } from '#lib/time/regions.ts';
import type { CalculatorRegion } from '#lib/views/pages/calculator.ts';
import { regionLabels, regionOfFile, regionStore, type RegionLoader } from './regions.ts';

const t = echoTranslate;
const poland = polandFile as unknown as RegionHolidays;
const japan = japanFile as unknown as RegionHolidays;
const regions: CalculatorRegion[] = [
	{ id: 'PL', name: 'Poland', zones: ['Europe/Warsaw'] },
	{ id: 'JP', name: 'Japan', zones: ['Asia/Tokyo'] },
	// Two regions share London: the zone alone suggests neither.
	{ id: 'GB-EAW', name: 'England and Wales', zones: ['Europe/London'] },
	{ id: 'GB-SCT', name: 'Scotland', zones: ['Europe/London'] },
];

describe('regionLabels', () => {
	test('marks the one region the time zone suggests, and names the others plainly', () => {
		expect([...regionLabels(regions, 'Europe/Warsaw', t)]).toEqual([
			['PL', 'atlas.calc.field.regionSuggested{"region":"Poland"}'],
			['JP', 'Japan'],
			['GB-EAW', 'England and Wales'],
			['GB-SCT', 'Scotland'],
		]);
	});

	test('suggests nothing for a zone of several regions, of none, or no zone', () => {
		for (const zone of ['Europe/London', 'America/Lima', ''])
			expect([...regionLabels(regions, zone, t).values()], zone).toEqual(
				regions.map((r) => r.name)
			);
	});
});

describe('regionStore', () => {
	/** Loaders over data files that count their loads, as a bundler's glob import lists them. */
	function counted(files: Record<string, RegionHolidays>) {
		const loads: string[] = [];
		const loaders: Record<string, RegionLoader> = {};
		for (const [path, data] of Object.entries(files))
			loaders[path] = async () => {
				loads.push(path);
				return data;
			};
		return { loads, loaders };
	}
	const files = {
		'../../content/holidays/PL.json': poland,
		'../../content/holidays/JP.json': japan,
	};

	test('names each file by the region it holds', () => {
		expect(regionOfFile('../../content/holidays/PL.json')).toBe('PL');
		expect(regionOfFile('/src/content/holidays/GB-EAW.json')).toBe('GB-EAW');
		expect(regionOfFile('KR.json')).toBe('KR');
	});

	test('loads a region from its file once, however often it is asked for', async () => {
		const { loads, loaders } = counted(files);
		const store = regionStore(loaders);
		const first = await store.load('PL');
		expect(first?.region).toBe('PL');
		expect(await store.load('PL')).toBe(first);
		expect(await store.load('PL')).toBe(first);
		expect(loads).toEqual(['../../content/holidays/PL.json']);
	});

	test('has nothing for a region without a file, and loads nothing for it', async () => {
		const { loads, loaders } = counted(files);
		const store = regionStore(loaders);
		expect(await store.load('US')).toBeUndefined();
		expect(await store.load('')).toBeUndefined();
		expect(loads).toEqual([]);
	});

	test('gives every listed region by the region its data names, and nothing else', async () => {
		const { loads, loaders } = counted(files);
		const lookup = await regionStore(loaders).loadAll(['JP', 'PL', 'US']);
		expect(lookup('PL')?.region).toBe('PL');
		expect(lookup('JP')?.region).toBe('JP');
		expect(lookup('US')).toBeUndefined();
		expect(lookup('CN')).toBeUndefined();
		expect(loads.sort()).toEqual(Object.keys(files).sort());
	});

	test('keeps no failed load, so that the next request tries again', async () => {
		let attempts = 0;
		const store = regionStore({
			'PL.json': async () => {
				attempts += 1;
				if (attempts === 1) throw new Error('offline');
				return poland;
			},
		});
		await expect(store.load('PL')).rejects.toThrow('offline');
		expect((await store.load('PL'))?.region).toBe('PL');
		expect(attempts).toBe(2);
	});
});
