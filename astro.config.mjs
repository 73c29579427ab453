// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { SITE_TITLE } from './src/lib/site.ts';
import { catalogueGuard } from './src/integrations/catalogue-guard.ts';
import { starlightLocales } from './src/lib/i18n/starlight-locales.ts';
import { catalogueSidebar } from './src/lib/nav/sidebar-config.ts';

export default defineConfig({
	site: process.env.PLAN_ATLAS_SITE ?? 'https://plan-atlas.example',
	trailingSlash: 'always',
	integrations: [
		catalogueGuard(),
		starlight({
			title: SITE_TITLE,
			defaultLocale: 'root',
			locales: starlightLocales(),
			// Generated from the catalogue: each vendor's plans, severity guide and FAQ, labels in every locale.
			sidebar: catalogueSidebar(),
		}),
	],
});
