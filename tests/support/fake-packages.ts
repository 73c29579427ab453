/**
 * A throwaway project folder with copies of installed packages' files, some of them changed, for
 * the tests of src/integrations/upstream/: each patch must fail loudly when upstream code changes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { installedFile } from '../../src/integrations/upstream/installed.ts';

/** The text of an installed package's file (the real one, as the patches read it). */
export const installedText = (pkg: string, path: string) =>
	readFileSync(installedFile(pkg, path, 'test'), 'utf8');

/** A package's files: path inside the package → text (null to leave the file out). */
export type PackageFiles = Record<string, string | null>;

/**
 * Makes a project folder whose `node_modules` holds the given packages (each with a package.json and
 * the given files); returns its path and a function that deletes it.
 */
export function fakeProject(packages: Record<string, PackageFiles>): {
	root: string;
	remove: () => void;
} {
	const root = mkdtempSync(join(tmpdir(), 'plan-atlas-upstream-'));
	for (const [pkg, files] of Object.entries(packages)) {
		const dir = join(root, 'node_modules', pkg);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: pkg }));
		for (const [path, text] of Object.entries(files)) {
			if (text === null) continue;
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
	}
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
