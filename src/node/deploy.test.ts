import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DeployOptionError, headersFile, nginxServerBlock } from './deploy.ts';
import { siteSettings, PLACEHOLDER_SITE } from './site-config.ts';

describe('the deploy recipe', () => {
	test('deploy/nginx.conf is the generated server block for the root of a host', () => {
		expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(
			nginxServerBlock({ root: '/var/www/plan-atlas/dist' })
		);
	});

	test('under a base path, locations, the 404 page and the root redirect follow it, quoted', () => {
		const conf = nginxServerBlock({ base: 'support/plans', root: '/srv/site' });
		expect(conf).toContain(
			'\tlocation ^~ "/support/plans/_astro/" {\n\t\talias "/srv/site/_astro/";'
		);
		expect(conf).toContain('\tlocation "/support/plans/" {\n\t\talias "/srv/site/";');
		expect(conf).toContain('\terror_page 404 "/support/plans/404.html";');
		// Each locale's paths get its own 404 page.
		expect(conf).toContain(
			'\tlocation "/support/plans/ko/" {\n\t\talias "/srv/site/ko/";\n\t\tindex index.html;\n\t\terror_page 404 "/support/plans/ko/404.html";'
		);
		expect(conf).toContain('\tlocation = / {\n\t\treturn 302 "/support/plans/";');
	});

	test('documents HSTS for a site behind TLS, as a comment, not turned on over plain HTTP', () => {
		const conf = nginxServerBlock({ root: '/srv/site' });
		expect(conf).toContain('#   add_header Strict-Transport-Security "max-age=31536000" always;');
		expect(conf).not.toMatch(/^\s*add_header Strict-Transport-Security/m);
	});

	// What a crafted argument would smuggle into the block: another location serving /etc, a directive
	// after a ";", a variable, a line break. Each is refused with a sentence naming the flag.
	const attempts: [keyof Parameters<typeof nginxServerBlock>[0], string][] = [
		['serverName', 'x; location /h/ { alias /etc/; } #'],
		['serverName', 'plans.example.org\n\tlocation /h/ { alias /etc/; }'],
		['serverName', ''],
		['serverName', 'a"b'],
		['serverName', '$host'],
		['listen', '80; location /h/ { alias /etc/; }'],
		['listen', '80 default_server'],
		['listen', '99999'],
		['listen', 'unix:/tmp/x'],
		['base', '/x/ { alias /etc/; } location /y/'],
		['base', '/x";alias "/etc/'],
		['base', '/../etc/'],
		['base', '/x/$uri/'],
		['root', '/srv/site"; alias "/etc/'],
		['root', '/srv/$host/'],
		['root', '/srv/site\n}'],
		['root', 'relative/dist'],
		['root', '/srv/back\\slash'],
	];
	test.each(attempts)('refuses %s %j', (option, value) => {
		const options = { root: '/srv/site', [option]: value };
		expect(() => nginxServerBlock(options)).toThrow(DeployOptionError);
		const flag = option === 'serverName' ? 'server-name' : option;
		expect(() => nginxServerBlock(options)).toThrow(new RegExp(`^--${flag} must be `));
	});

	test('takes what such values may rightly hold, quoted where nginx would read it otherwise', () => {
		const conf = nginxServerBlock({
			base: '/v1.2/support_plans~x/',
			root: '/srv/my site; {odd} #name',
			listen: '[::1]:8080',
			serverName: 'plans.example.org *.example.org _',
		});
		expect(conf).toContain('\tlisten [::1]:8080;');
		expect(conf).toContain('\tserver_name plans.example.org *.example.org _;');
		expect(conf).toContain('\t\talias "/srv/my site; {odd} #name/";');
		// The block's structure is the generator's own: the assets, the pages, each locale's pages
		// (for its 404 page) and the redirect.
		expect(conf.match(/^\s*location\b.*$/gm)).toEqual([
			'\tlocation ^~ "/v1.2/support_plans~x/_astro/" {',
			'\tlocation "/v1.2/support_plans~x/" {',
			...['zh-cn', 'zh-tw', 'ko', 'pl'].map(
				(slug) => `\tlocation "/v1.2/support_plans~x/${slug}/" {`
			),
			'\tlocation = / {',
		]);
	});

	test('_headers names the base path, with one Cache-Control for every path', () => {
		const file = headersFile('/support/plans/', [
			'_astro/',
			'index.html',
			'plans/',
			'catalogue.json',
		]);
		expect(file.split('\n').filter((l) => !l.startsWith(' '))).toEqual([
			'# Written by the build (src/node/deploy.ts) for hosts that read a _headers file.',
			'/support/plans/*',
			'/support/plans/_astro/*',
			'/support/plans/',
			'/support/plans/catalogue.json',
			'/support/plans/index.html',
			'/support/plans/plans/*',
			'',
		]);
		expect(headersFile('/', ['_astro/'])).toContain(
			'\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n'
		);
	});

	test('every path of a site gets each header from exactly one rule', () => {
		const entries = [
			'_astro/',
			'404.html',
			'calculator/',
			'catalogue.json',
			'index.html',
			'pagefind/',
		];
		const rules = parseHeaders(headersFile('/', entries));
		const paths = [
			'/',
			'/index.html',
			'/404.html',
			'/catalogue.json',
			'/calculator/',
			'/calculator/index.html',
			'/_astro/page.abc123.css',
			'/pagefind/pagefind.js',
		];
		for (const path of paths) {
			// Hosts apply every rule whose path matches: an exact path, or a prefix ending in "*".
			const matching = rules.filter((r) =>
				r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path
			);
			const names = matching.flatMap((r) => r.headers.map(([name]) => name));
			expect(
				names.filter((n) => n === 'Cache-Control'),
				path
			).toHaveLength(1);
			expect(new Set(names).size, path).toBe(names.length);
			expect(names, path).toContain('X-Frame-Options');
		}
	});
});

/** The rules of a _headers file: each path with its headers. */
function parseHeaders(text: string): { path: string; headers: [string, string][] }[] {
	const rules: { path: string; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (line === '' || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) rules.push({ path: line, headers: [] });
		else {
			const [name, ...value] = line.trim().split(': ');
			rules.at(-1)!.headers.push([name!, value.join(': ')]);
		}
	}
	return rules;
}

describe('PLAN_ATLAS_SITE and PLAN_ATLAS_BASE', () => {
	test('an origin and a sub-path in any spelling', () => {
		expect(
			siteSettings({
				PLAN_ATLAS_SITE: 'https://help.example.com/',
				PLAN_ATLAS_BASE: 'support/plans',
			})
		).toEqual({ site: 'https://help.example.com', base: '/support/plans/', siteConfigured: true });
	});

	test('without them: the placeholder origin, the root, and a note that the site is not configured', () => {
		expect(siteSettings({})).toEqual({ site: PLACEHOLDER_SITE, base: '/', siteConfigured: false });
	});

	test('values that cannot work are one clear sentence', () => {
		expect(() => siteSettings({ PLAN_ATLAS_SITE: 'help.example.com' })).toThrow(
			'PLAN_ATLAS_SITE must be an origin such as https://support.example.com (found: "help.example.com")'
		);
		expect(() => siteSettings({ PLAN_ATLAS_SITE: 'https://help.example.com/plans/' })).toThrow(
			'PLAN_ATLAS_SITE is the origin only; put the path in PLAN_ATLAS_BASE=/plans/'
		);
		expect(() => siteSettings({ PLAN_ATLAS_BASE: '/plans?x=1' })).toThrow(
			'PLAN_ATLAS_BASE must be a path'
		);
	});
});
