const warned = new WeakMap<object, Set<string>>();

/**
 * Logs one console warning per element and attribute, however often the bad value is rendered,
 * naming the element, the attribute and the form it expects. Returns whether it warned.
 */
export function warnOnce(element: Element, attribute: string, expected: string): boolean {
  const seen = warned.get(element) ?? new Set<string>();
  warned.set(element, seen);
  if (seen.has(attribute)) return false;
  seen.add(attribute);
  console.warn(`<${element.localName}>: the ${attribute} attribute is not valid; expected ${expected}.`);
  return true;
}

/** Forgets that an attribute warned, once its value is valid again, so a later mistake warns again. */
export function clearWarning(element: Element, attribute: string): void {
  warned.get(element)?.delete(attribute);
}

/** The console warning for code an element could not load when it needed it (see on-demand.ts). */
export function warnNotLoaded(element: Element, what: string, error: unknown): void {
  console.warn(`microsclerotherapy-widgets: <${element.localName}> could not load ${what}.`, error);
}
