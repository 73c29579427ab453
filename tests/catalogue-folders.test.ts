/**
 * What a catalogue folder may hold, and files damaged in ways a single broken-catalogue fixture cannot
 * show (encodings, line endings, several files): each is a located error naming the path, never a
 * stack trace.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatIssue } from '#lib/catalogue/issues.ts';
import { validateVendorFile } from '#lib/catalogue/validate.ts';
import { checkCatalogueDir } from '../src/node/catalogue-files.ts';

const work = mkdtempSync(join(tmpdir(), 'plan-atlas-folders-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const solo = 'tests/fixtures/minimal/solo.yaml';
const soloText = readFileSync(solo, 'utf8');

/** A fresh catalogue folder holding the one-vendor fixture as solo.yaml. */
function folder(name: string): string {
	const dir = join(work, name);
	mkdirSync(dir, { recursive: true });
	copyFileSync(solo, join(dir, 'solo.yaml'));
	return dir;
}

const errorsOf = (dir: string) => {
	const result = checkCatalogueDir(dir);
	return result.ok ? [] : result.issues.map(formatIssue);
};

describe('a catalogue folder', () => {
	test('two files for one vendor id (solo.yml beside solo.yaml) are an error naming both', () => {
		const dir = folder('twice');
		copyFileSync(solo, join(dir, 'solo.yml'));
		expect(errorsOf(dir)).toEqual([
			`${join(dir, 'solo.yml')}:1:1 (file): expected one file per vendor: ${join(dir, 'solo.yaml')} already defines vendor "solo"`,
		]);
	});

	test('a sub-folder, a broken link and a stray file are errors naming each path', () => {
		const dir = folder('stray');
		mkdirSync(join(dir, 'drafts'));
		symlinkSync(join(dir, 'gone.yaml'), join(dir, 'broken.yaml'));
		writeFileSync(join(dir, 'notes.txt'), 'not a vendor');
		// Hidden files and names starting with "_" are left alone.
		writeFileSync(join(dir, '.DS_Store'), '');
		writeFileSync(join(dir, '_draft.yaml'), 'id: [');
		expect(errorsOf(dir)).toEqual([
			`${join(dir, 'broken.yaml')}:1:1 (file): expected only vendor files (<vendor>.yaml) in the catalogue folder (found: a link to nothing (broken link))`,
			`${join(dir, 'drafts')}:1:1 (file): expected only vendor files (<vendor>.yaml) in the catalogue folder (found: a folder)`,
			`${join(dir, 'notes.txt')}:1:1 (file): expected only vendor files (<vendor>.yaml) in the catalogue folder (found: a file that is not .yaml or .yml)`,
		]);
	});

	test('a file that is not valid UTF-8 is an error at its first bad byte', () => {
		const dir = join(work, 'latin1');
		mkdirSync(dir);
		// "Wsparcie Solo" with a Latin-1 "ł" (0xB3) on line 4, after 56 characters.
		const text = soloText.replace('pl: Wsparcie Solo', 'pl: Wsparcie Solo\u0142');
		const bytes = Buffer.from(text, 'utf8');
		const at = bytes.indexOf(Buffer.from('\u0142', 'utf8'));
		const latin1 = Buffer.concat([
			bytes.subarray(0, at),
			Buffer.from([0xb3]),
			bytes.subarray(at + 2),
		]);
		writeFileSync(join(dir, 'solo.yaml'), latin1);
		const line = text.split('\n').findIndex((l) => l.includes('\u0142')) + 1;
		const column = text.split('\n')[line - 1]!.indexOf('\u0142') + 1;
		expect(errorsOf(dir)).toEqual([
			`${join(dir, 'solo.yaml')}:${line}:${column} (file): expected text encoded as UTF-8 (found: byte 0xB3)`,
		]);
	});

	test('npm run validate counts in the singular and plural', () => {
		const one = spawnSync(process.execPath, ['scripts/validate.ts', 'tests/fixtures/minimal'], {
			encoding: 'utf8',
		});
		expect(one.stdout).toBe('Catalogue tests/fixtures/minimal is valid: 1 vendor, 1 tier.\n');
		const full = spawnSync(process.execPath, ['scripts/validate.ts', 'tests/fixtures/full'], {
			encoding: 'utf8',
		});
		expect(full.stdout).toBe('Catalogue tests/fixtures/full is valid: 1 vendor, 2 tiers.\n');
	}, 60_000);
});

describe('line endings', () => {
	const broken = readFileSync('tests/broken-catalogues/bad-zone.yaml', 'utf8');
	const lf = validateVendorFile({ file: 'bad-zone.yaml', text: broken });

	test('CR-only and CRLF files give the positions of the same file with LF', () => {
		expect(lf.ok).toBe(false);
		for (const ending of ['\r', '\r\n']) {
			const result = validateVendorFile({
				file: 'bad-zone.yaml',
				text: broken.replaceAll('\n', ending),
			});
			expect(result.issues).toEqual(lf.issues);
		}
	});

	test('a valid file with CR-only line endings is valid', () => {
		const result = validateVendorFile({ file: 'solo.yaml', text: soloText.replaceAll('\n', '\r') });
		expect(result.issues).toEqual([]);
		expect(result.ok).toBe(true);
	});
});

describe('a very long text', () => {
	test('a 2 MB pasted HTML table is checked (and accepted: it holds no script-like markup)', () => {
		const row = '<tr><td class="c">P1</td><td>1 hour</td><td title="x">24x7</td></tr>';
		const table = `<table>${row.repeat(Math.ceil(2_000_000 / row.length))}</table>`;
		const text = soloText.replace('en: Solo support,', `en: ${JSON.stringify(table)},`);
		const result = validateVendorFile({ file: 'solo.yaml', text });
		expect(result.issues).toEqual([]);
		// The same table with one handler at its very end is found, far from the first tag.
		const hostile = text.replace('</table>', '<b onclick=x></b></table>');
		const rejected = validateVendorFile({ file: 'solo.yaml', text: hostile });
		expect(rejected.issues.map((i) => i.message.slice(0, 27))).toEqual([
			'HTML injection "onclick=": ',
		]);
	}, 60_000);
});
