import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFile, nginxServerBlock } from './deploy.ts';
import { siteSettings, PLACEHOLDER_SITE } from './site-config.ts';

describe('the deploy recipe', () => {
	test('deploy/nginx.conf is the generated server block for the root of a host', () => {
		expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(
			nginxServerBlock({ root: '/var/www/plan-atlas/dist' })
		);
	});

	test('under a base path, locations, the 404 page and the root redirect follow it', () => {
		const conf = nginxServerBlock({ base: 'support/plans', root: '/srv/site' });
		expect(conf).toContain('\tlocation ^~ /support/plans/_astro/ {\n\t\talias /srv/site/_astro/;');
		expect(conf).toContain('\tlocation /support/plans/ {\n\t\talias /srv/site/;');
		expect(conf).toContain('\terror_page 404 /support/plans/404.html;');
		expect(conf).toContain('\tlocation = / {\n\t\treturn 302 /support/plans/;');
	});

	test('_headers names the base path', () => {
		expect(
			headersFile('/support/plans/')
				.split('\n')
				.filter((l) => !l.startsWith(' '))
		).toEqual([
			'# Written by the build (src/node/deploy.ts) for hosts that read a _headers file.',
			'/support/plans/*',
			'/support/plans/_astro/*',
			'',
		]);
		expect(headersFile()).toContain(
			'\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n'
		);
	});
});

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
