/**
 * The package's elements: the one list. No DOM and no imports, so the build (vite.config.ts), the
 * Node tests and the browser tests all read it.
 *
 * Adding an element starts here; test/elements.node.test.ts then names every file that does not
 * wire it yet (package.json exports and sideEffects, src/index.ts, src/cdn.ts, src/<tag>.ts,
 * src/components/<tag>/<tag>.ts, its story, the framework type fixtures, the test states and
 * custom-elements.json). CONTRIBUTING.md walks through it.
 */
export const elements = [
  { tag: 'suitability-checker', className: 'SuitabilityChecker' },
  { tag: 'area-size-guide', className: 'AreaSizeGuide' },
  { tag: 'aftercare-timeline', className: 'AftercareTimeline' },
  { tag: 'complications-list', className: 'ComplicationsList' },
  { tag: 'preparation-checklist', className: 'PreparationChecklist' },
] as const;

/** A tag name of the package: `'suitability-checker' | …`. */
export type ElementTag = (typeof elements)[number]['tag'];

/** The tag names, in the list's order. */
export const elementTags: readonly ElementTag[] = elements.map((element) => element.tag);
