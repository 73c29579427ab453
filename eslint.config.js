// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import libLayers from './eslint/lib-layers.js';

export default tseslint.config(
	{ ignores: ['dist/', 'tmp/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
			'@typescript-eslint/consistent-type-imports': 'error',
		},
	},
	{
		// The core runs in Node, in the browser and in tests alike: it reads no files, no process
		// state and nothing of Astro. Adapters that do live in src/node/ and src/data/.
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['node:*'], message: 'src/lib is portable: put Node-only code in src/node/.' },
						{
							group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'],
							message: 'src/lib imports nothing from Astro.',
						},
					],
				},
			],
			'no-restricted-globals': [
				'error',
				{ name: 'process', message: 'src/lib is portable: take values as arguments.' },
			],
		},
	},
	{
		// src/lib is layered: a module imports its own folder or a lower rank, never a higher one or a
		// folder of its own rank, so no two folders import each other. Tests may reach across.
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/**/*.test.ts'],
		plugins: { atlas: libLayers },
		rules: {
			'atlas/lib-layers': [
				'error',
				{
					libDir: 'src/lib',
					ranks: [
						['locales.ts', 'site.ts', 'text-escape.ts'],
						['time', 'routes.ts'],
						['catalogue'],
						['sla', 'i18n'],
						['plans', 'nav', 'search', 'translation-report'],
						['views'],
						['calculator'],
					],
				},
			],
		},
	}
);
