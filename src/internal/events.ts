/**
 * Dispatches a CustomEvent that bubbles out of shadow roots (`composed`), as every event of the
 * library does. Returns false when a listener called `preventDefault()`.
 */
export function emit<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}
