import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

/**
 * Three tiers (see ARCHITECTURE.md, "Tests"):
 * - unit: `*.test.ts` beside the code, no database;
 * - integration: `*.int.test.ts` beside the code, run twice, on PGlite and on PostgreSQL;
 * - e2e: `tests/e2e/**`, HTTP and browser tests against the built server (scripts/test.js).
 */
const plugins = [
	paraglideVitePlugin({
		project: './project.inlang',
		outdir: './src/lib/paraglide',
		strategy: ['url', 'baseLocale']
	}),
	sveltekit()
];

export default defineConfig({
	plugins,
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.int.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'pglite',
					include: ['src/**/*.int.test.ts'],
					env: { TEST_DB: 'pglite' },
					globalSetup: ['tests/support/global-setup-pglite.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'postgres',
					include: ['src/**/*.int.test.ts'],
					env: { TEST_DB: 'postgres' },
					globalSetup: ['tests/support/global-setup-postgres.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/support/global-setup-server.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One server is shared by the e2e files: run them one at a time.
					poolOptions: { forks: { singleFork: true }, threads: { singleThread: true } }
				}
			}
		]
	}
});
