import { version } from './version.js';

/** An element class that knows which version of the library defined it. */
interface Versioned extends CustomElementConstructor {
  readonly libraryVersion?: string;
}

/** The copies of the library this copy has already noted, so a page gets one note per copy. */
const noted = new Set<string>();

/**
 * Registers a custom element unless the tag is taken. Importing the same element again does
 * nothing; a second copy of the library on the page (another bundle, another version) never
 * throws: the first definition stays, and the second copy logs one console note naming both versions.
 */
export function define(tag: string, element: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const theirs = existing.libraryVersion ?? 'unknown';
  if (noted.has(theirs)) return;
  noted.add(theirs);
  console.info(
    `microsclerotherapy-widgets: another copy of the library (version ${theirs}) already defined <${tag}> and its other elements on this page; this copy (version ${version}) uses those and defines none of its own.`,
  );
}
