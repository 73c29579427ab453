import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		setupFiles: ['./vitest.setup.ts'],
		// Vitest's default of 5 s is too short on a busy 2-core machine even for in-process tests that
		// load the catalogue. Tests that spawn a process or run a property test set their own, longer
		// timeout as the third argument of test().
		testTimeout: 30_000,
		// Test files share workers instead of each starting a fresh one (about 0.6 s a file): no test
		// mocks modules or changes globals, and module-level caches are keyed by content.
		isolate: false,
		// Vitest leaves a core free by default, which on a 2-core machine means one worker; many tests
		// here wait on a spawned process, so a worker per core finishes in about two thirds of the time.
		maxWorkers: availableParallelism(),
		hookTimeout: 60_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: [...configDefaults.exclude, 'tests/built/**'],
				},
			},
			{
				// Tests of the built end-to-end site (tmp/e2e/dist and its base-path build): `npm run
				// test:built`, once `npm run build:e2e` and `npm run build:base-path` have written them.
				extends: true,
				test: { name: 'built', include: ['tests/built/**/*.test.ts'] },
			},
		],
	},
});
