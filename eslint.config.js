// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

/**
 * Lint rules, including the import zones of ARCHITECTURE.md §3. Zones between
 * the project's own folders are checked by eslint-plugin-boundaries (which
 * resolves the imported file, so a relative path cannot sneak past); packages
 * and Node built-ins per zone by no-restricted-imports.
 * tests/unit/importZones.test.ts proves that wrong imports really fail.
 */

const NODE_BUILTINS = { group: ['node:*'], message: 'Node built-ins are not available in this zone.' };
const ELECTRON = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const REACT = {
  group: ['react', 'react-dom', 'react-dom/*', 'react/*', '@blueprintjs/*', '@tanstack/*'],
  message: 'UI libraries belong in renderer/.',
};
const SQLITE = { name: 'better-sqlite3', message: 'Only electron/core talks to SQLite.' };

/** Zone name → the folders its files may import. */
const ALLOWED = {
  shared: ['shared'],
  core: ['shared', 'core'],
  main: ['shared', 'core', 'main'],
  preload: ['preload', 'shared'],
  webhost: ['shared', 'core', 'webhost'],
  cli: ['shared', 'core', 'webhost', 'cli'],
  renderer: ['shared', 'renderer'],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      'boundaries/include': ['shared/**', 'electron/**', 'renderer/**'],
      'boundaries/elements': [
        { type: 'shared', pattern: 'shared' },
        { type: 'core', pattern: 'electron/core' },
        { type: 'main', pattern: 'electron/main' },
        { type: 'preload', pattern: 'electron/preload' },
        { type: 'webhost', pattern: 'electron/webhost' },
        { type: 'cli', pattern: 'electron/cli' },
        { type: 'renderer', pattern: 'renderer' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(ALLOWED).map(([from, to]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: to } } } },
          })),
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON, SQLITE], patterns: [NODE_BUILTINS, REACT] }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [REACT] }] },
  },
  {
    files: ['electron/webhost/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [REACT] }] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [REACT] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      // The sandboxed preload may use electron and the wire module, nothing else.
      'no-restricted-imports': [
        'error',
        {
          paths: [SQLITE],
          patterns: [
            NODE_BUILTINS,
            REACT,
            {
              regex: '^\\.\\./\\.\\./shared/(?!contract/wire$)',
              message: 'The preload may import only shared/contract/wire.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON, SQLITE], patterns: [NODE_BUILTINS] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='workbench']",
          message: 'Only renderer/src/api may use window.workbench.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/api/**/*.ts', 'renderer/src/api/**/*.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
