// Mutation testing of the DOM-free core: `npm run test:mutation`, reports in reports/mutation/.
// StrykerJS 9 (10 needs Node 22), its mocha runner (which needs mocha < 12) and its TypeScript checker.
import { fileURLToPath } from 'node:url';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  plugins: ['@stryker-mutator/mocha-runner', '@stryker-mutator/typescript-checker'],
  // The tests are TypeScript, loaded through tsx (a .mocharc's node-option is not applied here).
  testRunnerNodeArgs: ['--import', 'tsx'],
  // The core's tests without the exhaustive safety sweep (about 40 s a run, rerun for every mutant it
  // covers; its bounded property test stays in) and without the time-zone tests, FHIR's last: a
  // mutant of module-level code runs every test, and most of them fail before the slow FHIR ones.
  mochaOptions: { config: '.mocharc.stryker.json' },
  // A mutant that does not type-check is a compile error, not a survivor (checked in src/core only).
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  checkerNodeArgs: ['--require', fileURLToPath(new URL('./scripts/stryker-checker-preload.cjs', import.meta.url))],
  mutate: ['src/core/**/*.ts', '!src/core/leaflet/**'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false },
  // The sandbox needs only the sources, the tests and the configurations they read (node_modules is linked).
  ignorePatterns: ['/*', '!/src', '!/test', '!/package.json', '!/tsconfig.json', '!/tsconfig.stryker.json', '!/.mocharc.stryker.json'],
};
