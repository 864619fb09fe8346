/**
 * Dispatches a CustomEvent that bubbles out of shadow roots (`composed`), as every event of the
 * library does. Returns false when a listener called `preventDefault()`.
 */
export function emit(target: EventTarget, type: string, detail: unknown, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
