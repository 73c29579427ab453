// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { SITE_TITLE } from '#lib/site.ts';
import { catalogueGuard } from './src/integrations/catalogue-guard.ts';
import { cspMetaFirstIntegration } from './src/integrations/csp-meta-first.ts';
import { deployFiles } from './src/integrations/deploy-files.ts';
import { searchIndexBoundaries } from './src/integrations/search-index.ts';
import { sitemapNoindex } from './src/integrations/sitemap-noindex.ts';
import { searchOnDemand } from './src/integrations/upstream/pagefind-default-ui.ts';
import { searchResultCount } from './src/integrations/upstream/pagefind-result-count.ts';
import { tocOnScroll } from './src/integrations/upstream/starlight-toc.ts';
import { paintWhenParsed } from '#lib/views/parts/paint-once.ts';
import { starlightLocales } from '#lib/i18n/starlight-locales.ts';
import { catalogueSidebar } from './src/node/sidebar-config.ts';
import { contentSecurityPolicy } from './src/node/csp.ts';
import { siteSettings } from './src/node/site-config.ts';

// PLAN_ATLAS_SITE (origin) and PLAN_ATLAS_BASE (a sub-path such as /support/plans/); see README.
const { site, base, siteConfigured } = siteSettings();

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Starlight turns on prefetching of every link a reader hovers; its script walks every link of the
	// page at load (hundreds, with the sidebar), the longest task left on a phone, for pages that are
	// small static files anyway.
	prefetch: false,
	// `npm test` builds the site at the root and under a base path side by side: each build keeps its
	// content cache to itself (PLAN_ATLAS_CACHE_DIR), so neither reads the other's half-written store.
	...(process.env.PLAN_ATLAS_CACHE_DIR ? { cacheDir: process.env.PLAN_ATLAS_CACHE_DIR } : {}),
	// A strict Content-Security-Policy in every page's <head>: scripts and styles only from the site
	// itself or by hash (see src/node/csp.ts; Starlight's inline scripts are read by
	// src/integrations/upstream/starlight-inline-scripts.ts).
	security: { csp: contentSecurityPolicy() },
	// Astro hashes the <style> elements it inlines into pages, but not those of components used in MDX
	// docs pages (the FAQ's worked examples), which the policy would then block: keep all CSS in files.
	build: { inlineStylesheets: 'never' },
	integrations: [
		catalogueGuard(undefined, { siteConfigured }),
		// The policy's <meta> first in every page's head, before any text or script it governs.
		cspMetaFirstIntegration(),
		// Before Starlight: its Pagefind run indexes the pages this adjusts.
		searchIndexBoundaries(),
		// Patches of Starlight's and Pagefind's internals, each checking at the start of the build that
		// what it patches is still there (see src/integrations/upstream/README.md).
		// Pagefind's search interface is built when a reader reaches for search, not on every page.
		searchOnDemand(),
		// Pagefind's result count is rewritten in the page language's plural forms.
		searchResultCount(),
		// Starlight's table of contents starts following the reader's section on the first scroll.
		tocOnScroll(),
		starlight({
			title: SITE_TITLE,
			defaultLocale: 'root',
			locales: starlightLocales(),
			// src/pages/404.astro replaces Starlight's 404, which speaks only the default locale: a host
			// that serves one 404.html for every path gets a page carrying every locale; each locale has
			// its own too (src/pages/[locale]/404.astro, written as <locale>/404.html).
			disable404Route: true,
			// Generated from the catalogue: each vendor's plans, severity guide and FAQ, labels in every locale.
			sidebar: catalogueSidebar(),
			// The page title also carries the "printed from" line, search keywords and the print script;
			// the theme provider adds a light theme for readers without JavaScript whose system prefers it;
			// the footer ends each page with the element the first paint waits for; the head links the
			// Atom feed of changes of terms in the page's language.
			components: {
				PageTitle: './src/components/overrides/AtlasPageTitle.astro',
				ThemeProvider: './src/components/ThemeProvider.astro',
				Footer: './src/components/overrides/AtlasFooter.astro',
				Head: './src/components/overrides/AtlasHead.astro',
			},
			// Each page is painted once it is all parsed, not laid out again and again as it streams in.
			head: [paintWhenParsed],
			customCss: [
				'./src/styles/print.css',
				'./src/styles/typography.css',
				'./src/styles/chrome.css',
				'./src/styles/untranslated-texts.css',
			],
		}),
		// Pages that ask not to be indexed (earlier versions of terms) are left out of the sitemap, which
		// Starlight writes after itself: after Starlight, like the _headers writer.
		sitemapNoindex(),
		// _headers for static hosts: the HTTP headers a <meta> policy cannot set, and caching. After
		// Starlight, so it sees every file the build writes (Pagefind's index, the sitemap).
		deployFiles(),
	],
});
