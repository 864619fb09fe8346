import { version } from './version.js';

/** An element class that knows which version of the library defined it. */
interface Versioned extends CustomElementConstructor {
  readonly libraryVersion?: string;
}

/**
 * Registers a custom element unless the tag is taken. A second import of the same element, or a
 * second copy of the library on the page, never throws: the first definition stays, and a copy of
 * another version logs one console note naming both versions.
 */
export function define(tag: string, element: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const theirs = existing.libraryVersion ?? 'unknown';
  if (theirs === version) return;
  console.info(
    `microsclerotherapy-widgets: <${tag}> is already defined by version ${theirs}; version ${version} skipped its own definition.`,
  );
}
