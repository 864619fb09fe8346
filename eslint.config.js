// Lint: typescript-eslint (type-checked), Lit's and the web-component rule sets, and a guard that
// keeps the library from sending or storing anything (patients' answers are health data).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const privacy = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'localStorage', 'indexedDB', 'caches'].map((name) => ({
  name,
  message: 'The library sends and stores nothing (see DESIGN.md, Privacy).',
}));

export default tseslint.config(
  // test/types/no-fhir checks the built package's declarations (dist/), which a fresh clone has only
  // after the build that follows lint: tsc checks it in test/framework-types.node.test.ts instead.
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'storybook-static/', 'src/generated/', 'reports/', 'test/types/no-fhir/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-globals': ['error', ...privacy],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'cookie', message: 'The library writes no cookie.' },
        { object: 'navigator', property: 'sendBeacon', message: 'The library sends nothing.' },
        { object: 'window', property: 'localStorage', message: 'The library stores nothing.' },
      ],
    },
  },
  {
    // Element code takes msg and str from our own runtime: @lit/localize's msg would look the words up
    // in its page-global runtime, which the library never configures (a host application may, for its
    // own words), so they would bypass our translations and our locale.
    files: ['src/components/**/*.ts', 'src/internal/**/*.ts'],
    ignores: ['src/internal/localization.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@lit/localize',
              importNames: ['msg', 'str'],
              message:
                "Import msg and str from src/internal/localization.js (the library's own localization runtime), not from '@lit/localize'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core has no DOM: it must run in Node and in workers too.
      'no-restricted-globals': ['error', ...privacy, 'window', 'document', 'navigator', 'customElements', 'HTMLElement'],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions (expect(x).to.be.empty) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a Promise (for `dom.equal`),
      // which would flag every plain assertion; async tests still have no-misused-promises.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The WordPress end-to-end test runs functions in the page (puppeteer's evaluate).
    files: ['test/wordpress/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
