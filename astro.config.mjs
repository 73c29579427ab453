// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { catalogueGuard } from './src/integrations/catalogue-guard.ts';
import { starlightLocales } from './src/lib/i18n/starlight-locales.ts';

export default defineConfig({
	site: process.env.PLAN_ATLAS_SITE ?? 'https://plan-atlas.example',
	trailingSlash: 'always',
	integrations: [
		catalogueGuard(),
		starlight({
			title: 'Plan Atlas',
			defaultLocale: 'root',
			locales: starlightLocales(),
			sidebar: [],
		}),
	],
});
