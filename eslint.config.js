import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'src/lib/paraglide/', 'data/', 'drizzle/']
	},
	js.configs.recommended,
	...ts.configs.strictTypeChecked,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			curly: ['error', 'all'],
			eqeqeq: ['error', 'always'],
			'@typescript-eslint/consistent-type-imports': 'error',
			// A `default` branch is a deliberate catch-all (e.g. for zod's many issue codes).
			'@typescript-eslint/switch-exhaustiveness-check': [
				'error',
				{ considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: true }
			],
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte'],
		rules: {
			// Links are built with Paraglide's localizeHref(), which adds the locale prefix
			// (/fr/…); $app/paths' resolve() knows nothing of locales.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: 'drizzle-orm',
							message:
								'Routes stay thin: authenticate → validate → authorize → call one use case → present. Queries belong in a module.'
						}
					],
					patterns: [
						{
							group: ['**/platform/db/client*'],
							message: 'Routes do not touch the database; call a use case.'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.js', 'server/**', 'scripts/**/*.js'],
		...ts.configs.disableTypeChecked
	}
);
