/** Registers `<preparation-checklist>`. */
export * from './components/preparation-checklist/preparation-checklist.js';
