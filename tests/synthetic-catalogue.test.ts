/**
 * The build benchmark's generated catalogues pass the same schema and cross-reference checks as real
 * ones (the generator validates what it writes, and throws naming the first problems when it falls
 * behind the rules), over enough vendors to meet every shape it draws.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSyntheticCatalogue } from '../bench/synthetic-catalogue.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('40 synthetic vendors (beside the example ones) validate', () => {
	const ids = writeSyntheticCatalogue(join(dir, 'forty'), 40);
	expect(ids).toHaveLength(40);
	expect(readdirSync(join(dir, 'forty')).filter((f) => f.startsWith('vendor-'))).toHaveLength(36);
}, 120_000);
