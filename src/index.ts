/**
 * microsclerotherapy-widgets: registers every element and re-exports their classes, the core's rules
 * and the localization API. The FHIR output is in `microsclerotherapy-widgets/core`.
 * To register one element only, import its own entry (for example
 * `microsclerotherapy-widgets/suitability-checker`).
 */
export * from './core/rules.js';
export { addLocale, currentLocale as getLocale, setLocale, sourceLocale, targetLocales } from './internal/localization.js';
export * from './suitability-checker.js';
export * from './area-size-guide.js';
export * from './aftercare-timeline.js';
export * from './complications-list.js';
export * from './preparation-checklist.js';
