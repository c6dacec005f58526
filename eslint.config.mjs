// The pure core must stay free of VS Code so that the command line, the tests and
// any other host can use it; the linter enforces the boundary.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'models/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: no vscode import (see STYLE.md).' }],
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core must not depend on adapters.' }],
      }],
    },
  },
  {
    // One value import of the API, re-exported by vscodeApi.ts: each further one costs activation
    // time (see that file). Type-only imports are erased and stay allowed.
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/vscodeApi.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', allowTypeImports: true, message: "Import the API from './vscodeApi' (one copy at load time)." }],
      }],
    },
  },
);
