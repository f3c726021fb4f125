// ESLint flat config: typescript-eslint for the TypeScript, eslint-plugin-regexp for the
// extractor's many regular expressions, Prettier for layout (so no stylistic rules here).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '.data/',
      'test-output/',
      'scripts/neo4j/target/',
      'src/api/generated/',
      'explorer/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['explorer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
