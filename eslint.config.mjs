// @ts-check
import js from '@eslint/js';
import jest from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';
import { workspaceBoundaries } from './scripts/lint/workspace-boundaries.mjs';

/**
 * Import boundaries (STYLE.md): code imports a workspace package only through its public entry
 * points (the `exports` map), never its `src/` or `dist/` internals, and a service never imports
 * another service. Relative climbs out of a package (`../../packages/...`) are refused for the same reason.
 */
const boundaryPatterns = [
  {
    group: ['@commerce/*/src', '@commerce/*/src/*', '@commerce/*/dist', '@commerce/*/dist/*'],
    message: 'Import a package through its public entry point (see its package.json "exports").',
  },
  {
    group: ['**/packages/*/src/**', '**/packages/*/dist/**', '../../packages/**', '../../../packages/**'],
    message: 'Import a package by its name and public entry point, never by relative path.',
  },
  {
    group: ['**/services/**', '@commerce/*-service', '@commerce/service-*'],
    message: 'Services never import one another: talk through events (SNS / EventBridge).',
  },
];
// Relative imports are checked by resolved path in scripts/lint/workspace-boundaries.mjs.

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.serverless/**',
      '**/.esbuild/**',
      '**/*.generated.ts',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    plugins: { workspace: workspaceBoundaries },
    rules: {
      'no-restricted-imports': ['error', { patterns: boundaryPatterns }],
      'workspace/no-relative-crossing': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Serverless Framework plugins are loaded with require(), so they are CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/test/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expectTypeOf', 'assert*'] }],
    },
  },
);
