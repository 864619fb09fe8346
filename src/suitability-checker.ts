/** Registers `<suitability-checker>`. */
export * from './components/suitability-checker/suitability-checker.js';
