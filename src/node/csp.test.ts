import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspHash, inlineScriptHashes, inlineScripts } from './csp.ts';

const component = `---
const x = 1;
---
<script is:inline>
	window.a = 1;
</script>
<script>import './bundled.ts';</script>
<script is:inline type="application/ld+json">{"not": "code"}</script>
<script aria-hidden="true" is:inline>window.b = 'ü';</script>
<script is:inline src="/x.js"></script>
`;

describe('inline scripts of a component', () => {
	test('are the bodies of its is:inline scripts that run as code, byte for byte', () => {
		expect(inlineScripts(component)).toEqual(['\n\twindow.a = 1;\n', "window.b = 'ü';"]);
	});

	test('are hashed as browsers hash them: SHA-256 of the UTF-8 bytes, base64', async () => {
		const text = "window.b = 'ü';";
		const digest = new Uint8Array(
			await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
		);
		expect(cspHash(text)).toBe(`sha256-${Buffer.from(digest).toString('base64')}`);
	});

	const dir = mkdtempSync(join(tmpdir(), 'plan-atlas-csp-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('of every component below a folder are all hashed, once each', () => {
		mkdirSync(join(dir, 'nested'), { recursive: true });
		writeFileSync(join(dir, 'A.astro'), component);
		writeFileSync(join(dir, 'nested', 'B.astro'), '<script is:inline>window.a = 2;</script>');
		writeFileSync(join(dir, 'nested', 'C.astro'), component);
		expect(inlineScriptHashes([dir]).sort()).toEqual(
			[cspHash('\n\twindow.a = 1;\n'), cspHash("window.b = 'ü';"), cspHash('window.a = 2;')].sort()
		);
	});
});

describe('the site policy', () => {
	test('covers Starlight’s inline theme script and allows no inline script or eval', () => {
		const policy = contentSecurityPolicy();
		// Starlight's theme provider is an is:inline script in every page's head.
		expect(policy.scriptDirective.hashes.length).toBeGreaterThanOrEqual(4);
		expect(policy.scriptDirective.resources).not.toContain("'unsafe-inline'");
		expect(policy.scriptDirective.resources).not.toContain("'unsafe-eval'");
		expect(policy.directives).toContain("object-src 'none'");
		expect(policy.directives).toContain("default-src 'self'");
	});
});
