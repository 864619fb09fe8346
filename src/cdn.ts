/**
 * The script-tag bundle (`dist/cdn/microsclerotherapy-widgets.js`): Lit inside, every element
 * registered, and the element classes and the localization API (`setLocale`, `addLocale`) for pages
 * that want them. The core's rules are in the npm package (`microsclerotherapy-widgets/core`), not
 * here: a page that only shows the elements does not carry the rules the elements do not use.
 */
import './index.js';
export { addLocale, currentLocale as getLocale, setLocale, sourceLocale, targetLocales } from './internal/localization.js';
export { SuitabilityChecker } from './suitability-checker.js';
export { AreaSizeGuide } from './area-size-guide.js';
export { AftercareTimeline } from './aftercare-timeline.js';
export { ComplicationsList } from './complications-list.js';
export { PreparationChecklist } from './preparation-checklist.js';
